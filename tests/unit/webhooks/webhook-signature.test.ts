import { describe, expect, it } from "vitest";
import { signatureOf, signedHeaders, verifySignature } from "@/lib/webhooks/signature";

const SECRET = "claimledger-test-secret";
const BODY = '{"id":"d1","event":"claim.verdict"}';
// Computed independently: printf '%s' '1733500000.{"id":"d1","event":"claim.verdict"}' | openssl dgst -sha256 -hmac claimledger-test-secret
const KNOWN = "8fd614593c9bf5cfc1d598f1aa691eb2b21223d1e541c311abcf081a31b84e6c";

describe("webhook signature", () => {
  it("is the HMAC-SHA256 of TIMESTAMP.BODY under the secret (known vector)", () => {
    expect(signatureOf(SECRET, 1733500000, BODY)).toBe(KNOWN);
  });

  it("sends the timestamp in Unix seconds and the signature as sha256=HEX", () => {
    const headers = signedHeaders(SECRET, BODY, new Date(1733500000_400));
    expect(headers).toEqual({ "ClaimLedger-Timestamp": "1733500000", "ClaimLedger-Signature": `sha256=${KNOWN}` });
  });

  it("verifies within the tolerance and refuses a changed body, another secret or an old timestamp", () => {
    const now = new Date(1733500000_000);
    const headers = { timestamp: "1733500000", signature: `sha256=${KNOWN}` };
    expect(verifySignature(SECRET, headers, BODY, now)).toBe(true);
    expect(verifySignature(SECRET, headers, BODY.replace("d1", "d2"), now)).toBe(false);
    expect(verifySignature("another secret", headers, BODY, now)).toBe(false);
    expect(verifySignature(SECRET, headers, BODY, new Date(now.getTime() + 301_000))).toBe(false);
    expect(verifySignature(SECRET, { ...headers, signature: undefined }, BODY, now)).toBe(false);
  });
});
