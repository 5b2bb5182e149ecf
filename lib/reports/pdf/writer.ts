// Page flow for the PDF: a body box between a header band and a footer band that nothing in the
// body can enter. Text goes down line by line; a line that does not fit starts a new page, and
// a page is only ever added for a line about to be drawn, so no page is blank. Inside a claim
// block the new page opens with "C7 (continued)". Headers, footers and "Page n of N" are drawn
// at the end over the buffered pages (pdfkit bufferPages), when N is known.
import { selectFace, type Face } from "../fonts";
import { layoutText, type Line, type Span } from "./text";

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

export class PageWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly registered = new Set<string>();
  y = BODY_TOP;
  /** Page index (0-based) → the title its running header shows. */
  readonly headers: string[] = [];
  private headerTitle = "";
  /** While set, a page break inside the block repeats this heading with "(continued)". */
  private continued: string | null = null;
  /** Called after a page break (e.g. to repeat a table's header row). */
  onBreak: (() => void) | null = null;

  constructor(doc: PDFKit.PDFDocument) {
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
    this.headerTitle = title;
    this.doc.addPage({ size: "A4", margin: 0 });
    this.headers.push(title);
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

  /** Widths of short pieces (characters, words) at size 1, by face: measured once per report. */
  private readonly widths = new Map<string, Map<string, number>>();

  private measureWith(size: number) {
    return (face: Face, text: string, shapeWhole: boolean) => {
      let known = this.widths.get(face.name);
      if (!known) this.widths.set(face.name, (known = new Map()));
      const cacheable = text.length <= 32 && !shapeWhole;
      const cached = cacheable ? known.get(text) : undefined;
      if (cached !== undefined) return cached * size;
      selectFace(this.doc, this.registered, face);
      const width = this.doc.fontSize(1).widthOfString(text, shapeWhole ? { features: [] } : {});
      if (cacheable) known.set(text, width);
      return width * size;
    };
  }

  /** Lays out spans; returns the lines without drawing them. */
  layout(spans: Span[], options: TextOptions) {
    const width = (options.width ?? PAGE.width - 2 * MARGIN_X) - (options.indent ?? 0);
    return layoutText(
      spans,
      { width, size: options.size, hang: options.hang ?? 0, direction: options.direction },
      this.measureWith(options.size),
    );
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
    const ellipsisWidth = this.measureWith(options.size)(tail.face, "…", false);
    runs[runs.length - 1] = { ...tail, text: `${tail.text}…`, width: tail.width + ellipsisWidth };
    kept[kept.length - 1] = { ...last, runs, width: last.width + ellipsisWidth };
    return kept;
  }

  /** Draws one line with its top at `top`, runs left to right in visual order. */
  drawLine(line: Line, rtl: boolean, top: number, options: TextOptions, marker?: string) {
    const boxX = options.x ?? MARGIN_X;
    const boxWidth = options.width ?? PAGE.width - 2 * MARGIN_X;
    const inset = (options.indent ?? 0) + line.indent;
    const x = rtl ? boxX + boxWidth - inset - line.width : boxX + inset;
    // Extra height (tall scripts) is shared above and below the glyphs.
    const baseline = top + (line.height - options.size * 1.2) / 2 + options.size * 0.92;
    const color = options.color ?? BLACK;
    if (marker) {
      const markerLine = this.layout([{ text: marker }], { ...options, indent: 0, maxLines: 1 })[0]?.lines[0];
      if (markerLine) {
        const mx = rtl ? boxX + boxWidth - inset + 4 : boxX + inset - 4 - markerLine.width;
        this.drawRuns(markerLine.runs, mx, baseline, options.size, color);
      }
    }
    this.drawRuns(line.runs, x, baseline, options.size, color);
  }

  private drawRuns(runs: Line["runs"], x: number, baseline: number, size: number, color: string) {
    this.doc.fontSize(size).fillColor(color);
    // Placed left to right (visual order), drawn in reading order.
    const placed = runs.map((run) => {
      const at = x;
      x += run.width;
      return { run, x: at };
    });
    placed.sort((a, b) => a.run.order - b.run.order);
    const ops: string[] = [];
    for (const { run, x: runX } of placed) {
      selectFace(this.doc, this.registered, run.face);
      const font = embeddedFont(this.doc);
      if (font) ops.push(...textOps(font, run.text, runX, PAGE.height - baseline, size, run.shapeWhole));
      else
        this.doc.text(run.text, runX, baseline, {
          lineBreak: false,
          baseline: "alphabetic",
          ...(run.shapeWhole ? { features: [] } : {}),
        });
    }
    // One content entry per line: pdfkit keeps every entry of every page (as a Buffer) until the
    // end, and per-run entries made a long report slow and large in memory.
    if (ops.length > 0) this.doc.addContent(`q 1 0 0 -1 0 ${num(PAGE.height)} cm BT\n${ops.join("\n")}\nET Q`);
  }

  /** A thin rule across the body. */
  rule() {
    const y = Math.min(this.y + 4, BODY_BOTTOM);
    this.doc
      .moveTo(MARGIN_X, y)
      .lineTo(PAGE.width - MARGIN_X, y)
      .lineWidth(0.5)
      .strokeColor(GREY)
      .stroke();
    this.gap(10);
  }

  /** A line of Courier (hashes: ASCII hex), cut to the body width. */
  mono(text: string, options: { size: number; indent: number; color?: string }) {
    const height = options.size * 1.4;
    if (height > this.room) this.breakPage();
    this.doc
      .font("Courier")
      .fontSize(options.size)
      .fillColor(options.color ?? GREY)
      .text(text, MARGIN_X + options.indent, this.y + options.size * 1.05, {
        lineBreak: false,
        baseline: "alphabetic",
      });
    this.y += height;
  }

  /** One line of text at a fixed place outside the body (header, footer). */
  band(spans: Span[], top: number, options: { size: number; align: "start" | "end"; x: number; width: number }) {
    const paragraph = this.layout(spans, { size: options.size, width: options.width, x: options.x, maxLines: 1 })[0];
    let line = paragraph?.lines[0];
    if (!line) return;
    if (paragraph.lines.length > 1) line = this.cut(paragraph.lines, { size: options.size, maxLines: 1 })[0];
    const rtl = options.align === "end" ? true : paragraph.rtl;
    this.drawLine(line, rtl, top, { size: options.size, x: options.x, width: options.width, color: GREY });
  }

  /** Running headers and footers on every page, once the page count is known. */
  finish(footerLeft: string) {
    const range = this.doc.bufferedPageRange();
    const total = range.count;
    const body = PAGE.width - 2 * MARGIN_X;
    for (let index = 0; index < total; index++) {
      this.doc.switchToPage(range.start + index);
      this.band([{ text: `ClaimLedger audit report · ${this.headers[index] ?? ""}` }], HEADER_TOP + 2, {
        size: 8,
        align: "start",
        x: MARGIN_X,
        width: body,
      });
      this.doc
        .moveTo(MARGIN_X, HEADER_BOTTOM + 2)
        .lineTo(PAGE.width - MARGIN_X, HEADER_BOTTOM + 2)
        .lineWidth(0.4)
        .strokeColor(GREY)
        .stroke();
      this.band([{ text: footerLeft }], FOOTER_TOP + 4, { size: 8, align: "start", x: MARGIN_X, width: body - 80 });
      this.band([{ text: `Page ${index + 1} of ${total}` }], FOOTER_TOP + 4, {
        size: 8,
        align: "end",
        x: PAGE.width - MARGIN_X - 80,
        width: 80,
      });
    }
  }
}

const num = (value: number) => String(Math.round(value * 1000) / 1000);

interface GlyphPosition {
  xAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** The parts of pdfkit's (0.17) embedded font that drawing a run needs. */
interface EmbeddedFontLike {
  id: string;
  encode(text: string): [string[], GlyphPosition[]];
  ref(): unknown;
}

/**
 * The document's current font, when it is an embedded font of the shape pdfkit 0.17 has; null
 * otherwise (another pdfkit version), and drawing falls back to doc.text().
 */
function embeddedFont(doc: PDFKit.PDFDocument): EmbeddedFontLike | null {
  const font: unknown = Reflect.get(doc, "_font");
  const page: unknown = Reflect.get(doc, "page");
  const fonts: unknown = typeof page === "object" && page !== null ? Reflect.get(page, "fonts") : null;
  if (typeof font !== "object" || font === null || typeof fonts !== "object" || fonts === null) return null;
  const { id, encode, ref } = font as Partial<EmbeddedFontLike>;
  if (typeof id !== "string" || typeof encode !== "function" || typeof ref !== "function" || !("subset" in font))
    return null;
  const pageFonts = fonts as Record<string, unknown>;
  pageFonts[id] ??= ref.call(font);
  return font as unknown as EmbeddedFontLike;
}

/**
 * PDF text operators for one run at (x, y) in PDF space (y up), as pdfkit draws a fragment:
 * glyph ids in TJ arrays with kerning adjustments, a text-matrix move for a glyph with an offset
 * (Arabic marks).
 */
function textOps(
  font: EmbeddedFontLike,
  text: string,
  x: number,
  y: number,
  size: number,
  rightToLeft: boolean,
): string[] {
  let encoded: string[];
  let positions: GlyphPosition[];
  if (rightToLeft) {
    // Word by word, last word first: fontkit shapes each word (Arabic joining never crosses a
    // space) and lays its glyphs right to left, and pdfkit caches each word's shaping, where a
    // whole run would be shaped afresh every time (most of a long report's drawing time).
    encoded = [];
    positions = [];
    for (const word of (text.match(/[^ ]+ *| +/g) ?? []).reverse()) {
      const [wordEncoded, wordPositions] = font.encode(word);
      encoded.push(...wordEncoded);
      positions.push(...wordPositions);
    }
  } else {
    [encoded, positions] = font.encode(text);
  }
  const scale = size / 1000;
  const ops = [`/${font.id} ${num(size)} Tf`, `1 0 0 1 ${num(x)} ${num(y)} Tm`];
  const commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  const addSegment = (cur: number) => {
    if (last < cur) {
      const advance = positions[cur - 1].xAdvance - positions[cur - 1].advanceWidth;
      commands.push(`<${encoded.slice(last, cur).join("")}> ${num(-advance)}`);
    }
    last = cur;
  };
  const flush = (cur: number) => {
    addSegment(cur);
    if (commands.length > 0) {
      ops.push(`[${commands.join(" ")}] TJ`);
      commands.length = 0;
    }
  };
  let cx = x;
  positions.forEach((pos, i) => {
    if (pos.xOffset || pos.yOffset) {
      flush(i);
      ops.push(`1 0 0 1 ${num(cx + pos.xOffset * scale)} ${num(y + pos.yOffset * scale)} Tm`);
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        ops.push(`1 0 0 1 ${num(cx)} ${num(y)} Tm`);
        hadOffset = false;
      }
      if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1);
    }
    cx += pos.xAdvance * scale;
  });
  flush(positions.length);
  return ops;
}
