// The few parts of pdfkit (0.17, pinned in package.json) below its public API that the report
// draws with, each checked when reached: if an upgrade changes them, the report fails with this
// message (and the PDF tests with it) instead of drawing something wrong.
//   - an embedded font's subset, widths and ToUnicode map: glyphs are shaped once per process
//     (glyphs.ts) and only mapped into each document's subset;
//   - a page's content stream and dictionary: each page is compressed and written out as soon as
//     it is full, with a second, small content stream left open for "Page n of N";
//   - a page's font resources;
//   - the document's output: its pieces are collected as written, not pushed through its stream.
import { deflateSync } from "node:zlib";

const CHANGED = "pdfkit's internals are not what the PDF report was written for (pdfkit 0.17)";

/** A font of one document. */
export interface DocumentFont {
  /** Resource name on pages ("F3"). */
  id: string;
  ref(): unknown;
}

/** The document's current font (a standard one such as Courier, or embedded). */
export function currentFont(doc: PDFKit.PDFDocument): DocumentFont {
  const font: unknown = Reflect.get(doc, "_font");
  if (typeof font === "object" && font !== null) {
    const { id, ref } = font as Partial<DocumentFont>;
    if (typeof id === "string" && typeof ref === "function") return font as DocumentFont;
  }
  throw new Error(`${CHANGED}: no current font.`);
}

/** An embedded (TrueType/OpenType) font of one document. */
export interface EmbeddedFont extends DocumentFont {
  subset: { includeGlyph(id: number): number };
  /** By subset glyph id: width (the W array) and characters (the ToUnicode map). */
  widths: number[];
  unicode: number[][];
}

/** The document's current font, which must be an embedded font (every face is). */
export function currentEmbeddedFont(doc: PDFKit.PDFDocument): EmbeddedFont {
  const font = currentFont(doc);
  const { subset, widths, unicode } = font as Partial<EmbeddedFont>;
  if (typeof subset?.includeGlyph === "function" && Array.isArray(widths) && Array.isArray(unicode))
    return font as EmbeddedFont;
  throw new Error(`${CHANGED}: no embedded font.`);
}

/** An object of the PDF file (pdfkit's PDFReference): a dictionary and maybe a stream. */
interface Reference {
  data: Record<string, unknown>;
  buffer: Uint8Array[];
  compress: boolean;
  end(chunk?: Uint8Array | string): void;
}

interface Page {
  content: Reference;
  dictionary: Reference;
  fonts: Record<string, unknown>;
}

const isReference = (value: unknown): value is Reference =>
  typeof value === "object" &&
  value !== null &&
  typeof Reflect.get(value, "data") === "object" &&
  Array.isArray(Reflect.get(value, "buffer")) &&
  typeof Reflect.get(value, "end") === "function";

function currentPage(doc: PDFKit.PDFDocument): Page {
  const page: unknown = Reflect.get(doc, "page");
  if (typeof page === "object" && page !== null) {
    const content: unknown = Reflect.get(page, "content");
    const dictionary: unknown = Reflect.get(page, "dictionary");
    const fonts: unknown = Reflect.get(page, "fonts");
    if (isReference(content) && isReference(dictionary) && typeof fonts === "object" && fonts !== null)
      return page as Page;
  }
  throw new Error(`${CHANGED}: no current page.`);
}

/** Lists a font in the current page's resources (once). */
export function listFontOnPage(doc: PDFKit.PDFDocument, font: DocumentFont) {
  const { fonts } = currentPage(doc);
  fonts[font.id] ??= font.ref();
}

/**
 * Gives the current page a second content stream, drawn after its own, and returns it open: the
 * caller writes it (and must end it) later, once what it shows is known.
 */
export function addLaterContent(doc: PDFKit.PDFDocument): Reference {
  const page = currentPage(doc);
  const later: unknown = doc.ref({});
  if (!isReference(later)) throw new Error(`${CHANGED}: no object references.`);
  page.dictionary.data.Contents = [page.content, later];
  return later;
}

/** Writes (and ends) a content stream made with addLaterContent. */
export function endLaterContent(stream: Reference, content: string) {
  stream.end(Buffer.from(content, "latin1"));
}

/**
 * Ends the current page's content stream with `content` (the operators drawn on it, one entry a
 * line) and compresses it now, at a chosen level (pdfkit compresses every stream at zlib's
 * default, 6). pdfkit writes the page out when the next page is added. The page's drawing is
 * kept as strings until here: one Buffer per page instead of one per line.
 */
export function writePageContent(doc: PDFKit.PDFDocument, content: string, level: number) {
  const stream = currentPage(doc).content;
  // pdfkit's own entries (its coordinate flip, written as the page starts) come first; pdfkit
  // ends every entry with a line feed.
  const bytes = Buffer.concat([...stream.buffer, Buffer.from(content ? `${content}\n` : "", "latin1")]);
  if (!stream.compress) {
    stream.buffer = [bytes];
    return;
  }
  stream.buffer = [deflateSync(bytes, { level })];
  stream.compress = false;
  stream.data.Filter = "FlateDecode";
}

/**
 * Collects the document's output into `chunks` as pdfkit writes it, instead of through its
 * Readable stream: pdfkit writes each line of the file as its own Buffer, and pushing some
 * 30,000 of them through the stream machinery cost more than writing them. The document still
 * ends its stream ("end" is emitted) once the file is complete.
 */
export function collectOutput(doc: PDFKit.PDFDocument, chunks: Buffer[]) {
  const write: unknown = Reflect.get(doc, "_write");
  if (typeof write !== "function" || typeof Reflect.get(doc, "_offset") !== "number")
    throw new Error(`${CHANGED}: no output writer.`);
  // What the constructor wrote (the file's header) waits in the stream: it comes first.
  const head: unknown = doc.read();
  if (Buffer.isBuffer(head)) chunks.push(head);
  Reflect.set(doc, "_write", (data: Buffer | string) => {
    const bytes = Buffer.isBuffer(data) ? data : Buffer.from(`${data}\n`, "binary");
    chunks.push(bytes);
    Reflect.set(doc, "_offset", (Reflect.get(doc, "_offset") as number) + bytes.length);
  });
}
