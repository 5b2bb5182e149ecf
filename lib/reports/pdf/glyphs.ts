// Shaping that outlives a document. pdfkit (0.17) parses each font again for every document and
// keeps the words it shaped only for that document, so each report paid again for fontkit's
// shaping (GSUB/GPOS lookups per word: a quarter to a third of drawing a long report). Here each
// face is parsed once per process (fonts.ts) and every piece of text is shaped once per process;
// a document only maps the glyph ids into its own font subset (encode below).
//
// A piece is what pdfkit shapes as one unit: the text up to and including a space (pdfkit ignores
// kerning from one piece to the next). Shaping the same pieces keeps the output exactly what
// pdfkit's own encode() drew.
import type { GlyphPosition } from "fontkit";
import { fontOf, primaryFace, type Face } from "../fonts";

/** One piece shaped, in PDF glyph space (1/1000 em): parallel arrays, one entry per glyph. */
export interface ShapedPiece {
  ids: number[];
  /** Advance after kerning. */
  xAdvance: number[];
  /** The glyph's own advance (its width in the PDF's W array). */
  advanceWidth: number[];
  /** Where a glyph is moved off its pen position (Arabic marks): drawn with text-matrix moves. */
  offsets: { x: number[]; y: number[] } | null;
  /**
   * The characters each glyph stands for (a ligature: several), for the PDF's ToUnicode map;
   * null when each glyph is one character of the piece, in order.
   */
  codePoints: number[][] | null;
  /** Sum of the advances. */
  width: number;
}

/**
 * Shaped pieces by face, for pieces up to MAX_CACHED_PIECE characters: words recur, while longer
 * pieces (URLs, identifiers) are mostly seen once and are shaped again when drawn again. A
 * long-lived worker draws many reports: past MAX_PIECES_PER_FACE a face's cache starts again,
 * which bounds its memory (a piece costs a few hundred bytes).
 */
const MAX_CACHED_PIECE = 32;
const MAX_PIECES_PER_FACE = 10_000;
const shapedByFace = new Map<string, Map<string, ShapedPiece>>();

export function shapePiece(face: Face, piece: string): ShapedPiece {
  let shaped = shapedByFace.get(face.name);
  if (!shaped) shapedByFace.set(face.name, (shaped = new Map()));
  let result = shaped.get(piece);
  if (result) return result;
  result = shapeByPairs(face, piece) ?? shapeWithFontkit(face, piece);
  if (piece.length <= MAX_CACHED_PIECE) {
    if (shaped.size >= MAX_PIECES_PER_FACE) shaped.clear();
    shaped.set(piece, result);
  }
  return result;
}

/** A piece as fontkit shapes it (the reference the ASCII shortcut below is tested against). */
export function shapeWithFontkit(face: Face, piece: string): ShapedPiece {
  const font = fontOf(face);
  const scale = 1000 / font.unitsPerEm;
  const run = font.layout(piece);
  const ids: number[] = [];
  const xAdvance: number[] = [];
  const advanceWidth: number[] = [];
  const codePoints: number[][] = [];
  const x: number[] = [];
  const y: number[] = [];
  let width = 0;
  let moved = false;
  for (let index = 0; index < run.glyphs.length; index++) {
    const glyph = run.glyphs[index];
    const position: GlyphPosition = run.positions[index];
    const advance = position.xAdvance * scale;
    ids.push(glyph.id);
    xAdvance.push(advance);
    advanceWidth.push(glyph.advanceWidth * scale);
    codePoints.push(glyph.codePoints);
    x.push(position.xOffset * scale);
    y.push(position.yOffset * scale);
    width += advance;
    if (position.xOffset || position.yOffset) moved = true;
  }
  return { ids, xAdvance, advanceWidth, offsets: moved ? { x, y } : null, codePoints, width };
}

// Printable ASCII and common punctuation in the primary (DejaVu) faces, shaped from pairs. fontkit
// spends some 10 µs per character on a piece it has not seen (its shaping plan and every GSUB/GPOS
// lookup), and a report is full of pieces seen once: URLs, ids, dates, offsets ("120–190 "), quoted
// excerpts. For these characters, DejaVu Sans's default features do only two things: kerning,
// which is pair positioning (GPOS type 2), and the ligatures ff, fi, fl, ffi, ffl (its contextual
// ccmp rules need combining marks, and no other default lookup covers PAIRED_PUNCTUATION's glyphs:
// checked on the font's lookup tables). So a piece's glyphs are its characters' glyphs, each
// advance its own plus the kerning with the next character, and both are learnt from fontkit
// itself by shaping each pair once. A pair that fontkit does not shape as two plain glyphs (a
// ligature, an adjustment of the second glyph or an offset) sends the whole piece to fontkit.
// tests/unit/reports/glyphs.test.ts compares the two on every pair, on text and on URLs.

/**
 * Punctuation and signs beyond ASCII that reports print between Latin words (dashes, curly quotes,
 * bullets, arrows, the middle dot): all of Unicode's Common script, so they never change the
 * script fontkit shapes a piece in.
 */
export const PAIRED_PUNCTUATION = "–—‘’‚“”„•…·→←€£°×′″«»‹›§©®±¢¥¶";

/** Characters shaped from pairs, by index: printable ASCII at its own code, then PAIRED_PUNCTUATION. */
const PAIR_CHARACTERS: number[] = [];
for (let code = 0x20; code < 0x7f; code++) PAIR_CHARACTERS[code] = code;
for (const char of PAIRED_PUNCTUATION) PAIR_CHARACTERS.push(char.charCodeAt(0));
const FIRST_PAIR_INDEX = 0x20;
/** Character code (below PAIR_TABLE_SIZE) → its index above, 0 when it is not shaped from pairs. */
const PAIR_TABLE_SIZE = 0x2200;
const PAIR_INDEX = new Uint8Array(PAIR_TABLE_SIZE);
for (let index = FIRST_PAIR_INDEX; index < PAIR_CHARACTERS.length; index++) PAIR_INDEX[PAIR_CHARACTERS[index]] = index;

interface PairModel {
  scale: number;
  /** Glyph ids and advance widths in font units, by character index. */
  ids: number[];
  advances: number[];
  /** Kerning in font units by pair (null: not two plain glyphs), in a Latin run or a run of neutrals. */
  kerning: Map<number, number | null>;
  /** Rows (pairKey with second 0) that fontkit did not shape as plain glyphs: learnt pair by pair. */
  ligatureRows: Set<number>;
}

const pairModels = new Map<string, PairModel | null>();

function pairModel(face: Face): PairModel | null {
  let model = pairModels.get(face.name);
  if (model !== undefined) return model;
  model = null;
  if (face.name === primaryFace("regular").name || face.name === primaryFace("bold").name) {
    const font = fontOf(face);
    const ids: number[] = [];
    const advances: number[] = [];
    for (let index = FIRST_PAIR_INDEX; index < PAIR_CHARACTERS.length; index++) {
      const glyph = font.glyphForCodePoint(PAIR_CHARACTERS[index]);
      ids[index] = glyph.id;
      advances[index] = glyph.advanceWidth;
    }
    model = { scale: 1000 / font.unitsPerEm, ids, advances, kerning: new Map(), ligatureRows: new Set() };
  }
  pairModels.set(face.name, model);
  return model;
}

const isLatinLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

const pairKey = (latin: boolean, first: number, second: number) => (latin ? 1 << 16 : 0) | (first << 8) | second;

/**
 * Kerning of a pair (character indices) in font units, as fontkit shapes it inside a piece:
 * fontkit picks the shaping script from the piece's first letter (Latin here), or none for a
 * piece of digits and signs.
 */
function pairKerning(face: Face, model: PairModel, first: number, second: number, latin: boolean): number | null {
  const key = pairKey(latin, first, second);
  let known = model.kerning.get(key);
  if (known === undefined && learnRow(face, model, first, latin)) known = model.kerning.get(key);
  if (known !== undefined) return known;
  const font = fontOf(face);
  const pair = String.fromCharCode(PAIR_CHARACTERS[first], PAIR_CHARACTERS[second]);
  const run = latin ? font.layout(pair, undefined, "latn") : font.layout(pair);
  let kerning: number | null = null;
  const [a, b] = run.positions;
  if (
    run.glyphs.length === 2 &&
    run.glyphs[0].id === model.ids[first] &&
    run.glyphs[1].id === model.ids[second] &&
    !a.xOffset &&
    !a.yOffset &&
    !b.xOffset &&
    !b.yOffset &&
    b.xAdvance === model.advances[second]
  )
    kerning = a.xAdvance - model.advances[first];
  model.kerning.set(key, kerning);
  return kerning;
}

/**
 * Learns the kerning of `first` with every partner in one shaping instead of one per pair:
 * "a!a"a#…" holds each pair (a, x) and (x, a). Kerning here is the first glyph's advance only
 * (DejaVu's pair positioning moves nothing else), so each glyph's advance gives the pair it
 * starts. False, and nothing learnt, when fontkit did not shape the line as plain glyphs (a
 * ligature): the pairs are then learnt one by one.
 */
function learnRow(face: Face, model: PairModel, first: number, latin: boolean): boolean {
  const row = pairKey(latin, first, 0);
  if (model.ligatureRows.has(row)) return false;
  const indices: number[] = [];
  for (let index = FIRST_PAIR_INDEX; index < PAIR_CHARACTERS.length; index++) {
    // In a run of digits and signs, fontkit shapes with no script: its partners are the same.
    if (!latin && isLatinLetter(PAIR_CHARACTERS[index])) continue;
    indices.push(first, index);
  }
  const font = fontOf(face);
  const text = String.fromCharCode(...indices.map((index) => PAIR_CHARACTERS[index]));
  const run = latin ? font.layout(text, undefined, "latn") : font.layout(text);
  let plain = run.glyphs.length === indices.length;
  for (let i = 0; plain && i < indices.length; i++) {
    const position = run.positions[i];
    if (run.glyphs[i].id !== model.ids[indices[i]] || position.xOffset || position.yOffset) plain = false;
  }
  if (!plain) {
    model.ligatureRows.add(row);
    return false;
  }
  for (let i = 0; i + 1 < indices.length; i++) {
    const key = pairKey(latin, indices[i], indices[i + 1]);
    if (!model.kerning.has(key)) model.kerning.set(key, run.positions[i].xAdvance - model.advances[indices[i]]);
  }
  return true;
}

/**
 * The piece shaped from pairs, or null when a character is neither printable ASCII nor
 * PAIRED_PUNCTUATION, or the face is not a primary one.
 */
export function shapeByPairs(face: Face, piece: string): ShapedPiece | null {
  const model = pairModel(face);
  if (!model) return null;
  let latin = false;
  for (let index = 0; index < piece.length; index++) {
    const code = piece.charCodeAt(index);
    if (code >= PAIR_TABLE_SIZE || PAIR_INDEX[code] === 0) return null;
    if (isLatinLetter(code)) latin = true;
  }
  const { scale, ids: glyphIds, advances } = model;
  const ids: number[] = [];
  const xAdvance: number[] = [];
  const advanceWidth: number[] = [];
  let width = 0;
  let next = PAIR_INDEX[piece.charCodeAt(0)];
  for (let index = 0; index < piece.length; index++) {
    const current = next;
    let advance = advances[current];
    if (index + 1 < piece.length) {
      next = PAIR_INDEX[piece.charCodeAt(index + 1)];
      const kerning = pairKerning(face, model, current, next, latin);
      if (kerning === null) return null;
      advance += kerning;
    }
    ids.push(glyphIds[current]);
    xAdvance.push(advance * scale);
    advanceWidth.push(advances[current] * scale);
    width += advance * scale;
  }
  return { ids, xAdvance, advanceWidth, offsets: null, codePoints: null, width };
}

/** Splits text as pdfkit does before shaping: after every space or tab. */
export function pieces(text: string): string[] {
  const result: string[] = [];
  let last = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x20 || code === 0x09) {
      result.push(text.slice(last, index + 1));
      last = index + 1;
    }
  }
  if (last < text.length) result.push(text.slice(last));
  return result;
}

const widthsByFace = new Map<string, Map<string, number>>();
/** Widths of single ASCII characters, by face and code: layout asks for one per character. */
const asciiWidthsByFace = new Map<Face, number[]>();
/** Widths of other single UTF-16 units (CJK, Arabic letters measured alone), by face and code. */
const unitWidthsByFace = new Map<Face, Map<number, number>>();

/**
 * Width of text at size 1, in points: the sum of its pieces, as pdfkit measures. Layout asks this
 * for every character it places, so the answer for short texts is kept (per face, bounded).
 */
export function widthAtSizeOne(face: Face, text: string): number {
  if (text.length === 1) {
    const code = text.charCodeAt(0);
    if (code < 0x80) {
      let ascii = asciiWidthsByFace.get(face);
      if (!ascii) asciiWidthsByFace.set(face, (ascii = []));
      return (ascii[code] ??= shapePiece(face, text).width * (1 / 1000));
    }
    let units = unitWidthsByFace.get(face);
    if (!units) unitWidthsByFace.set(face, (units = new Map()));
    let width = units.get(code);
    if (width === undefined) {
      // As below for a text of one piece: 0 + its width, then to points.
      width = 0 + shapePiece(face, text).width;
      width *= 1 / 1000;
      if (units.size >= MAX_PIECES_PER_FACE) units.clear();
      units.set(code, width);
    }
    return width;
  }
  let widths = widthsByFace.get(face.name);
  if (!widths) widthsByFace.set(face.name, (widths = new Map()));
  let width = widths.get(text);
  if (width !== undefined) return width;
  width = 0;
  for (const piece of pieces(text)) width += shapePiece(face, piece).width;
  width *= 1 / 1000;
  if (text.length <= 32) {
    if (widths.size >= MAX_PIECES_PER_FACE) widths.clear();
    widths.set(text, width);
  }
  return width;
}
