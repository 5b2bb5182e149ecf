// The readable text of a document file (a PDF statement, a Word .docx), so that whether a source's
// cited excerpt occurs in an attached or fetched file can be told as for a web page. Pure apart
// from the parsers; runs on a thread of its own with a memory cap and a deadline (file-text-run.ts),
// since a hostile or huge file can take seconds or try to fill memory (a zip bomb in a .docx).
//
// unpdf (PDF.js packaged for servers, no dependencies, no native canvas) for PDFs and mammoth for
// .docx: both pure JavaScript and installed from npm with nothing downloaded. pdf-parse needs a
// native canvas package and officeparser Node 22 with an OCR engine.

export const PDF_TYPE = "application/pdf";
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Content types whose text ClaimLedger reads. */
export const READABLE_FILE_TYPES: readonly string[] = [PDF_TYPE, DOCX_TYPE];
export const isReadableFileType = (contentType: string | null | undefined) =>
  Boolean(contentType && READABLE_FILE_TYPES.includes(contentType));

export interface FileTextLimits {
  /** Pages of a PDF read; the rest are left out (the text says it is cut). */
  maxPages: number;
  /** Characters of text kept, as for a pasted text. */
  maxCharacters: number;
}

export const DEFAULT_FILE_TEXT_LIMITS: FileTextLimits = { maxPages: 500, maxCharacters: 1_000_000 };

export type FileText =
  { ok: true; text: string; pages: number | null; truncated: boolean } | { ok: false; reason: string };

const unreadable = (reason: string): FileText => ({ ok: false, reason });

function finish(text: string, pages: number | null, cut: boolean, limits: FileTextLimits, kind: string): FileText {
  const trimmed = text
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (!trimmed)
    return unreadable(
      kind === "PDF"
        ? "The PDF has no text to read: it is probably a scan or made of images (its words would need OCR)."
        : "The document has no text to read.",
    );
  const truncated = cut || trimmed.length > limits.maxCharacters;
  return { ok: true, text: trimmed.slice(0, limits.maxCharacters), pages, truncated };
}

interface TextItem {
  str?: string;
  hasEOL?: boolean;
}

async function pdfText(bytes: Uint8Array, limits: FileTextLimits): Promise<FileText> {
  const { getDocumentProxy } = await import("unpdf");
  let pdf;
  try {
    // A copy: PDF.js takes over (detaches) the buffer it is given.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { stopAtErrors: false, verbosity: 0 });
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "PasswordException")
      return unreadable("The PDF is protected by a password, so its text cannot be read.");
    return unreadable("The file is not a PDF that can be read (it may be damaged).");
  }
  try {
    const pages = Math.min(pdf.numPages, limits.maxPages);
    let text = "";
    for (let number = 1; number <= pages && text.length <= limits.maxCharacters; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      for (const item of content.items as TextItem[]) text += (item.str ?? "") + (item.hasEOL ? "\n" : "");
      text += "\n\n";
      page.cleanup();
    }
    return finish(text, pdf.numPages, pdf.numPages > pages, limits, "PDF");
  } finally {
    await pdf.loadingTask.destroy();
  }
}

async function docxText(bytes: Uint8Array, limits: FileTextLimits): Promise<FileText> {
  const mammoth = (await import("mammoth")).default;
  try {
    const { value } = await mammoth.extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length),
    });
    return finish(value, null, false, limits, "DOCX");
  } catch {
    return unreadable("The file is not a Word document that can be read (it may be damaged).");
  }
}

/** The text of a PDF or .docx file, within the limits; a file with no readable text says why. */
export async function readFileText(
  bytes: Uint8Array,
  contentType: string,
  limits: FileTextLimits = DEFAULT_FILE_TEXT_LIMITS,
): Promise<FileText> {
  if (contentType === PDF_TYPE) return pdfText(bytes, limits);
  if (contentType === DOCX_TYPE) return docxText(bytes, limits);
  return unreadable("ClaimLedger does not read the text of this kind of file.");
}
