// The PDF's shaping shortcut for printable ASCII and common punctuation (lib/reports/pdf/glyphs.ts)
// must give exactly what fontkit gives: the same glyphs, advances, widths and offsets, for every
// pair of characters (alone, and after a letter), for text and for URLs, in both weights of the
// primary face.
import { describe, expect, it } from "vitest";
import { primaryFace } from "@/lib/reports/fonts";
import {
  PAIRED_PUNCTUATION,
  pieces,
  shapeByPairs,
  shapePiece,
  shapeWithFontkit,
  type ShapedPiece,
} from "@/lib/reports/pdf/glyphs";
import { SAMPLES } from "./multiscript";

const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index));
const CHARACTERS = [...ASCII, ...PAIRED_PUNCTUATION];
const NOT_LETTERS = CHARACTERS.filter((char) => !/[A-Za-z]/.test(char));

function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

/** The characters of each glyph spelled out (null means one character of the piece each). */
const resolved = (piece: string, shaped: ShapedPiece) => ({
  ...shaped,
  codePoints: shaped.codePoints ?? Array.from(piece, (char) => [char.charCodeAt(0)]),
});

describe.each(["regular", "bold"] as const)("shaping printable ASCII in the %s face", (style) => {
  const face = primaryFace(style);
  const same = (text: string) =>
    expect(resolved(text, shapePiece(face, text)), JSON.stringify(text)).toEqual(
      resolved(text, shapeWithFontkit(face, text)),
    );

  it("takes the shortcut for plain text, URLs and punctuation, and leaves ligatures and other scripts to fontkit", () => {
    expect(shapeByPairs(face, "https://example.org/sources/3/1?ref=xxxx")).not.toBeNull();
    expect(shapeByPairs(face, "Corroborated: ")).not.toBeNull();
    expect(shapeByPairs(face, "2024-12-07 ")).not.toBeNull();
    expect(shapeByPairs(face, "120–190 ")).not.toBeNull();
    expect(shapeByPairs(face, "“Reports ")).not.toBeNull();
    // ffi, fi and fl are ligatures in DejaVu Sans: fontkit shapes them.
    expect(shapeByPairs(face, "office")).toBeNull();
    expect(shapeByPairs(face, "verification")).toBeNull();
    expect(shapeByPairs(face, "Ελλάδα")).toBeNull();
    expect(shapeByPairs(face, "café")).toBeNull();
  });

  // Some 30,000 shapings by fontkit: seconds, longer on a busy machine.
  it("matches fontkit on every pair of characters, alone and after a letter", { timeout: 120_000 }, () => {
    for (const first of CHARACTERS) for (const second of CHARACTERS) same(first + second);
    // Alone, a pair of digits and signs is shaped with no script; after a letter, as Latin.
    for (const first of NOT_LETTERS) for (const second of NOT_LETTERS) same(`a${first}${second}`);
  });

  it("matches fontkit on text, digits, URLs and random strings", () => {
    for (const text of [
      SAMPLES.latin,
      SAMPLES.emoji,
      "Page 12 of 573",
      "2024-12-11 09:30 UTC",
      "#1  (hash)",
      "C7 — Corroborated · Characters 120–190 · “It was “quoted”…” → ‘so’ «said» 20 °C × 3 € £",
    ])
      for (const piece of pieces(text)) same(piece);
    same("https://example.org/report?id=42&lang=en#section-3");
    same("AVAVA WAWA Toyota 7/11 -- ~{[()]}");
    const next = random(13);
    for (let n = 0; n < 300; n++) {
      const length = 1 + Math.floor(next() * 40);
      same(Array.from({ length }, () => ASCII[Math.floor(next() * ASCII.length)]).join(""));
      same(Array.from({ length }, () => CHARACTERS[Math.floor(next() * CHARACTERS.length)]).join(""));
    }
  });
});
