// Reading one file from a multipart/form-data API request, the size capped as it is read (body.ts).
import type { NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { readBodyCapped } from "./body";

/** Room for the multipart framing and the other fields around the file. */
const FRAMING_BYTES = 64 * 1024;

export interface Upload {
  name: string;
  bytes: Uint8Array;
}

/**
 * The file in field `field`, or null when the form has none; `tooLarge` (a 413) once the body is
 * clearly past `maxBytes`; 400 when it is not multipart. The caller checks the file's own size.
 */
export async function readUpload(
  request: NextRequest,
  field: string,
  { maxBytes, tooLarge }: { maxBytes: number; tooLarge: () => AppError },
): Promise<Upload | null> {
  const body = await readBodyCapped(request, maxBytes + FRAMING_BYTES, tooLarge);
  let form: FormData;
  try {
    form = await new Response(body, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    const message = "The request body is not valid multipart/form-data.";
    throw new AppError("VALIDATION_FAILED", message, { fields: { [field]: [message] } });
  }
  const file = form.get(field);
  if (!(file instanceof File)) return null;
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
