// A report file as an HTTP download (shared by the article and date-range routes).
import type { ReportFile } from "./mutations";

export function reportHeaders(file: Pick<ReportFile, "filename" | "contentType">): HeadersInit {
  return {
    "Content-Type": file.contentType,
    "Content-Disposition": `attachment; filename="${file.filename}"`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
