// Page flow for the PDF: a body box between a header band and a footer band that nothing in the
// body can enter. Text goes down line by line; a line that does not fit starts a new page, and
// a page is only ever added for a line about to be drawn, so no page is blank. Inside a claim
// block the new page opens with "C7 (continued)". A full page gets its running header and footer
// and is compressed and written out at once (the document holds one page at a time); only
// "Page n of N" waits for the end, in a small second content stream of each page, when N is known.
import { primaryFace, selectFace, type Face } from "../fonts";
import { pieces, shapePiece, widthAtSizeOne, type ShapedPiece } from "./glyphs";
import {
  addLaterContent,
  currentEmbeddedFont,
  currentFont,
  endLaterContent,
  listFontOnPage,
  writePageContent,
  type DocumentFont,
  type EmbeddedFont,
} from "./pdfkit-internals";
import { layoutText, type Line, type Paragraph, type Span } from "./text";

export const PAGE = { width: 595.28, height: 841.89 };
export const MARGIN_X = 56;
/** Bands (points from the top): the header's text lies inside [HEADER_TOP, HEADER_BOTTOM]. */
export const HEADER_TOP = 24;
export const HEADER_BOTTOM = 44;
export const BODY_TOP = 58;
export const BODY_BOTTOM = PAGE.height - 58;
export const FOOTER_TOP = PAGE.height - 44;
export const FOOTER_BOTTOM = PAGE.height - 22;

export const BLACK = "#000000";
export const GREY = "#444444";

export interface TextOptions {
  size: number;
  color?: string;
  /** Distance of every line from the start edge (left, or right in a right-to-left paragraph). */
  indent?: number;
  /** Further indent of wrapped lines. */
  hang?: number;
  /** Drawn before the first line, in the indent (a bullet). */
  marker?: string;
  direction?: "ltr" | "rtl";
  /** Box to lay out in, instead of the full body width (table cells). */
  x?: number;
  width?: number;
  /** At most this many lines; the last one shown ends in "…" when text was cut. */
  maxLines?: number;
}

/**
 * zlib level for page content. On a long report, level 3 compresses in about 40 % of the time of
 * pdfkit's default (6), and the page content comes out about 15 % larger (2.4 MB instead of 2.1 MB
 * for 1,000 claims).
 */
const CONTENT_COMPRESSION = 3;

/** Texts up to this many characters keep their layout for the document (PageWriter.layout). */
const MAX_KEPT_LAYOUT = 40;
const MAX_KEPT_LAYOUTS = 5_000;

export class PageWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly registered = new Set<string>();
  /** The page's drawing so far, one entry a line (written out when the page ends). */
  private content: string[] = [];
  /** Per page, the open content stream that gets "Page n of N" at the end. */
  private readonly pageNumbers: ReturnType<typeof addLaterContent>[] = [];
  y = BODY_TOP;
  /** Page index (0-based) → the title its running header shows. */
  readonly headers: string[] = [];
  private headerTitle = "";
  /** While set, a page break inside the block repeats this heading with "(continued)". */
  private continued: string | null = null;
  /** Called after a page break (e.g. to repeat a table's header row). */
  onBreak: (() => void) | null = null;

  /**
   * `doc` must not buffer pages (pdfkit's bufferPages off): each page is written out when the next
   * one starts. `footer` is the left part of every page's footer.
   */
  constructor(
    doc: PDFKit.PDFDocument,
    private readonly footer: string,
  ) {
    this.doc = doc;
  }

  get pageCount() {
    return this.headers.length;
  }

  /** Starts a page now (a new article's cover). Never leaves an empty page behind. */
  newPage(title = this.headerTitle) {
    if (this.pageCount > 0 && this.y === BODY_TOP) {
      this.headerTitle = title;
      this.headers[this.pageCount - 1] = title;
      return;
    }
    if (this.pageCount > 0) this.endPage();
    this.headerTitle = title;
    this.doc.addPage({ size: "A4", margin: 0 });
    this.listed.clear();
    this.headers.push(title);
    this.pageNumbers.push(addLaterContent(this.doc));
    this.y = BODY_TOP;
  }

  private breakPage() {
    this.newPage();
    if (this.continued) {
      const label = this.continued;
      this.continued = null;
      this.text([{ text: `${label} (continued)`, style: "bold" }], { size: 11, color: GREY });
      this.y += 4;
      this.continued = label;
    }
    this.onBreak?.();
  }

  /** Room left on this page, in points. */
  get room() {
    return BODY_BOTTOM - this.y;
  }

  /** Moves down; a gap never starts the next page by itself. */
  gap(points: number) {
    this.y = Math.min(this.y + points, BODY_BOTTOM);
  }

  /** Starts a new page unless `height` still fits (keeps a heading with what follows). */
  keep(height: number) {
    if (this.pageCount === 0 || this.room < height) this.breakPage();
  }

  block<T>(label: string, draw: () => T): T {
    this.continued = label;
    try {
      return draw();
    } finally {
      this.continued = null;
    }
  }

  private measureWith(size: number) {
    // The same floating-point steps as pdfkit's widthOfString (no character spacing, 100 %
    // horizontal scaling), so lines break exactly where they did when pdfkit measured.
    return (face: Face, text: string) => (((widthAtSizeOne(face, text) + 0) * 100) / 100) * size;
  }

  /**
   * Short texts laid out in this document, by text and options: a report repeats its labels,
   * bullets, verdicts, reviewers' names and counts on every claim (the summary table alone lays
   * out four short cells a claim). Longer texts are mostly seen once and are not kept.
   */
  private readonly laidOut = new Map<string, Paragraph[]>();

  /** Lays out spans; returns the lines without drawing them (callers never change them). */
  layout(spans: Span[], options: TextOptions): Paragraph[] {
    const width = (options.width ?? PAGE.width - 2 * MARGIN_X) - (options.indent ?? 0);
    const layoutOptions = { width, size: options.size, hang: options.hang ?? 0, direction: options.direction };
    let length = 0;
    for (const span of spans) length += span.text.length;
    if (length > MAX_KEPT_LAYOUT) return layoutText(spans, layoutOptions, this.measureWith(options.size));
    let key = `${width} ${layoutOptions.size} ${layoutOptions.hang} ${layoutOptions.direction ?? ""}`;
    for (const span of spans) key += `\u0000${span.style ?? ""}\u0000${span.text}`;
    let paragraphs = this.laidOut.get(key);
    if (!paragraphs) {
      paragraphs = layoutText(spans, layoutOptions, this.measureWith(options.size));
      if (this.laidOut.size >= MAX_KEPT_LAYOUTS) this.laidOut.clear();
      this.laidOut.set(key, paragraphs);
    }
    return paragraphs;
  }

  /** Draws text in the body, breaking pages as needed. */
  text(spans: Span[], options: TextOptions) {
    if (this.pageCount === 0) this.newPage();
    let first = true;
    for (const paragraph of this.layout(spans, options)) {
      let lines = paragraph.lines;
      if (options.maxLines && lines.length > options.maxLines) lines = this.cut(lines, options);
      for (const line of lines) {
        if (line.height > this.room) this.breakPage();
        this.drawLine(line, paragraph.rtl, this.y, options, first ? options.marker : undefined);
        first = false;
        this.y += line.height;
      }
    }
  }

  /** The first maxLines lines, the last ending in an ellipsis. */
  private cut(lines: Line[], options: TextOptions): Line[] {
    const kept = lines.slice(0, options.maxLines);
    const last = kept[kept.length - 1];
    const runs = [...last.runs];
    const tail = runs[runs.length - 1];
    const ellipsisWidth = this.measureWith(options.size)(tail.face, "…");
    runs[runs.length - 1] = { ...tail, text: `${tail.text}…`, width: tail.width + ellipsisWidth };
    kept[kept.length - 1] = { ...last, runs, width: last.width + ellipsisWidth };
    return kept;
  }

  /** Draws one line with its top at `top`, runs left to right in visual order. */
  drawLine(line: Line, rtl: boolean, top: number, options: TextOptions, marker?: string) {
    this.content.push(this.lineContent(line, rtl, top, options, marker));
  }

  /** The content-stream operators that draw one line (one entry per line, with its colour). */
  private lineContent(line: Line, rtl: boolean, top: number, options: TextOptions, marker?: string): string {
    const boxX = options.x ?? MARGIN_X;
    const boxWidth = options.width ?? PAGE.width - 2 * MARGIN_X;
    const inset = (options.indent ?? 0) + line.indent;
    const x = rtl ? boxX + boxWidth - inset - line.width : boxX + inset;
    // Extra height (tall scripts) is shared above and below the glyphs.
    const baseline = top + (line.height - options.size * 1.2) / 2 + options.size * 0.92;
    // The operators, each after a line feed, appended to one string: V8 joins the pieces once,
    // when the page is written out.
    let ops = "";
    if (marker) {
      const markerLine = this.layout([{ text: marker }], { ...options, indent: 0, maxLines: 1 })[0]?.lines[0];
      if (markerLine) {
        const mx = rtl ? boxX + boxWidth - inset + 4 : boxX + inset - 4 - markerLine.width;
        ops = this.runOps(ops, markerLine.runs, mx, baseline, options.size);
      }
    }
    ops = this.runOps(ops, line.runs, x, baseline, options.size);
    // pdfkit keeps a page's entries until the page ends; one per line keeps them few. The colour
    // is set inside the entry's q … Q, so it holds for this line only.
    return `${lineStart(options.color ?? BLACK)}${ops === "" ? "\n" : ops}\nET Q`;
  }

  /** Fonts already in the current page's resources: a run asks for every line it draws. */
  private readonly listed = new Set<DocumentFont>();

  private listFont(font: DocumentFont) {
    if (this.listed.has(font)) return;
    listFontOnPage(this.doc, font);
    this.listed.add(font);
  }

  /** Per face: the document's embedded font for it. */
  private readonly embedded = new Map<string, EmbeddedFont>();

  private fontFor(face: Face): EmbeddedFont {
    let font = this.embedded.get(face.name);
    if (!font) {
      selectFace(this.doc, this.registered, face);
      font = currentEmbeddedFont(this.doc);
      this.embedded.set(face.name, font);
    }
    return font;
  }

  /** `ops` with the operators of `runs` appended (each after a line feed). */
  private runOps(ops: string, runs: Line["runs"], x: number, baseline: number, size: number): string {
    const y = PAGE.height - baseline;
    if (runs.length === 1) {
      const run = runs[0];
      const font = this.fontFor(run.face);
      this.listFont(font);
      return textOps(ops, font, run.face, run.text, x, y, size, run.shapeWhole);
    }
    // Placed left to right (visual order), drawn in reading order (so text extraction that
    // follows the content stream reads them as written).
    const xs: number[] = [];
    for (const run of runs) {
      xs.push(x);
      x += run.width;
    }
    const order = runs.map((_, index) => index);
    if (runs.length > 1) order.sort((a, b) => runs[a].order - runs[b].order);
    for (const index of order) {
      const run = runs[index];
      const font = this.fontFor(run.face);
      this.listFont(font);
      ops = textOps(ops, font, run.face, run.text, xs[index], y, size, run.shapeWhole);
    }
    return ops;
  }

  /** A thin rule across the body. */
  rule() {
    this.hline(Math.min(this.y + 4, BODY_BOTTOM), 0.5);
    this.gap(10);
  }

  /** A grey line across the body at `y` (points from the top). */
  hline(y: number, width: number) {
    this.content.push(
      `q ${strokeOp(GREY)} ${num(width)} w ${num(MARGIN_X)} ${num(y)} m ${num(PAGE.width - MARGIN_X)} ${num(y)} l S Q`,
    );
  }

  /** A line of Courier (hashes: ASCII hex; other characters print as "?"). */
  mono(text: string, options: { size: number; indent: number; color?: string }) {
    const height = options.size * 1.4;
    if (height > this.room) this.breakPage();
    // Courier is one of the PDF's standard fonts: nothing to embed, WinAnsi codes, no kerning.
    this.doc.font("Courier");
    const font = currentFont(this.doc);
    this.listFont(font);
    let hex = "";
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      hex += (code >= 0x20 && code < 0x7f ? code : 0x3f).toString(16).padStart(2, "0");
    }
    const baseline = PAGE.height - (this.y + options.size * 1.05);
    this.content.push(
      `q 1 0 0 -1 0 ${num(PAGE.height)} cm ${fillOp(options.color ?? GREY)} BT\n` +
        `1 0 0 1 ${num(MARGIN_X + options.indent)} ${num(baseline)} Tm\n/${font.id} ${num(options.size)} Tf\n[<${hex}> 0] TJ\nET Q`,
    );
    this.y += height;
  }

  /** Band lines already drawn, by place and text: every page repeats its header and footer. */
  private readonly bands = new Map<string, { content: string; fonts: EmbeddedFont[] }>();

  /** One line of text at a fixed place outside the body (header, footer). */
  band(spans: Span[], top: number, options: { size: number; align: "start" | "end"; x: number; width: number }) {
    const key = `${top} ${options.size} ${options.align} ${options.x} ${options.width} ${spans.map((span) => `${span.style ?? ""}:${span.text}`).join("\u0000")}`;
    let drawn = this.bands.get(key);
    if (!drawn) {
      const paragraph = this.layout(spans, { size: options.size, width: options.width, x: options.x, maxLines: 1 })[0];
      let line = paragraph?.lines[0];
      if (!line) return;
      if (paragraph.lines.length > 1) line = this.cut(paragraph.lines, { size: options.size, maxLines: 1 })[0];
      const rtl = options.align === "end" ? true : paragraph.rtl;
      const content = this.lineContent(line, rtl, top, { size: options.size, x: options.x, width: options.width, color: GREY });
      drawn = { content, fonts: line.runs.map((run) => this.fontFor(run.face)) };
      this.bands.set(key, drawn);
    }
    for (const font of drawn.fonts) this.listFont(font);
    this.content.push(drawn.content);
  }

  /**
   * Ends the page being drawn: its running header and footer (all but the page count), the
   * regular face listed for the page count to come, its content compressed.
   */
  private endPage() {
    const body = PAGE.width - 2 * MARGIN_X;
    this.band([{ text: `ClaimLedger audit report · ${this.headers[this.pageCount - 1] ?? ""}` }], HEADER_TOP + 2, {
      size: 8,
      align: "start",
      x: MARGIN_X,
      width: body,
    });
    this.hline(HEADER_BOTTOM + 2, 0.4);
    this.band([{ text: this.footer }], FOOTER_TOP + 4, { size: 8, align: "start", x: MARGIN_X, width: body - 80 });
    this.listFont(this.fontFor(primaryFace("regular")));
    writePageContent(this.doc, this.content.join("\n"), CONTENT_COMPRESSION);
    this.content = [];
  }

  /** Ends the last page and writes "Page n of N" on every page, now that N is known. */
  finish() {
    if (this.pageCount === 0) return;
    this.endPage();
    const total = this.pageCount;
    this.pageNumbers.forEach((stream, index) => {
      const options = { size: 8, x: PAGE.width - MARGIN_X - 80, width: 80, color: GREY };
      const line = this.layout([{ text: `Page ${index + 1} of ${total}` }], { ...options, maxLines: 1 })[0]?.lines[0];
      // The page went out with the regular face in its resources: the count must use only it.
      if (!line || line.runs.some((run) => run.face.name !== primaryFace("regular").name))
        throw new Error("The page count must be drawn in the primary face.");
      endLaterContent(stream, this.lineContent(line, true, FOOTER_TOP + 4, options));
    });
  }
}

/**
 * A coordinate in the content stream: rounded to 1/1000 point, written as
 * String(Math.round(value * 1000) / 1000) writes it (no trailing zeros), but from integers: V8's
 * shortest-form conversion of a fraction took about 5 % of a report's time (a 1,000-claim report
 * writes some 200,000 numbers), three times what this takes. tests/unit/reports/pdf-numbers.test.ts
 * compares the two.
 */
export function num(value: number): string {
  const thousandths = Math.round(value * 1000);
  if (thousandths % 1000 === 0) return String(thousandths / 1000);
  const magnitude = thousandths < 0 ? -thousandths : thousandths;
  const fraction = magnitude % 1000;
  let digits = fraction < 10 ? `00${fraction}` : fraction < 100 ? `0${fraction}` : String(fraction);
  if (fraction % 10 === 0) digits = fraction % 100 === 0 ? digits.slice(0, 1) : digits.slice(0, 2);
  return `${thousandths < 0 ? "-" : ""}${(magnitude - fraction) / 1000}.${digits}`;
}

const colorOps = new Map<string, string>();

/** "#444444", "rg" → "0.267 0.267 0.267 rg" (the colours here are all #rrggbb). */
function colorOp(color: string, operator: "rg" | "RG"): string {
  const key = `${color} ${operator}`;
  let op = colorOps.get(key);
  if (!op) {
    const channel = (at: number) => num(parseInt(color.slice(at, at + 2), 16) / 255);
    op = `${channel(1)} ${channel(3)} ${channel(5)} ${operator}`;
    colorOps.set(key, op);
  }
  return op;
}

const lineStarts = new Map<string, string>();

/** How every line's entry starts: the page's coordinates flipped, its colour, the text object. */
function lineStart(color: string): string {
  let start = lineStarts.get(color);
  if (start === undefined) {
    start = `q 1 0 0 -1 0 ${num(PAGE.height)} cm ${fillOp(color)} BT`;
    lineStarts.set(color, start);
  }
  return start;
}

/** Sets the fill (text) colour. */
const fillOp = (color: string) => colorOp(color, "rg");
/** Sets the stroke (line) colour. */
const strokeOp = (color: string) => colorOp(color, "RG");

/** Per document font: fontkit glyph id → its subset glyph id as 4 hex digits. */
const subsetHex = new WeakMap<EmbeddedFont, string[]>();

/** A glyph's id in the document's subset (4 hex digits), adding it to the subset when new. */
function glyphHex(font: EmbeddedFont, hex: string[], shaped: ShapedPiece, part: string, i: number): string {
  const id = shaped.ids[i];
  let code = hex[id];
  if (code === undefined) {
    const gid = font.subset.includeGlyph(id);
    font.widths[gid] ??= shaped.advanceWidth[i];
    font.unicode[gid] ??= shaped.codePoints?.[i] ?? [part.charCodeAt(i)];
    hex[id] = code = gid.toString(16).padStart(4, "0");
  }
  return code;
}

/**
 * A piece without offsets as one document draws it: its glyphs (hex) in chunks, each closed by a
 * kerning adjustment (as a TJ number), the last one maybe open (null), and its shaping. Kept per
 * document for short pieces: words recur on every page, and one lookup then replaces two.
 */
interface EncodedPiece {
  shaped: ShapedPiece;
  chunks: string[];
  closes: (string | null)[];
}

const encodedPieces = new WeakMap<EmbeddedFont, Map<string, EncodedPiece>>();

function encodePiece(
  font: EmbeddedFont,
  hex: string[],
  shaped: ShapedPiece,
  part: string,
  known: Map<string, EncodedPiece>,
): EncodedPiece {
  const encoded: EncodedPiece = { shaped, chunks: [], closes: [] };
  let chunk = "";
  for (let i = 0; i < shaped.ids.length; i++) {
    chunk += glyphHex(font, hex, shaped, part, i);
    const adjust = shaped.xAdvance[i] - shaped.advanceWidth[i];
    if (adjust !== 0) {
      encoded.chunks.push(chunk);
      encoded.closes.push(num(-adjust));
      chunk = "";
    }
  }
  if (chunk) {
    encoded.chunks.push(chunk);
    encoded.closes.push(null);
  }
  if (part.length <= 32) known.set(part, encoded);
  return encoded;
}

/** The shaping of each piece of the run textOps is drawing (kept for its pen position). */
const partShapes: ShapedPiece[] = [];
/**
 * The pen's x in the run textOps is drawing, with the advances of its first `penCounted` pieces:
 * added up glyph by glyph, as they are drawn, but only when a glyph with an offset needs it.
 */
let penX = 0;
let penCounted = 0;
let penScale = 1;

/** The pen's x at the start of piece `part` of the run being drawn. */
function penAt(part: number): number {
  for (; penCounted < part; penCounted++) {
    const advances = partShapes[penCounted].xAdvance;
    for (let i = 0; i < advances.length; i++) penX += advances[i] * penScale;
  }
  return penX;
}

/**
 * A right-to-left run's pieces in drawing order: word by word, last word first (a word with the
 * spaces after it; spaces at the start are a word of their own), each split as pdfkit splits.
 */
function rightToLeftPieces(text: string): string[] {
  const words: number[] = [];
  for (let at = 0; at < text.length; ) {
    const start = at;
    while (at < text.length && text.charCodeAt(at) !== 0x20) at++;
    while (at < text.length && text.charCodeAt(at) === 0x20) at++;
    words.push(start, at);
  }
  const parts: string[] = [];
  for (let w = words.length - 2; w >= 0; w -= 2) {
    const end = words[w + 1];
    let last = words[w];
    for (let index = last; index < end; index++) {
      const code = text.charCodeAt(index);
      if (code === 0x20 || code === 0x09) {
        parts.push(text.slice(last, index + 1));
        last = index + 1;
      }
    }
    if (last < end) parts.push(text.slice(last, end));
  }
  return parts;
}

/**
 * `ops` with the PDF text operators for one run at (x, y) in PDF space (y up) appended, each after
 * a line feed, as pdfkit draws a fragment: glyph ids (in the document's subset, as hex) in TJ
 * arrays with kerning adjustments, a text-matrix move around a glyph with an offset (Arabic
 * marks). Glyphs and positions come from shaping cached for the process (glyphs.ts).
 */
function textOps(
  ops: string,
  font: EmbeddedFont,
  face: Face,
  text: string,
  x: number,
  y: number,
  size: number,
  rightToLeft: boolean,
): string {
  let hex = subsetHex.get(font);
  if (!hex) subsetHex.set(font, (hex = []));
  let known = encodedPieces.get(font);
  if (!known) encodedPieces.set(font, (known = new Map()));
  // Right to left: word by word, last word first. fontkit shapes each word (Arabic joining never
  // crosses a space) and lays its glyphs right to left.
  const parts = rightToLeft ? rightToLeftPieces(text) : pieces(text);
  const scale = size / 1000;
  ops += `\n/${font.id} ${num(size)} Tf\n1 0 0 1 ${num(x)} ${num(y)} Tm`;
  // The TJ array being built, and its open segment: glyphs drawn as they advance, closed after
  // a glyph whose advance differs from its width (kerning) by that adjustment.
  let array = "";
  let segment = "";
  let adjust = 0;
  // The pen's x, needed only around glyphs with offsets (Arabic marks): see penAt.
  penX = x;
  penCounted = 0;
  penScale = scale;
  let hadOffset = false;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    let encoded = known.get(part);
    const shaped = encoded ? encoded.shaped : shapePiece(face, part);
    partShapes[p] = shaped;
    const { ids, xAdvance, advanceWidth, offsets } = shaped;
    if (!offsets) {
      // The common case, from the document's encoding of the piece.
      encoded ??= encodePiece(font, hex, shaped, part, known);
      const { chunks, closes } = encoded;
      if (hadOffset && ids.length > 0) {
        ops += `\n1 0 0 1 ${num(penAt(p))} ${num(y)} Tm`;
        hadOffset = false;
      }
      for (let k = 0; k < chunks.length; k++) {
        segment += chunks[k];
        const close = closes[k];
        if (close !== null) {
          array += `${array ? " " : ""}<${segment}> ${close}`;
          segment = "";
        }
      }
      adjust = 0;
      continue;
    }
    penAt(p);
    penCounted = p + 1;
    for (let i = 0; i < ids.length; i++) {
      const code = glyphHex(font, hex, shaped, part, i);
      const glyphAdjust = xAdvance[i] - advanceWidth[i];
      if (offsets && (offsets.x[i] || offsets.y[i])) {
        // Close what is open, move to the glyph's own place, draw it alone.
        if (segment) array += `${array ? " " : ""}<${segment}> ${num(-adjust)}`;
        if (array) ops += `\n[${array}] TJ`;
        array = segment = "";
        ops += `\n1 0 0 1 ${num(penX + offsets.x[i] * scale)} ${num(y + offsets.y[i] * scale)} Tm`;
        ops += `\n[<${code}> ${num(-glyphAdjust)}] TJ`;
        hadOffset = true;
      } else {
        if (hadOffset) {
          ops += `\n1 0 0 1 ${num(penX)} ${num(y)} Tm`;
          hadOffset = false;
        }
        segment += code;
        adjust = glyphAdjust;
        if (adjust !== 0) {
          array += `${array ? " " : ""}<${segment}> ${num(-adjust)}`;
          segment = "";
        }
      }
      penX += xAdvance[i] * scale;
    }
  }
  if (segment) array += `${array ? " " : ""}<${segment}> ${num(-adjust)}`;
  if (array) ops += `\n[${array}] TJ`;
  partShapes.length = 0;
  return ops;
}
