// Turns an uploaded file into article text, or refuses it with a message the editor can act on.
// Pure (bytes in, text out), so the server action and tests share it; the import itself then
// validates the text with importArticleSchema like any other body.
import { AppError } from "@/lib/errors";
import { isSpace, trailingRunStart } from "@/lib/extraction/scan";
import { htmlToTextOffLoop } from "@/lib/compute";
import { htmlToTextResult, type HtmlTaskResult } from "@/lib/compute/tasks";
import type { PageMetadata } from "./page-metadata";
import { MAX_BODY_BYTES, notLanguageProblem } from "./schema";

export const UPLOAD_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;
/** HTML carries markup that is dropped, so the file may be larger than the 2 MB of text it yields. */
export const MAX_HTML_UPLOAD_BYTES = 10 * 1024 * 1024;

export type UploadFormat = "text" | "markdown" | "html";

export interface DecodedUpload {
  format: UploadFormat;
  text: string;
  /**
   * A title suggestion: an HTML page's own headline without the site's name (og:title, JSON-LD,
   * <title>, first <h1>), a Markdown "# heading", else the file name.
   */
  title: string;
  /** What an HTML page says about itself, to prefill the import form (each field may be missing). */
  publisher?: string;
  /** YYYY-MM-DD. */
  publishedAt?: string;
  byline?: string;
  url?: string;
}

function refuse(
  message: string,
  code: "VALIDATION_FAILED" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" = "VALIDATION_FAILED",
) {
  return new AppError(code, message, { fields: { file: [message] } });
}

function formatOf(fileName: string): UploadFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".txt")) return "text";
  if (lower.endsWith(".md")) return "markdown";
  if (lower.endsWith(".html") || lower.endsWith(".htm")) return "html";
  return null;
}

const MB = 1024 * 1024;

/**
 * Binary files are refused before decoding: a NUL byte never occurs in UTF-8 text, and a UTF-16
 * byte-order mark means the editor saved with the wrong encoding.
 */
function decodeUtf8(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw refuse("This file is saved as UTF-16. Save it as UTF-8 and upload it again.", "UNSUPPORTED_MEDIA_TYPE");
  }
  if (bytes.includes(0)) {
    throw refuse(
      "This looks like a binary file, not text. Upload a .txt, .md or .html file.",
      "UNSUPPORTED_MEDIA_TYPE",
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw refuse(
      "This file is not valid UTF-8 text. Save it as UTF-8 (most editors offer it under “Save as… / Encoding”) and upload it again.",
      "UNSUPPORTED_MEDIA_TYPE",
    );
  }
}

/** Control characters other than tab, line feed, form feed and carriage return mark binary data. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 64 * 1024);
  const controls = sample.match(/[\u0001-\u0008\u000B\u000E-\u001F\u007F]/g)?.length ?? 0;
  return controls > 0 && controls / sample.length > 0.001;
}

const MARKDOWN_HEADING = /^#\s/;

/**
 * The first "# Heading" line without its closing #s, as /^#\s+(.+?)\s*#*\s*$/m reads one line,
 * by scans (that pattern's lazy .+? retries \s*#*\s*$ at every character: cubic). Unlike the
 * pattern, a "#" line with no text does not take the next line as its heading.
 */
function markdownTitle(text: string): string | undefined {
  for (const line of text.split(/[\n\r\u2028\u2029]/)) {
    if (!MARKDOWN_HEADING.test(line)) continue;
    let end = trailingRunStart(line, isSpace);
    while (end > 1 && line[end - 1] === "#") end--;
    const heading = line.slice(1, trailingRunStart(line.slice(0, end), isSpace)).trim();
    if (heading) return heading;
  }
  return undefined;
}

function fileTitle(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  return base.replace(/[-_]+/g, " ").trim().slice(0, 300);
}

/** Checks the file and decodes it to the text of its format (HTML still as markup). */
function readUpload(fileName: string, bytes: Uint8Array): { format: UploadFormat; raw: string } {
  const format = formatOf(fileName);
  if (!format) {
    throw refuse(`“${fileName}” is not a supported file. Upload a .txt, .md or .html file.`, "UNSUPPORTED_MEDIA_TYPE");
  }
  const limit = format === "html" ? MAX_HTML_UPLOAD_BYTES : MAX_BODY_BYTES;
  if (bytes.length > limit) {
    throw refuse(`The file is larger than ${limit / MB} MB.`, "PAYLOAD_TOO_LARGE");
  }
  if (bytes.length === 0) throw refuse("The file is empty.");
  const decoded = decodeUtf8(bytes);
  if (looksBinary(decoded)) {
    throw refuse(
      "This looks like a binary file, not text. Upload a .txt, .md or .html file.",
      "UNSUPPORTED_MEDIA_TYPE",
    );
  }
  return { format, raw: decoded.replace(/^\uFEFF/, "") };
}

/** Why an HTML file yielded no article text, in words the editor can act on. */
function missingArticleMessage(fileName: string, missing: "markup" | "article" | undefined): string {
  if (missing === "markup")
    return `“${fileName}” has no HTML markup in it. If it is plain text, save it as .txt (or paste it below) and import that.`;
  if (missing === "article")
    return (
      "No article was found in this page: it has text, but nothing that reads as the body of a story (a front page or a list of links, say). " +
      "Save the article's own page, or copy its text and paste it below."
    );
  return "The file has no readable text.";
}

/** The article text and title suggestion, given the HTML already converted when it is HTML. */
function finishUpload(fileName: string, format: UploadFormat, raw: string, html?: HtmlTaskResult): DecodedUpload {
  let text = raw;
  let title: string | undefined;
  let metadata: PageMetadata = {};
  if (html && !html.ok) {
    throw refuse(`${html.message} No article needs that: save the page as text (.txt) and upload that instead.`);
  } else if (html) {
    ({ text, title, metadata } = html);
    if (!text.trim()) throw refuse(missingArticleMessage(fileName, html.missing));
  } else if (format === "markdown") {
    title = markdownTitle(raw);
  }
  if (!text.trim()) throw refuse("The file has no readable text.");
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) {
    throw refuse("The article text is larger than 2 MB.", "PAYLOAD_TOO_LARGE");
  }
  const notLanguage = notLanguageProblem(text);
  if (notLanguage) throw refuse(notLanguage);
  const { publisher, publishedAt, byline, url } = metadata;
  return {
    format,
    text,
    title: title?.trim().slice(0, 300) || fileTitle(fileName),
    publisher,
    publishedAt,
    byline,
    url,
  };
}

/** Decodes an upload on the calling thread (the CLI, tests); servers use decodeUploadOffLoop. */
export function decodeUpload(fileName: string, bytes: Uint8Array): DecodedUpload {
  const { format, raw } = readUpload(fileName, bytes);
  return finishUpload(fileName, format, raw, format === "html" ? htmlToTextResult(raw) : undefined);
}

/**
 * decodeUpload for a server: a large HTML file is converted on a worker thread within the
 * import time budget (lib/compute), so that it never stalls other requests.
 */
export async function decodeUploadOffLoop(fileName: string, bytes: Uint8Array): Promise<DecodedUpload> {
  const { format, raw } = readUpload(fileName, bytes);
  return finishUpload(fileName, format, raw, format === "html" ? await htmlToTextOffLoop(raw) : undefined);
}

/** A page fetched by URL (import-url.ts), already decoded to text, read as an upload of its format. */
export async function readFetchedPageOffLoop(label: string, format: "html" | "text", raw: string): Promise<DecodedUpload> {
  return finishUpload(label, format, raw, format === "html" ? await htmlToTextOffLoop(raw) : undefined);
}
