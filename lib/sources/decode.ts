// Bytes of a fetched page to text: the charset the server named, else the one the page declares
// in its first kilobyte (<meta charset>), else UTF-8. Arabic sites still serve windows-1256. Pure.

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

export function charsetOf(body: Uint8Array, declared: string | null): string {
  if (declared) return declared.toLowerCase();
  const head = new TextDecoder("latin1").decode(body.subarray(0, 1024));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? "utf-8";
}

export function decodeText(body: Uint8Array, declared: string | null): string {
  const charset = charsetOf(body, declared);
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    // A charset the runtime does not know: UTF-8 with replacement characters beats nothing.
    return new TextDecoder("utf-8").decode(body);
  }
}

/** Whitespace-, case- and quote-insensitive form for "does the cited excerpt occur in the page". */
export function comparable(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E«»]/g, '"')
    .replace(/[\u064B-\u065F\u0640]/g, "") // Arabic diacritics and tatweel
    .replace(/\s+/g, " ")
    .trim();
}
