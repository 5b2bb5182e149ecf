// The PDF's fonts, all read at run time from npm packages in node_modules (the app and the CLI run
// from the repository root; the CLI changes to it on start). Nothing is downloaded.
//   DejaVu Sans (@fontsource/dejavu-sans; Bitstream Vera licence): Latin, Greek, Cyrillic, symbols.
//   Noto Sans Hebrew, Noto Sans Arabic (@fontsource/noto-sans-*; SIL OFL 1.1): Hebrew, and the
//     Arabic-script letters DejaVu lacks; fontkit applies the fonts' shaping tables (joining
//     forms, lam-alef, marks).
//   Noto Sans SC, Noto Sans KR (SIL OFL 1.1): Chinese, Japanese kana, Korean Hangul.
//   Noto Emoji (SIL OFL 1.1): monochrome outlines, which print; colour bitmaps would not.
// Fontsource splits the CJK and emoji fonts into ~100 unicode-range subset files, so the choice is
// per character: each subset is its own face, loaded (and embedded, subset again by pdfkit) only
// when a character needs it.
import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { woffToSfnt } from "./woff";

export type FontStyle = "regular" | "bold";

/** One font file: registered on a document under `name`; `font` answers glyph coverage. */
export interface Face {
  name: string;
  file: string;
  /** Line height this face needs, in ems (Arabic marks reach further than Latin). */
  lineHeight: number;
}

const FONTSOURCE = path.join(process.cwd(), "node_modules", "@fontsource");

interface Family {
  /** Package folder under @fontsource. */
  pkg: string;
  /** Subset files by weight: [subset key, ranges]. */
  subsets: { key: string; ranges: [number, number][] }[];
  weights: Record<FontStyle, number>;
  lineHeight: number;
}

function parseRanges(spec: string): [number, number][] {
  return spec.split(",").map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, "").split("-");
    const start = parseInt(from, 16);
    return [start, to ? parseInt(to, 16) : start];
  });
}

/** A fontsource package's subsets, from its unicode.json ("[12]" keys name numbered files). */
function family(pkg: string, weights: Record<FontStyle, number>, lineHeight: number, only?: string[]): Family {
  const unicode = JSON.parse(readFileSync(path.join(FONTSOURCE, pkg, "unicode.json"), "utf8")) as Record<
    string,
    string
  >;
  const subsets = Object.entries(unicode)
    .filter(([key]) => !only || only.includes(key))
    .map(([key, ranges]) => ({ key: key.replace(/^\[(\d+)\]$/, "$1"), ranges: parseRanges(ranges) }));
  return { pkg, subsets, weights, lineHeight };
}

let families: { arabic: Family; hebrew: Family; cjk: Family[]; emoji: Family } | undefined;

function allFamilies() {
  families ??= {
    arabic: family("noto-sans-arabic", { regular: 400, bold: 700 }, 1.75, ["arabic"]),
    hebrew: family("noto-sans-hebrew", { regular: 400, bold: 700 }, 1.45, ["hebrew"]),
    cjk: [
      family("noto-sans-sc", { regular: 400, bold: 700 }, 1.5),
      family("noto-sans-kr", { regular: 400, bold: 700 }, 1.5),
    ],
    emoji: family("noto-emoji", { regular: 400, bold: 400 }, 1.45),
  };
  return families;
}

const DEJAVU: Record<FontStyle, Face> = {
  regular: {
    name: "dejavu-sans-400",
    file: path.join(FONTSOURCE, "dejavu-sans", "files", "dejavu-sans-latin-400-normal.woff"),
    lineHeight: 1.3,
  },
  bold: {
    name: "dejavu-sans-700",
    file: path.join(FONTSOURCE, "dejavu-sans", "files", "dejavu-sans-latin-700-normal.woff"),
    lineHeight: 1.3,
  },
};

const faces = new Map<string, Face>();

function faceOf(fam: Family, key: string, style: FontStyle): Face {
  const weight = fam.weights[style];
  const name = `${fam.pkg}-${key}-${weight}`;
  let face = faces.get(name);
  if (!face) {
    face = { name, file: path.join(FONTSOURCE, fam.pkg, "files", `${name}-normal.woff`), lineHeight: fam.lineHeight };
    faces.set(name, face);
  }
  return face;
}

// Process-wide caches: a worker thread keeps them between reports.
const sfntCache = new Map<string, Buffer>();
const fontCache = new Map<string, fontkit.Font>();

/** The face's bytes as TrueType/OpenType (pdfkit's fontkit reads WOFF tables slowly). */
export function faceBytes(face: Face): Buffer {
  let bytes = sfntCache.get(face.file);
  if (!bytes) {
    bytes = woffToSfnt(readFileSync(face.file));
    sfntCache.set(face.file, bytes);
  }
  return bytes;
}

/** The face parsed by fontkit, once per process (shaping and coverage; glyphs.ts). */
export function fontOf(face: Face): fontkit.Font {
  let font = fontCache.get(face.file);
  if (!font) {
    font = fontkit.create(faceBytes(face)) as fontkit.Font;
    fontCache.set(face.file, font);
  }
  return font;
}

const coverage = new Map<string, Map<number, boolean>>();

export function hasGlyph(face: Face, codePoint: number): boolean {
  let known = coverage.get(face.name);
  if (!known) coverage.set(face.name, (known = new Map()));
  let has = known.get(codePoint);
  if (has === undefined) {
    has = fontOf(face).hasGlyphForCodePoint(codePoint);
    known.set(codePoint, has);
  }
  return has;
}

const inRanges = (ranges: [number, number][], code: number) => ranges.some(([from, to]) => code >= from && code <= to);

function subsetFace(fam: Family, code: number, style: FontStyle): Face | null {
  const subset = fam.subsets.find((candidate) => inRanges(candidate.ranges, code));
  if (!subset) return null;
  const face = faceOf(fam, subset.key, style);
  return hasGlyph(face, code) ? face : null;
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const HEBREW = /[\u0590-\u05FF\uFB1D-\uFB4F]/u;
const EMOJI = /\p{Emoji_Presentation}|\p{Regional_Indicator}/u;

const faceMemo: Record<FontStyle, Map<number, Face | null>> = { regular: new Map(), bold: new Map() };

/**
 * The face that prints a code point, or null when none of the fonts has it: Hebrew letters take
 * Noto Sans Hebrew, emoji the emoji font, the rest DejaVu, then the CJK subsets, then emoji.
 */
export function faceFor(code: number, style: FontStyle): Face | null {
  const memo = faceMemo[style];
  const known = memo.get(code);
  if (known !== undefined) return known;
  const char = String.fromCodePoint(code);
  const { arabic, hebrew, cjk, emoji } = allFamilies();
  let face: Face | null = null;
  // Arabic: DejaVu first. Noto Sans Arabic draws dotted letters as a shared skeleton plus dot
  // glyphs, and a PDF maps each glyph to one text: copied or extracted text then swaps letters
  // (ر for ز). DejaVu has a glyph per letter form; Noto covers the letters DejaVu lacks.
  if (ARABIC.test(char)) face = hasGlyph(DEJAVU[style], code) ? DEJAVU[style] : subsetFace(arabic, code, style);
  else if (HEBREW.test(char)) face = subsetFace(hebrew, code, style);
  else if (EMOJI.test(char)) face = subsetFace(emoji, code, style);
  if (!face && hasGlyph(DEJAVU[style], code)) face = DEJAVU[style];
  for (const fam of [...cjk, emoji]) face ??= subsetFace(fam, code, style);
  memo.set(code, face);
  return face;
}

export const primaryFace = (style: FontStyle): Face => DEJAVU[style];

/** Registers a face on a document the first time it is used there. */
export function selectFace(doc: PDFKit.PDFDocument, registered: Set<string>, face: Face) {
  if (!registered.has(face.name)) {
    doc.registerFont(face.name, faceBytes(face));
    registered.add(face.name);
  }
  doc.font(face.name);
}
