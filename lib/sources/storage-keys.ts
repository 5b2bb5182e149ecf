// What every store shares: files are named by the SHA-256 of their bytes, and a file read back
// that no longer matches its name is refused rather than served as evidence.
import { createHash } from "node:crypto";

export const sha256Hex = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

export class StoredFileDamaged extends Error {
  constructor(sha256: string) {
    super(`The stored file ${sha256.slice(0, 12)}… no longer matches its SHA-256.`);
  }
}
