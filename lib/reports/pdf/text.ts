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

// The paragraph being laid out, as parallel arrays kept from one paragraph to the next instead of
// an object per character, word and cluster (a 1,000-claim report lays out some three million
// characters: those objects were a fifth of all it allocated, and the garbage collector's work
// with them). Layout is synchronous and never re-entered, so one set serves every paragraph of a
// thread; nothing laid out keeps a reference to them.

/** Cluster flags. */
const SPACE = 1;
/** A right-to-left letter (Hebrew, Arabic…): shaped with its neighbours. */
const RTL_LETTER = 2;
/** The cluster's text is the paragraph's text from its start to its end (not a "?" or a part). */
const VERBATIM = 4;

let capacity = 0;
/** Clusters of the paragraph: [start, end) in UTF-16 units, flags, what is drawn, in which face. */
let clusterCount = 0;
let clusterStart = new Int32Array(0);
let clusterEnd = new Int32Array(0);
let clusterFlags = new Uint8Array(0);
let clusterWidth = new Float64Array(0);
const clusterText: string[] = [];
const clusterFace: Face[] = [];
/** Cluster index of each UTF-16 position (one more for the end). */
let clusterOf = new Int32Array(1);
/** Words: from one break opportunity to the next, in clusters, with their widths. */
let wordCount = 0;
let wordFrom = new Int32Array(0);
let wordTo = new Int32Array(0);
/** Width without trailing spaces (at a line end), and with them (mid-line). */
let wordInked = new Float64Array(0);
let wordFull = new Float64Array(0);

/** Room for a paragraph of `length` UTF-16 units (it has at most that many clusters and words). */
function reserve(length: number) {
  if (length <= capacity) return;
  capacity = Math.max(length, capacity * 2, 256);
  clusterStart = new Int32Array(capacity);
  clusterEnd = new Int32Array(capacity);
  clusterFlags = new Uint8Array(capacity);
  clusterWidth = new Float64Array(capacity);
  clusterOf = new Int32Array(capacity + 1);
  wordFrom = new Int32Array(capacity);
  wordTo = new Int32Array(capacity);
  wordInked = new Float64Array(capacity);
  wordFull = new Float64Array(capacity);
}

function pushCluster(start: number, end: number, text: string, face: Face, flags: number) {
  const index = clusterCount++;
  clusterStart[index] = start;
  clusterEnd[index] = end;
  clusterFlags[index] = flags;
  clusterText[index] = text;
  clusterFace[index] = face;
}

/**
 * Grapheme clusters, simplified (a base and what extends it; flag pairs), each with its face:
 * exact enough for choosing fonts and breaking lines, and many times faster than Intl.Segmenter.
 */
function collectClusters(text: string, bounds: SpanBound[]): void {
  reserve(text.length);
  clusterCount = 0;
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
        pushCluster(start, index, text[start], face, code === 0x20 ? SPACE | VERBATIM : VERBATIM);
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
        pushCluster(start, index, faceFor(partCode, style) ? part : "?", partFace, 0);
      }
      previousFace = clusterCount > 0 ? clusterFace[clusterCount - 1] : previousFace;
      continue;
    }
    let shown = whole;
    let verbatim = VERBATIM;
    if (!face) {
      face = primaryFace(style);
      shown = "?";
      verbatim = 0;
    }
    pushCluster(start, index, shown, face, (isSpace(code) ? SPACE : 0) | (isRtlLetter(code) ? RTL_LETTER : 0) | verbatim);
    previousFace = face;
  }
}

const styleOf = (face: Face): FontStyle => (face.name.endsWith("-700") ? "bold" : "regular");

/** Where each span of a paragraph ends (UTF-16 index) and its style. */
interface SpanBound {
  end: number;
  style: FontStyle;
}

/** Each left-to-right cluster measured once (widths are cached per character across reports). */
function measureClusters(length: number, measure: Measure) {
  clusterOf.fill(clusterCount, 0, length + 1);
  for (let index = 0; index < clusterCount; index++) {
    for (let at = clusterStart[index]; at < clusterEnd[index]; at++) clusterOf[at] = index;
    if (!(clusterFlags[index] & RTL_LETTER)) clusterWidth[index] = measure(clusterFace[index], clusterText[index], false);
  }
}

/** The cluster a break before UTF-16 position `position` falls before (inside one: after it). */
function breakAt(position: number, length: number) {
  if (position >= length) return clusterCount;
  const index = clusterOf[position];
  return clusterStart[index] === position ? index : index + 1;
}

/**
 * Width of clusters [from, to): left-to-right clusters by their own widths (kerning and
 * ligatures only ever make the drawn line a little narrower); right-to-left letters change
 * shape (and width) with their neighbours, so each word of them is measured whole.
 */
function widthOf(from: number, to: number, measure: Measure): number {
  let width = 0;
  for (let i = from; i < to; ) {
    if (!(clusterFlags[i] & RTL_LETTER)) {
      width += clusterWidth[i++];
      continue;
    }
    let j = i + 1;
    while (j < to && clusterFace[j] === clusterFace[i] && !(clusterFlags[j] & SPACE)) j++;
    let piece = "";
    for (let k = i; k < j; k++) piece += clusterText[k];
    width += measure(clusterFace[i], piece, false);
    i = j;
  }
  return width;
}

/**
 * Words: from one break opportunity (UAX #14) to the next, in clusters, measured once with and
 * without their trailing spaces (kerning across a break is ignored). A URL is one word: it
 * wraps only when it is longer than a line (then between any characters).
 */
function collectWords(text: string, measure: Measure): void {
  wordCount = 0;
  const urls: number[] = [];
  if (text.includes("://")) for (const match of text.matchAll(URL)) urls.push(match.index, match.index + match[0].length);
  const breaker = new LineBreaker(text);
  let from = 0;
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
    if (urls.length > 0 && insideRanges(urls, next.position)) continue;
    const to = breakAt(next.position, text.length);
    if (to <= from) continue;
    let trimmed = to;
    while (trimmed > from && clusterFlags[trimmed - 1] & SPACE) trimmed--;
    const inked = widthOf(from, trimmed, measure);
    const word = wordCount++;
    wordFrom[word] = from;
    wordTo[word] = to;
    wordInked[word] = inked;
    wordFull[word] = inked + widthOf(trimmed, to, measure);
    from = to;
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
  collectClusters(text, bounds);
  if (clusterCount === 0) return { rtl, lines: [] };
  measureClusters(text.length, measure);
  collectWords(text, measure);

  // Greedy fill; a word wider than a whole line is cut between clusters.
  const ranges: number[] = [];
  let lineFrom = 0;
  let lineTo = 0;
  let lineFull = 0;
  const hang = options.hang;
  const available = () => options.width - (ranges.length > 0 ? hang : 0);
  for (let word = 0; word < wordCount; word++) {
    const from = wordFrom[word];
    const to = wordTo[word];
    const inked = wordInked[word];
    if (lineTo > lineFrom && lineFull + inked > available()) {
      ranges.push(lineFrom, lineTo);
      lineFrom = lineTo = from;
      lineFull = 0;
    }
    if (lineTo === lineFrom && inked > available()) {
      let start = from;
      let width = 0;
      for (let i = from; i < to; i++) {
        const w = widthOf(i, i + 1, measure);
        if (i > start && width + w > available() && !(clusterFlags[i] & SPACE)) {
          ranges.push(start, i);
          start = i;
          width = 0;
        }
        width += w;
      }
      lineFrom = start;
      lineTo = to;
      lineFull = width;
      continue;
    }
    lineTo = to;
    lineFull += wordFull[word];
  }
  if (lineTo > lineFrom) ranges.push(lineFrom, lineTo);

  const lines: Line[] = [];
  for (let r = 0; r < ranges.length; r += 2) {
    const from = ranges[r];
    let end = ranges[r + 1];
    while (end > from && clusterFlags[end - 1] & SPACE) end--;
    const runs = visualRuns(text, from, end, levels, measure);
    let width = 0;
    let factor = 1.3;
    for (const run of runs) {
      width += run.width;
      if (run.face.lineHeight > factor) factor = run.face.lineHeight;
    }
    lines.push({ runs, width, indent: r > 0 ? options.hang : 0, height: options.size * factor });
  }
  return { rtl, lines };
}

const MAY_NEED_BIDI =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]|\uD802|\uD803|\uD83A|\uD83B/;

/** Levels of text with no right-to-left character: all 0, shared (only ever read). */
let zeroLevels = new Uint8Array(1024);

/** UAX #9 levels; text with no right-to-left character or bidi control is all level 0. */
function embeddingLevels(text: string, direction?: "ltr" | "rtl"): { levels: Uint8Array; rtl: boolean } {
  if (direction !== "rtl" && !MAY_NEED_BIDI.test(text)) {
    if (zeroLevels.length < text.length) zeroLevels = new Uint8Array(Math.max(text.length, zeroLevels.length * 2));
    return { levels: zeroLevels, rtl: false };
  }
  const { levels, paragraphs } = bidi.getEmbeddingLevels(text, direction);
  return { levels, rtl: (paragraphs[0]?.level ?? 0) % 2 === 1 };
}

/** The drawn text of clusters [first, last), in logical order. */
function clusterRunText(text: string, first: number, last: number): string {
  let verbatim = true;
  for (let index = first; index < last && verbatim; index++) verbatim = (clusterFlags[index] & VERBATIM) !== 0;
  // Clusters follow each other in the text: what they draw is the text between them.
  if (verbatim) return text.slice(clusterStart[first], clusterEnd[last - 1]);
  let logicalText = "";
  for (let index = first; index < last; index++) logicalText += clusterText[index];
  return logicalText;
}

/**
 * One line, clusters [from, to), as runs in visual (left to right) order.
 */
function visualRuns(text: string, from: number, to: number, levels: Uint8Array, measure: Measure): Run[] {
  const logical: { from: number; to: number; level: number }[] = [];
  let maxLevel = 0;
  let minOdd = Infinity;
  for (let index = from; index < to; index++) {
    const level = levels[clusterStart[index]];
    const last = logical[logical.length - 1];
    if (last && last.level === level && clusterFace[last.from] === clusterFace[index]) last.to = index + 1;
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
    const face = clusterFace[first];
    const width = widthOf(first, last, measure);
    const order = first - from;
    if (level % 2 === 0) {
      runs.push({ text: clusterRunText(text, first, last), face, shapeWhole: false, width, order });
      continue;
    }
    let rtlLetters = false;
    for (let index = first; index < last && !rtlLetters; index++) rtlLetters = (clusterFlags[index] & RTL_LETTER) !== 0;
    if (rtlLetters) runs.push({ text: clusterRunText(text, first, last), face, shapeWhole: true, width, order });
    else {
      let mirrored = "";
      for (let index = last - 1; index >= first; index--) {
        const clusterString = clusterText[index];
        mirrored += clusterString.length === 1 ? (bidi.getMirroredCharacter(clusterString) ?? clusterString) : clusterString;
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

/**
 * The base direction of a text: true when its first strong character is right-to-left (UAX #9
 * P2-P3, as bidi-js decides a paragraph's level, without computing every character's level).
 */
export function isRtl(text: string): boolean {
  const first = cleanText(text).split("\n")[0] ?? "";
  if (!MAY_NEED_BIDI.test(first)) return false;
  for (let i = 0; i < first.length; i++) {
    const type = bidi.getBidiCharTypeName(first[i]);
    if (type === "R" || type === "AL") return true;
    if (type === "L" || type === "B") return false;
    // Skips an isolate up to its matching PDI (BD9); an isolate that never closes ends the paragraph.
    if (type === "LRI" || type === "RLI" || type === "FSI") {
      let depth = 1;
      let j = i + 1;
      for (; j < first.length; j++) {
        const inner = bidi.getBidiCharTypeName(first[j]);
        if (inner === "B") {
          j = first.length;
          break;
        }
        if (inner === "PDI") {
          if (--depth === 0) break;
        } else if (inner === "LRI" || inner === "RLI" || inner === "FSI") depth++;
      }
      i = j;
    }
  }
  return false;
}
