// The documented normalisation of an imported body, applied once before storing: a leading
// byte-order mark is dropped and CRLF / CR line endings become LF. Nothing else changes, so
// claim offsets (UTF-16 code units) refer to exactly what the user imported.
import { createHash } from "node:crypto";

export function normaliseBody(body: string): string {
  return body.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

export function bodySha256(body: string): string {
  return createHash("sha256").update(body, "utf8").digest("hex");
}

