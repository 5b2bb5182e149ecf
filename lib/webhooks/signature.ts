// The signature every delivery carries (the contract in docs/webhooks.md):
//   ClaimLedger-Timestamp: Unix seconds
//   ClaimLedger-Signature: sha256=HEX, HEX = HMAC-SHA256(secret, TIMESTAMP + "." + BODY)
// Signing the timestamp with the body lets a receiver refuse a replayed old delivery. Pure.
import { createHmac, timingSafeEqual } from "node:crypto";

export const TIMESTAMP_HEADER = "ClaimLedger-Timestamp";
export const SIGNATURE_HEADER = "ClaimLedger-Signature";

export function signatureOf(secret: string, timestamp: number | string, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/** The two headers for a body sent at `now`. */
export function signedHeaders(secret: string, body: string, now: Date = new Date()): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    [TIMESTAMP_HEADER]: String(timestamp),
    [SIGNATURE_HEADER]: `sha256=${signatureOf(secret, timestamp, body)}`,
  };
}

/**
 * What a receiver does (the snippet in docs/webhooks.md, kept here so a test holds it true):
 * constant-time comparison, and a timestamp no older (or newer) than `toleranceSeconds`.
 */
export function verifySignature(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  body: string,
  now: Date = new Date(),
  toleranceSeconds = 300,
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(`sha256=${signatureOf(secret, timestamp, body)}`);
  const given = Buffer.from(headers.signature ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
