import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api";
import { attachmentDisposition } from "@/lib/sources/attachment-type";
import { getSnapshotFile } from "@/lib/sources/data";

export const dynamic = "force-dynamic";

/**
 * A snapshot's stored content, always as a download: an attached file must never render as a
 * page of ours (an HTML or SVG file would run in our origin), hence attachment and nosniff.
 */
export const GET = apiRoute({}, async ({ user, params }) => {
  const file = await getSnapshotFile(user, params.id);
  return new NextResponse(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": attachmentDisposition(file.fileName),
      "Content-Length": String(file.bytes.length),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      ...(file.sha256 ? { "X-Content-SHA256": file.sha256 } : {}),
    },
  });
});
