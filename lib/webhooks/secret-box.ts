// Webhook secrets are needed in plain text to sign, so they cannot be hashed like passwords and
// API tokens. They are kept encrypted (AES-256-GCM) under a key derived with HKDF from the app's
// own secret (NEXTAUTH_SECRET, or the one `npm start` generated into the data folder): a copy of
// the database alone (a backup, a leaked dump) does not reveal them. Pure but for reading that key.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const VERSION = "v1";

function appSecret(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  // A worker started on its own (`npx claimledger worker`) next to `npm start` on the embedded database.
  const file = path.join(env.CLAIMLEDGER_DATA_DIR || path.resolve("data"), "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  throw new Error("NEXTAUTH_SECRET is not set: webhook secrets cannot be encrypted or read without it.");
}

function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", appSecret(), "claimledger-webhooks", "webhook signing secret", 32));
}

/** A new secret: 32 random bytes, prefixed so people recognise what it is. */
export function generateSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

export function sealSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64")}`;
}

export function openSecret(stored: string): string {
  const [version, packed] = stored.split(":");
  if (version !== VERSION || !packed) throw new Error("Unknown webhook secret format.");
  const bytes = Buffer.from(packed, "base64");
  const decipher = createDecipheriv("aes-256-gcm", key(), bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
}

/** What the screens show of a secret: its last four characters. */
export const secretHint = (secret: string) => secret.slice(-4);
