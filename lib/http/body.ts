// A request body read whole with its size counted while reading: past the limit it is refused
// (`tooLarge`, a 413) before it is all in memory, whether or not it declared a Content-Length.
import type { NextRequest } from "next/server";
import type { AppError } from "@/lib/errors";

export async function readBodyCapped(
  request: NextRequest,
  limit: number,
  tooLarge: () => AppError,
): Promise<Buffer<ArrayBuffer>> {
  if (Number(request.headers.get("content-length")) > limit) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
