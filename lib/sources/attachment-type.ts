// What an attached file is, told by its bytes (magic numbers, read by file-type), never by its name
// or by the type the browser claims: a renamed executable is refused whatever it is called.
import { encodeExtended } from "content-disposition";
import { fileTypeFromBuffer } from "file-type";
import { ATTACHMENT_TYPES, type AttachmentType } from "./schema";

export { ATTACHMENT_TYPES, ATTACHMENT_TYPES_MESSAGE, type AttachmentType } from "./schema";

const allowed = new Set<string>(ATTACHMENT_TYPES);

/** Plain text has no magic number: UTF-8 that decodes cleanly and holds no control bytes but tab and line ends. */
function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

/** The content type of an allowed file, or null when its content is of another kind. */
export async function attachmentTypeOf(bytes: Uint8Array): Promise<AttachmentType | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return allowed.has(detected.mime) ? (detected.mime as AttachmentType) : null;
  return bytes.length > 0 && isPlainText(bytes) ? "text/plain" : null;
}

/** A file name safe to show and to offer on download: no folders, no control characters, at most 200 characters. */
export function safeFileName(name: string, fallback = "attachment"): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069"]/g, "")
    .trim()
    .replace(/^\.+/, "");
  return (cleaned || fallback).slice(0, 200);
}

/**
 * `attachment; filename="ASCII"; filename*=UTF-8''NAME`: the name as attached for browsers (RFC 8187
 * encoding by the content-disposition package), and an ASCII stand-in with nothing to escape for
 * older clients.
 */
export function attachmentDisposition(name: string): string {
  const safe = safeFileName(name);
  const ascii =
    safe
      .normalize("NFKD")
      .replace(/[^A-Za-z0-9._-]+/g, "_")
      .replace(/^[._]+/, "") || "attachment";
  return `attachment; filename="${ascii}"; filename*=${encodeExtended(safe)}`;
}
