// Where the bytes of attached files are kept, behind one small interface keyed by their SHA-256:
// in the snapshot row itself (the default: nothing else to run or back up), in a folder
// (CLAIMLEDGER_STORAGE_DIR), or in an S3-compatible bucket (CLAIMLEDGER_S3_BUCKET, s3-store.ts)
// for deployments that would rather keep large files out of the database.
// Content-addressed: the same file attached twice is kept once in a folder or bucket, and a file
// read back is checked against its key, so a file changed in storage is refused rather than
// served as evidence.
import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SnapshotStorage } from "@/lib/db/generated/prisma/enums";
import { s3SettingsFrom, s3Store } from "./s3-store";
import { sha256Hex, StoredFileDamaged } from "./storage-keys";

export interface BodyStore {
  readonly kind: SnapshotStorage;
  /** Keeps the bytes; returns what goes into the row's `body` column (null when kept elsewhere). */
  put(sha256: string, bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer> | null>;
  /** The bytes kept under this key; `rowBody` is the row's own `body` column. Null when missing. */
  get(sha256: string, rowBody: Uint8Array | null): Promise<Uint8Array | null>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
export { sha256Hex, StoredFileDamaged };

export const databaseStore: BodyStore = {
  kind: "DATABASE",
  put: async (_sha256, bytes) => bytes,
  get: async (_sha256, rowBody) => rowBody,
};

/** Files under `dir/ab/abcdef…` (the first two hex digits spread them over 256 folders). */
export function folderStore(dir: string): BodyStore {
  const fileOf = (sha256: string) => {
    if (!SHA256_HEX.test(sha256)) throw new Error("A storage key is a SHA-256 in lowercase hex.");
    return path.join(dir, sha256.slice(0, 2), sha256);
  };
  return {
    kind: "FOLDER",
    async put(sha256, bytes) {
      if (sha256Hex(bytes) !== sha256) throw new Error("The bytes do not match their storage key.");
      const file = fileOf(sha256);
      const existing = await stat(file).catch(() => null);
      if (existing?.size === bytes.length) return null; // already kept: same key, same bytes
      await mkdir(path.dirname(file), { recursive: true });
      // Written aside then renamed: a reader never sees half a file, and two writers of the same
      // file both end with the whole of it.
      const partial = `${file}.${randomUUID()}.partial`;
      try {
        await writeFile(partial, bytes, { flag: "wx" });
        await rename(partial, file);
      } finally {
        await rm(partial, { force: true });
      }
      return null;
    },
    async get(sha256) {
      const bytes = await readFile(fileOf(sha256)).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return null;
        throw error;
      });
      if (bytes && sha256Hex(bytes) !== sha256) throw new StoredFileDamaged(sha256);
      return bytes ? new Uint8Array(bytes) : null;
    },
  };
}

/**
 * The store new files go to: the bucket when CLAIMLEDGER_S3_BUCKET is set, else the folder when
 * CLAIMLEDGER_STORAGE_DIR is, else the database.
 */
export function configuredStore(env: Readonly<Record<string, string | undefined>> = process.env): BodyStore {
  const s3 = s3SettingsFrom(env);
  if (s3) return s3Store(s3);
  const dir = env.CLAIMLEDGER_STORAGE_DIR?.trim();
  return dir ? folderStore(path.resolve(dir)) : databaseStore;
}

/** The store a row's body was put in (a deployment may switch stores with older rows kept where they were). */
export function storeOf(kind: SnapshotStorage, env: Readonly<Record<string, string | undefined>> = process.env): BodyStore {
  if (kind === "DATABASE") return databaseStore;
  if (kind === "S3") {
    const s3 = s3SettingsFrom(env);
    if (!s3) throw new Error("This file is kept in the storage bucket, but CLAIMLEDGER_S3_BUCKET is not set.");
    return s3Store(s3);
  }
  const dir = env.CLAIMLEDGER_STORAGE_DIR?.trim();
  if (!dir) throw new Error("This file is kept in the storage folder, but CLAIMLEDGER_STORAGE_DIR is not set.");
  return folderStore(path.resolve(dir));
}
