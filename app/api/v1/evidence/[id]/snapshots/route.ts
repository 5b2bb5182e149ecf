import { parse as parseContentType } from "content-type";
import { apiRoute, created, readJson } from "@/lib/http/api";
import { readUpload } from "@/lib/http/upload";
import { AppError } from "@/lib/errors";
import { attachmentMaxBytes, attachmentTooLarge, attachSourceFile, pasteSourceText } from "@/lib/sources/provide";

function mediaType(header: string | null): string | null {
  try {
    return header ? parseContentType(header).type : null;
  } catch {
    return null; // malformed: answered as an unsupported type below
  }
}

/** A source's content given by hand: multipart `file` (attached) or JSON `{ "text": … }` (pasted). */
export const POST = apiRoute({}, async ({ user, params, request }) => {
  const type = mediaType(request.headers.get("content-type"));
  if (type === "multipart/form-data") {
    const maxBytes = attachmentMaxBytes();
    const file = await readUpload(request, "file", { maxBytes, tooLarge: () => attachmentTooLarge(maxBytes) });
    return created(await attachSourceFile(user, params.id, file));
  }
  if (type !== "application/json") {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      "Send a file as multipart/form-data (field `file`) or pasted text as JSON (Content-Type: application/json).",
    );
  }
  return created(await pasteSourceText(user, params.id, await readJson(request)));
});
