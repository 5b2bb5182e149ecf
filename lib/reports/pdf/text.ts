// Paragraph layout for the PDF in every script: pdfkit draws a run of glyphs left to right and
// nothing more, so this module does what a text engine does before that.
//   1. Unicode bidi (UAX #9, bidi-js): embedding levels per character, the paragraph's direction
//      from its first strong character.
//   2. A font per grapheme cluster (fonts.ts): the script's face, then DejaVu, CJK, emoji;
//      spaces and punctuation stay in the face around them so a right-to-left run stays whole.
//   3. Line breaks (UAX #14, linebreak), greedy; a word longer than the line (a URL, a hash) is
//      cut between clusters.
//   4. Per line, runs of one level and one face, reordered visually (UAX #9 rule L2). A
//      right-to-left run with letters is handed to fontkit whole, which shapes it (joining forms,
//      ligatures) and lays its glyphs out right to left; a right-to-left run of neutrals only is
//      reversed here, cluster by cluster, with mirrored brackets.
// Pure apart from the font files: width comes from the caller's measure function.
import bidiFactory from "bidi-js";
import LineBreaker from "linebreak";
import { faceFor, hasGlyph, primaryFace, type Face, type FontStyle } from "../fonts";

const bidi = bidiFactory();

export interface Span {
  text: string;
  style?: FontStyle;
}

export interface Run {
  text: string;
  face: Face;
  width: number;
  /** Right-to-left letters: fontkit must lay the run out whole (it reverses the glyphs). */
  shapeWhole: boolean;
  /** Place in logical (reading) order: runs are drawn in this order, so that text extraction
   * that follows the content stream (pdf.js, pdftotext -raw) reads them as written. */
  order: number;
}

export interface Line {
  runs: Run[];
  width: number;
  /** Offset of the line's start edge from the paragraph's start edge (hanging indent). */
  indent: number;
  /** In points. */
  height: number;
}

export interface Paragraph {
  rtl: boolean;
  lines: Line[];
}

/** Width in points of `text` in `face` at the paragraph's size. */
export type Measure = (face: Face, text: string, shapeWhole: boolean) => number;

interface Cluster {
  start: number;
  end: number;
  text: string;
  face: Face;
  space: boolean;
  /** A right-to-left letter (Hebrew, Arabic…): shaped with its neighbours. */
  rtlLetter: boolean;
}

const URL = /\bhttps?:\/\/[^\s<>"]+/g;
const NEUTRAL = /^[\s\p{P}\p{S}]+$/u;

/** Printable ASCII: already normalized, nothing to replace. */
const PLAIN = /^[\x20-\x7e]*$/;

/** Controls print as "?" (never text, whatever a font's cmap says); tabs as a space. */
export function cleanText(text: string): string {
  if (PLAIN.test(text)) return text;
  return text
    .normalize("NFC")
    .replace(/\t/g, " ")
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, "?");
}

/** Code points that belong to the cluster before them: marks, joiners, selectors, skin tones, tags. */
function extendsCluster(code: number, previous: number): boolean {
  if (previous === 0x200d) return true; // after a zero-width joiner (emoji sequences)
  return (
    code === 0x200d ||
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0x1f3fb && code <= 0x1f3ff) ||
    (code >= 0xe0020 && code <= 0xe007f) ||
    code === 0x20e3 ||
    (code > 0x0590 && MARK.test(String.fromCodePoint(code)))
  );
}

const MARK = /\p{M}/u;
/** Joiners and selectors: nothing to draw once a sequence is split. */
const INVISIBLE = new Set([0x200d, 0xfe0e, 0xfe0f]);
const coversAll = (face: Face, text: string) => {
  for (const part of text) {
    const code = part.codePointAt(0) ?? 0;
    if (!INVISIBLE.has(code) && !hasGlyph(face, code)) return false;
  }
  return true;
};
const isRtlLetter = (code: number) =>
  (code >= 0x0590 && code <= 0x08ff) || (code >= 0xfb1d && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff);
const isRegionalIndicator = (code: number) => code >= 0x1f1e6 && code <= 0x1f1ff;
const isSpace = (code: number) =>
  code === 0x20 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000;
const neutralMemo = new Map<number, boolean>();
function isNeutral(code: number): boolean {
  let neutral = neutralMemo.get(code);
  if (neutral === undefined) {
    neutral = NEUTRAL.test(String.fromCodePoint(code));
    neutralMemo.set(code, neutral);
  }
  return neutral;
}

/** Printable ASCII by code: whether it is a neutral (space, punctuation, symbol). */
const ASCII_NEUTRAL = Array.from(
  { length: 0x7f },
  (_, code) => code >= 0x20 && NEUTRAL.test(String.fromCharCode(code)),
);
/** Printable ASCII by style and code: the face faceFor chooses (kept in arrays: most text is ASCII). */
const asciiFaces: Record<FontStyle, (Face | null | undefined)[]> = { regular: [], bold: [] };
function asciiFace(code: number, style: FontStyle): Face | null {
  const faces = asciiFaces[style];
  let face = faces[code];
  if (face === undefined) faces[code] = face = faceFor(code, style);
  return face;
}

/**
 * Grapheme clusters, simplified (a base and what extends it; flag pairs), each with its face:
 * exact enough for choosing fonts and breaking lines, and many times faster than Intl.Segmenter.
 */
function clustersOf(text: string, bounds: SpanBound[]): Cluster[] {
  const clusters: Cluster[] = [];
  let previousFace: Face | null = null;
  let index = 0;
  let bound = 0;
  while (index < text.length) {
    const start = index;
    const code = text.codePointAt(index) ?? 0;
    // Printable ASCII not followed by anything that could extend it (nothing below U+0300 does):
    // a cluster of one character, chosen as below with the answers kept in arrays.
    if (code >= 0x20 && code < 0x7f && (index + 1 === text.length || text.charCodeAt(index + 1) < 0x300)) {
      while (bound < bounds.length - 1 && start >= bounds[bound].end) bound++;
      const style = bounds[bound].style;
      const own = asciiFace(code, style);
      if (own) {
        let face = own;
        const joinsPrevious =
          previousFace !== null &&
          previousFace !== own &&
          ASCII_NEUTRAL[code] &&
          styleOf(previousFace) === style &&
          hasGlyph(previousFace, code);
        if (joinsPrevious && previousFace) face = previousFace;
        index++;
        clusters.push({ start, end: index, text: text[start], face, space: code === 0x20, rtlLetter: false });
        previousFace = face;
        continue;
      }
    }
    index += code > 0xffff ? 2 : 1;
    let last = code;
    let flags = isRegionalIndicator(code) ? 1 : 0;
    while (index < text.length) {
      const next = text.codePointAt(index) ?? 0;
      const pairsFlag = flags === 1 && isRegionalIndicator(next);
      if (!pairsFlag && !extendsCluster(next, last)) break;
      if (pairsFlag) flags = 2;
      index += next > 0xffff ? 2 : 1;
      last = next;
    }
    while (bound < bounds.length - 1 && start >= bounds[bound].end) bound++;
    const style = bounds[bound].style;
    let face: Face | null = null;
    // Spaces and punctuation join the run they are in, when that face has them.
    if (previousFace && isNeutral(code) && styleOf(previousFace) === style && hasGlyph(previousFace, code))
      face = previousFace;
    face ??= faceFor(code, style);
    const whole = text.slice(start, index);
    if (face && whole.length > 2 && !coversAll(face, whole)) {
      // An emoji sequence whose parts live in different subset files: each part on its own.
      for (const part of whole) {
        const partCode = part.codePointAt(0) ?? 0;
        if (INVISIBLE.has(partCode)) continue;
        const partFace = faceFor(partCode, style) ?? primaryFace(style);
        clusters.push({
          start,
          end: index,
          text: faceFor(partCode, style) ? part : "?",
          face: partFace,
          space: false,
          rtlLetter: false,
        });
      }
      previousFace = clusters[clusters.length - 1]?.face ?? previousFace;
      continue;
    }
    let shown = whole;
    if (!face) {
      face = primaryFace(style);
      shown = "?";
    }
    clusters.push({ start, end: index, text: shown, face, space: isSpace(code), rtlLetter: isRtlLetter(code) });
    previousFace = face;
  }
  return clusters;
}

const styleOf = (face: Face): FontStyle => (face.name.endsWith("-700") ? "bold" : "regular");

interface Word {
  from: number;
  to: number;
  /** Width without trailing spaces (at a line end), and with them (mid-line). */
  inked: number;
  full: number;
}

/** Where each span of a paragraph ends (UTF-16 index) and its style. */
interface SpanBound {
  end: number;
  style: FontStyle;
}

/** A paragraph's clusters with their widths, and its words (from one break opportunity to the next). */
class MeasuredClusters {
  /** Cluster index of each UTF-16 position. */
  private readonly clusterOf: Int32Array;
  /** Each left-to-right cluster measured once (cached per character across reports). */
  private readonly clusterWidth: Float64Array;

  constructor(
    private readonly text: string,
    private readonly clusters: Cluster[],
    private readonly measure: Measure,
  ) {
    this.clusterOf = new Int32Array(text.length + 1).fill(clusters.length);
    this.clusterWidth = new Float64Array(clusters.length);
    for (let index = 0; index < clusters.length; index++) {
      const cluster = clusters[index];
      for (let at = cluster.start; at < cluster.end; at++) this.clusterOf[at] = index;
      if (!cluster.rtlLetter) this.clusterWidth[index] = measure(cluster.face, cluster.text, false);
    }
  }

  /** The cluster a break before UTF-16 position `position` falls before (inside one: after it). */
  private breakAt(position: number) {
    const { clusters, clusterOf } = this;
    if (position >= this.text.length) return clusters.length;
    const index = clusterOf[position];
    return clusters[index].start === position ? index : index + 1;
  }

  /**
   * Width of clusters [from, to): left-to-right clusters by their own widths (kerning and
   * ligatures only ever make the drawn line a little narrower); right-to-left letters change
   * shape (and width) with their neighbours, so each word of them is measured whole.
   */
  widthOf(from: number, to: number): number {
    const { clusters, clusterWidth } = this;
    let width = 0;
    for (let i = from; i < to; ) {
      if (!clusters[i].rtlLetter) {
        width += clusterWidth[i++];
        continue;
      }
      let j = i + 1;
      while (j < to && clusters[j].face === clusters[i].face && !clusters[j].space) j++;
      let piece = "";
      for (let k = i; k < j; k++) piece += clusters[k].text;
      width += this.measure(clusters[i].face, piece, false);
      i = j;
    }
    return width;
  }

  /**
   * Words: from one break opportunity (UAX #14) to the next, in clusters, measured once with and
   * without their trailing spaces (kerning across a break is ignored). A URL is one word: it
   * wraps only when it is longer than a line (then between any characters).
   */
  words(): Word[] {
    const { text, clusters } = this;
    const words: Word[] = [];
    const urls: number[] = [];
    if (text.includes("://")) for (const match of text.matchAll(URL)) urls.push(match.index, match.index + match[0].length);
    const breaker = new LineBreaker(text);
    let from = 0;
    for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
      if (urls.length > 0 && insideRanges(urls, next.position)) continue;
      const to = this.breakAt(next.position);
      if (to <= from) continue;
      let trimmed = to;
      while (trimmed > from && clusters[trimmed - 1].space) trimmed--;
      const inked = this.widthOf(from, trimmed);
      words.push({ from, to, inked, full: inked + this.widthOf(trimmed, to) });
      from = to;
    }
    return words;
  }
}

/** Whether a position lies strictly inside one of the ranges (pairs of start, end). */
function insideRanges(ranges: number[], position: number) {
  for (let i = 0; i < ranges.length; i += 2) if (position > ranges[i] && position < ranges[i + 1]) return true;
  return false;
}

/** Lays out one paragraph (no line feeds) into lines at most `width` wide. */
function layoutOne(
  spans: Span[],
  options: { width: number; size: number; hang: number; direction?: "ltr" | "rtl" },
  measure: Measure,
): Paragraph {
  let text = "";
  const bounds: SpanBound[] = [];
  for (const span of spans) {
    text += span.text;
    bounds.push({ end: text.length, style: span.style ?? "regular" });
  }

  const { levels, rtl } = embeddingLevels(text, options.direction);
  const clusters = clustersOf(text, bounds);
  if (clusters.length === 0) return { rtl, lines: [] };
  const measured = new MeasuredClusters(text, clusters, measure);
  const words = measured.words();

  // Greedy fill; a word wider than a whole line is cut between clusters.
  const ranges: { from: number; to: number }[] = [];
  let lineFrom = 0;
  let lineTo = 0;
  let lineFull = 0;
  const hang = options.hang;
  const available = () => options.width - (ranges.length > 0 ? hang : 0);
  for (const word of words) {
    if (lineTo > lineFrom && lineFull + word.inked > available()) {
      ranges.push({ from: lineFrom, to: lineTo });
      lineFrom = lineTo = word.from;
      lineFull = 0;
    }
    if (lineTo === lineFrom && word.inked > available()) {
      let start = word.from;
      let width = 0;
      for (let i = word.from; i < word.to; i++) {
        const w = measured.widthOf(i, i + 1);
        if (i > start && width + w > available() && !clusters[i].space) {
          ranges.push({ from: start, to: i });
          start = i;
          width = 0;
        }
        width += w;
      }
      lineFrom = start;
      lineTo = word.to;
      lineFull = width;
      continue;
    }
    lineTo = word.to;
    lineFull += word.full;
  }
  if (lineTo > lineFrom) ranges.push({ from: lineFrom, to: lineTo });

  const lines = ranges.map((range, index) => {
    let end = range.to;
    while (end > range.from && clusters[end - 1].space) end--;
    const runs = visualRuns(clusters, range.from, end, levels, measured);
    let width = 0;
    let factor = 1.3;
    for (const run of runs) {
      width += run.width;
      if (run.face.lineHeight > factor) factor = run.face.lineHeight;
    }
    return { runs, width, indent: index > 0 ? options.hang : 0, height: options.size * factor };
  });
  return { rtl, lines };
}

const MAY_NEED_BIDI =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]|\uD802|\uD803|\uD83A|\uD83B/;

/** UAX #9 levels; text with no right-to-left character or bidi control is all level 0. */
function embeddingLevels(text: string, direction?: "ltr" | "rtl"): { levels: Uint8Array; rtl: boolean } {
  if (direction !== "rtl" && !MAY_NEED_BIDI.test(text)) return { levels: new Uint8Array(text.length), rtl: false };
  const { levels, paragraphs } = bidi.getEmbeddingLevels(text, direction);
  return { levels, rtl: (paragraphs[0]?.level ?? 0) % 2 === 1 };
}

/**
 * One line, clusters [from, to), as runs in visual (left to right) order.
 */
function visualRuns(clusters: Cluster[], from: number, to: number, levels: Uint8Array, measured: MeasuredClusters): Run[] {
  const logical: { from: number; to: number; level: number }[] = [];
  let maxLevel = 0;
  let minOdd = Infinity;
  for (let index = from; index < to; index++) {
    const cluster = clusters[index];
    const level = levels[cluster.start];
    const last = logical[logical.length - 1];
    if (last && last.level === level && clusters[last.from].face === cluster.face) last.to = index + 1;
    else {
      logical.push({ from: index, to: index + 1, level });
      if (level > maxLevel) maxLevel = level;
      if (level % 2 === 1 && level < minOdd) minOdd = level;
    }
  }
  // UAX #9 L2: from the highest level down to the lowest odd one, reverse every maximal sequence
  // of runs at that level or higher.
  for (let level = maxLevel; level >= minOdd && level > 0; level--) {
    for (let i = 0; i < logical.length; ) {
      if (logical[i].level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < logical.length && logical[j].level >= level) j++;
      logical.splice(i, j - i, ...logical.slice(i, j).reverse());
      i = j;
    }
  }
  const runs: Run[] = [];
  for (const { from: first, to: last, level } of logical) {
    const face = clusters[first].face;
    const width = measured.widthOf(first, last);
    const order = first - from;
    let logicalText = "";
    let rtlLetters = false;
    for (let index = first; index < last; index++) {
      logicalText += clusters[index].text;
      if (clusters[index].rtlLetter) rtlLetters = true;
    }
    if (level % 2 === 0) runs.push({ text: logicalText, face, shapeWhole: false, width, order });
    else if (rtlLetters) runs.push({ text: logicalText, face, shapeWhole: true, width, order });
    else {
      let mirrored = "";
      for (let index = last - 1; index >= first; index--) {
        const text = clusters[index].text;
        mirrored += text.length === 1 ? (bidi.getMirroredCharacter(text) ?? text) : text;
      }
      runs.push({ text: mirrored, face, shapeWhole: false, width, order });
    }
  }
  return runs;
}

export interface LayoutOptions {
  width: number;
  size: number;
  /** Extra indent of every line after a paragraph's first. */
  hang?: number;
  /** Force a direction; by default the first strong character decides (UAX #9 P2, P3). */
  direction?: "ltr" | "rtl";
}

/** Lays out text (line feeds start new paragraphs, each with its own direction). */
export function layoutText(spans: Span[], options: LayoutOptions, measure: Measure): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Span[] = [];
  const flush = () => {
    paragraphs.push(layoutOne(current, { hang: 0, ...options }, measure));
    current = [];
  };
  for (const span of spans) {
    const parts = cleanText(span.text).split(/\r?\n|\r|\u2028|\u2029/);
    parts.forEach((part, index) => {
      if (index > 0) flush();
      if (part) current.push({ text: part, style: span.style });
    });
  }
  flush();
  return paragraphs;
}

/** The base direction of a text: true when its first strong character is right-to-left. */
export function isRtl(text: string): boolean {
  return embeddingLevels(cleanText(text).split("\n")[0] ?? "").rtl;
}
