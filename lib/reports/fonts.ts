// The PDF's fonts: DejaVu Sans (regular and bold, from @fontsource/dejavu-sans, SIL OFL / Bitstream
// Vera licence) embedded and subset by pdfkit, so Latin Extended, Greek, Cyrillic, Hebrew and
// Arabic letters print. The standard PDF fonts encode WinAnsi only.
import { readFileSync } from "node:fs";
import path from "node:path";
import { woffToSfnt } from "./woff";

export const BODY_FONT = "ClaimLedger-Sans";
export const BOLD_FONT = "ClaimLedger-Sans-Bold";

// The app and the CLI both run from the repository root (the CLI changes to it on start).
const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "dejavu-sans", "files");
const FILES = { [BODY_FONT]: "dejavu-sans-latin-400-normal.woff", [BOLD_FONT]: "dejavu-sans-latin-700-normal.woff" };

let loaded: Record<string, Buffer> | undefined;

/** Read and unpacked once per process; pdfkit parses them per document and embeds only the glyphs used. */
function fontFiles(): Record<string, Buffer> {
  loaded ??= Object.fromEntries(
    Object.entries(FILES).map(([name, file]) => [name, woffToSfnt(readFileSync(path.join(FONT_DIR, file)))]),
  );
  return loaded;
}

export type GlyphCheck = (codePoint: number) => boolean;

/** What the standard fonts can encode (WinAnsi): the fallback when a font cannot be asked. */
const WIN_ANSI_EXTRA = new Set(Array.from("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ", (char) => char.codePointAt(0) ?? 0));
export const winAnsiOnly: GlyphCheck = (code) =>
  (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(code);

/**
 * pdfkit exposes no public way to ask whether a registered font has a glyph; its fontkit font
 * does (hasGlyphForCodePoint). Reached structurally and checked, so a pdfkit change that moves it
 * degrades to the WinAnsi check ("?" for more characters) instead of printing empty boxes.
 */
function glyphCheckOf(doc: PDFKit.PDFDocument, name: string): GlyphCheck | null {
  doc.font(name);
  const embedded: unknown = Reflect.get(doc, "_font");
  const font: unknown = typeof embedded === "object" && embedded !== null ? Reflect.get(embedded, "font") : null;
  if (typeof font !== "object" || font === null) return null;
  const has: unknown = Reflect.get(font, "hasGlyphForCodePoint");
  return typeof has === "function" ? (code) => Boolean(has.call(font, code)) : null;
}

/** Registers the fonts on a document; returns which characters both of them can print. */
export function registerReportFonts(doc: PDFKit.PDFDocument): GlyphCheck {
  for (const [name, bytes] of Object.entries(fontFiles())) doc.registerFont(name, bytes);
  const regular = glyphCheckOf(doc, BODY_FONT);
  const bold = glyphCheckOf(doc, BOLD_FONT);
  doc.font(BODY_FONT);
  return regular && bold ? (code) => regular(code) && bold(code) : winAnsiOnly;
}
