// Personal API tokens: random, shown once, stored only as a SHA-256 hash.
import { createHash, randomBytes } from "node:crypto";

const TOKEN_PREFIX = "clt_";

export function generateApiToken(): { token: string; tokenHash: string; tokenStart: string } {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, tokenHash: hashApiToken(token), tokenStart: token.slice(0, TOKEN_PREFIX.length + 6) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function looksLikeApiToken(value: string): boolean {
  return value.startsWith(TOKEN_PREFIX) && value.length > TOKEN_PREFIX.length + 20;
}

/** Opaque id for a server-side browser session (kept in the signed session cookie). */
export function generateSessionToken(): string {
  return randomBytes(32).toString("base64url");
}
