// Time-based one-time codes (RFC 6238: 6 digits, 30 s steps, SHA-1, as every authenticator app
// expects) with otplib, and recovery codes. Framework-free and database-free.
import { createHash, randomBytes } from "node:crypto";
import { generate, generateSecret, generateURI, verify } from "otplib";

export const TOTP_PERIOD_SECONDS = 30;
/** One step either side: a phone whose clock is up to 30 s off still signs in. */
export const TOTP_TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS;
export const RECOVERY_CODE_COUNT = 10;
const ISSUER = "ClaimLedger";

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, accountEmail: string): string {
  return generateURI({ issuer: ISSUER, label: accountEmail, secret });
}

/** The code for a moment (seconds since the epoch); tests and the enrolment check use it. */
export function totpCodeAt(secret: string, epochSeconds: number): Promise<string> {
  return generate({ secret, epoch: epochSeconds });
}

/**
 * The time step a code matches (±1 step of `epochSeconds`), or null. Steps at or before
 * `afterTimeStep` are refused: a code that signed in once cannot sign in again.
 */
export async function matchTotp(
  secret: string,
  code: string,
  epochSeconds: number,
  afterTimeStep?: number | null,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: epochSeconds,
    epochTolerance: TOTP_TOLERANCE_SECONDS,
    ...(afterTimeStep != null ? { afterTimeStep } : {}),
  }).catch(() => ({ valid: false as const }));
  // The TOTP result carries the matched step (the functional API's type is the TOTP|HOTP union).
  return result.valid ? (result as { timeStep: number }).timeStep : null;
}

/** "k7q2-9xmd-4rtp": 12 characters of a 31-letter alphabet without 0/o, 1/l (about 59 bits). */
export function newRecoveryCode(): string {
  const alphabet = "23456789abcdefghjkmnpqrstuvwxyz";
  const bytes = randomBytes(12);
  const chars = [...bytes].map((byte) => alphabet[byte % alphabet.length]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** Recovery codes are random and long, so a fast hash is enough (unlike passwords); case and dashes do not matter. */
export function hashRecoveryCode(code: string): string {
  const normalised = code.toLowerCase().replace(/[^a-z0-9]/g, "");
  return createHash("sha256").update(normalised, "utf8").digest("hex");
}
