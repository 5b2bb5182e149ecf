// Attached files in an S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, Ceph, …), for
// deployments that keep files out of the database and off a shared disk. Same contract as the
// folder store: files named by their SHA-256 (`PREFIX/ab/abcdef…`), kept once, checked against
// their name when read back. Requests are signed with AWS Signature V4 by aws4fetch (a few KB,
// no dependencies; the AWS SDK's S3 client is megabytes for the two calls needed here) and use
// path-style addresses (ENDPOINT/BUCKET/KEY), which every S3-compatible server accepts. The
// endpoint is the operator's, never a user's: it does not go through the safe fetcher.
import { AwsClient } from "aws4fetch";
import type { BodyStore } from "./storage";
import { sha256Hex, StoredFileDamaged } from "./storage-keys";

export interface S3Settings {
  bucket: string;
  /** e.g. https://s3.eu-west-1.amazonaws.com, http://minio.internal:9000 */
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Keys start with this (e.g. "claimledger/"); empty by default. */
  prefix: string;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const TIMEOUT_MS = 30_000;

export class S3StorageError extends Error {
  constructor(action: string, key: string, status: number) {
    super(`The storage bucket answered HTTP ${status} to ${action} of ${key}.`);
    this.name = "S3StorageError";
  }
}

/** The S3 settings from the environment, or null when CLAIMLEDGER_S3_BUCKET is not set. */
export function s3SettingsFrom(env: Readonly<Record<string, string | undefined>>): S3Settings | null {
  const bucket = env.CLAIMLEDGER_S3_BUCKET?.trim();
  if (!bucket) return null;
  const region = env.CLAIMLEDGER_S3_REGION?.trim() || env.AWS_REGION?.trim() || "us-east-1";
  const accessKeyId = env.CLAIMLEDGER_S3_ACCESS_KEY_ID?.trim() || env.AWS_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.CLAIMLEDGER_S3_SECRET_ACCESS_KEY?.trim() || env.AWS_SECRET_ACCESS_KEY?.trim();
  if (!accessKeyId || !secretAccessKey)
    throw new Error(
      "CLAIMLEDGER_S3_BUCKET is set but no credentials are: set CLAIMLEDGER_S3_ACCESS_KEY_ID and CLAIMLEDGER_S3_SECRET_ACCESS_KEY.",
    );
  const endpoint = (env.CLAIMLEDGER_S3_ENDPOINT?.trim() || `https://s3.${region}.amazonaws.com`).replace(/\/+$/, "");
  if (!/^https?:\/\//.test(endpoint))
    throw new Error(`CLAIMLEDGER_S3_ENDPOINT "${endpoint}" is not an http(s) address.`);
  const prefix = (env.CLAIMLEDGER_S3_PREFIX?.trim() ?? "").replace(/^\/+/, "");
  return { bucket, endpoint, region, accessKeyId, secretAccessKey, prefix };
}

export function s3Store(settings: S3Settings): BodyStore {
  // Two quick retries of a 5xx or a dropped connection (aws4fetch backs off); the call runs under
  // the claim's lock, so it must not wait long.
  const client = new AwsClient({
    accessKeyId: settings.accessKeyId,
    secretAccessKey: settings.secretAccessKey,
    service: "s3",
    region: settings.region,
    retries: 2,
  });
  const keyOf = (sha256: string) => {
    if (!SHA256_HEX.test(sha256)) throw new Error("A storage key is a SHA-256 in lowercase hex.");
    return `${settings.prefix}${sha256.slice(0, 2)}/${sha256}`;
  };
  const urlOf = (key: string) =>
    `${settings.endpoint}/${encodeURIComponent(settings.bucket)}/${key.split("/").map(encodeURIComponent).join("/")}`;
  const send = (key: string, init: RequestInit) =>
    client.fetch(urlOf(key), { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });

  return {
    kind: "S3",
    async put(sha256, bytes) {
      if (sha256Hex(bytes) !== sha256) throw new Error("The bytes do not match their storage key.");
      const key = keyOf(sha256);
      const existing = await send(key, { method: "HEAD" });
      if (existing.ok && Number(existing.headers.get("content-length")) === bytes.length) return null; // already kept
      if (!existing.ok && existing.status !== 404) throw new S3StorageError("a check", key, existing.status);
      const stored = await send(key, {
        method: "PUT",
        body: bytes,
        headers: { "content-type": "application/octet-stream", "x-amz-meta-sha256": sha256 },
      });
      if (!stored.ok) throw new S3StorageError("the upload", key, stored.status);
      await stored.arrayBuffer(); // drain the answer so the connection is reused
      return null;
    },
    async get(sha256) {
      const key = keyOf(sha256);
      const answer = await send(key, { method: "GET" });
      if (answer.status === 404) return null;
      if (!answer.ok) throw new S3StorageError("the download", key, answer.status);
      const bytes = new Uint8Array(await answer.arrayBuffer());
      if (sha256Hex(bytes) !== sha256) throw new StoredFileDamaged(sha256);
      return bytes;
    },
  };
}
