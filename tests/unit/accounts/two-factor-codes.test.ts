import { describe, expect, it } from "vitest";
import { hashRecoveryCode, matchTotp, newRecoveryCode, newTotpSecret, totpCodeAt, totpUri } from "@/lib/accounts/totp";

describe("TOTP codes", () => {
  // RFC 6238's SHA-1 test secret ("12345678901234567890" in base32) and its published vectors.
  const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  it("match RFC 6238's test vectors (last 6 digits)", async () => {
    expect(await totpCodeAt(RFC_SECRET, 59)).toBe("287082");
    expect(await totpCodeAt(RFC_SECRET, 1111111109)).toBe("081804");
    expect(await totpCodeAt(RFC_SECRET, 2000000000)).toBe("279037");
  });

  it("accept one step either side, not two, and refuse steps at or before the last used", async () => {
    const secret = newTotpSecret();
    const now = 1_800_000_015; // 15 s into a step
    const step = Math.floor(now / 30);
    expect(await matchTotp(secret, await totpCodeAt(secret, now), now)).toBe(step);
    expect(await matchTotp(secret, await totpCodeAt(secret, now - 30), now)).toBe(step - 1);
    expect(await matchTotp(secret, await totpCodeAt(secret, now + 30), now)).toBe(step + 1);
    expect(await matchTotp(secret, await totpCodeAt(secret, now - 60), now)).toBeNull();
    expect(await matchTotp(secret, await totpCodeAt(secret, now + 60), now)).toBeNull();
    expect(await matchTotp(secret, await totpCodeAt(secret, now), now, step)).toBeNull();
    expect(await matchTotp(secret, "12345", now)).toBeNull();
  });

  it("give an otpauth URI an app can scan", () => {
    const uri = totpUri("JBSWY3DPEHPK3PXP", "ana@example.org");
    expect(uri).toMatch(/^otpauth:\/\/totp\/ClaimLedger:ana%40example\.org\?/);
    expect(uri).toContain("secret=JBSWY3DPEHPK3PXP");
    expect(uri).toContain("issuer=ClaimLedger");
  });
});

describe("recovery codes", () => {
  it("are readable, distinct, and hash the same whatever the case and dashes", () => {
    const codes = Array.from({ length: 200 }, newRecoveryCode);
    expect(new Set(codes).size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}$/);
    const code = codes[0]!;
    expect(hashRecoveryCode(code.toUpperCase().replace(/-/g, " "))).toBe(hashRecoveryCode(code));
    expect(hashRecoveryCode(codes[1]!)).not.toBe(hashRecoveryCode(code));
  });
});
