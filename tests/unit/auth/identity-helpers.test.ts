import { describe, expect, it } from "vitest";
import { isThrottled, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, normaliseEmail } from "@/lib/auth/throttle";
import { generateApiToken, hashApiToken, looksLikeApiToken } from "@/lib/auth/tokens";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { clientAddressFrom } from "@/lib/http/auth-options";

describe("sign-in throttling policy", () => {
  it("throttles at the account limit or the address limit", () => {
    expect(isThrottled({ account: MAX_FAILURES_PER_ACCOUNT - 1, address: 0 })).toBe(false);
    expect(isThrottled({ account: MAX_FAILURES_PER_ACCOUNT, address: 0 })).toBe(true);
    expect(isThrottled({ account: 0, address: MAX_FAILURES_PER_ADDRESS - 1 })).toBe(false);
    expect(isThrottled({ account: 0, address: MAX_FAILURES_PER_ADDRESS })).toBe(true);
  });

  it("counts an account under one spelling of its email", () => {
    expect(normaliseEmail("  Editor@ClaimLedger.LOCAL ")).toBe("editor@claimledger.local");
  });
});

describe("API tokens", () => {
  it("are random, recognisable and stored only as a SHA-256 hex digest", () => {
    const a = generateApiToken();
    const b = generateApiToken();
    expect(a.token).not.toBe(b.token);
    expect(looksLikeApiToken(a.token)).toBe(true);
    expect(a.tokenHash).toBe(hashApiToken(a.token));
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.tokenHash).not.toContain(a.token);
    expect(a.token.startsWith(a.tokenStart)).toBe(true);
  });
});

describe("passwords", () => {
  it("hash with argon2id and verify only the right password", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, "correct horse battery")).toBe(true);
    expect(await verifyPassword(hash, "wrong horse battery")).toBe(false);
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});

describe("client address", () => {
  it("believes only the X-Forwarded-For entries that trusted machines appended", () => {
    const headers = { "x-forwarded-for": "6.6.6.6, 203.0.113.7" };
    // One machine in front (a proxy, or Next.js itself): the rightmost entry; the rest is the client's word.
    expect(clientAddressFrom(headers, 1)).toBe("203.0.113.7");
    expect(clientAddressFrom({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }, 2)).toBe("203.0.113.7");
    expect(clientAddressFrom({ "x-forwarded-for": "10.0.0.1" }, 3)).toBe("10.0.0.1");
    expect(clientAddressFrom({ "x-real-ip": "198.51.100.2" }, 1)).toBe("198.51.100.2");
    expect(clientAddressFrom({}, 1)).toBe("unknown");
  });
});
