// A report file as an HTTP download (shared by the article and date-range routes).
import { encodeExtended } from "content-disposition";
import type { ReportFileName } from "./file-name";
import type { ReportFile } from "./mutations";

/**
 * `attachment; filename="ASCII"; filename*=UTF-8''UNICODE` (RFC 6266 with RFC 8187's encoding,
 * done by the content-disposition package). Both are always sent: browsers take filename*, older
 * clients (and `curl -OJ`) filename. The ASCII name is [a-z0-9.-] only by construction
 * (file-name.ts), so quoting it needs no escaping.
 */
export function contentDisposition(name: ReportFileName): string {
  if (!/^[a-z0-9][a-z0-9.-]*$/.test(name.ascii)) throw new TypeError(`Not a safe report file name: ${name.ascii}`);
  return `attachment; filename="${name.ascii}"; filename*=${encodeExtended(name.unicode)}`;
}

export function reportHeaders(file: Pick<ReportFile, "filename" | "contentType">): HeadersInit {
  return {
    "Content-Type": file.contentType,
    "Content-Disposition": contentDisposition(file.filename),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
