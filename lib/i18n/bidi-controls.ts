// Directional formatting characters inside user text. A stored claim keeps them exactly (offsets
// count them), but shown as characters they would re-order what is around them: an override
// (U+202E) can make "10 killed" read as "dellik 01", or reverse the neighbouring interface. Pages
// show each one as a visible, inert marker instead. Pure.

export interface BidiControl {
  char: string;
  /** Short name shown in the marker ("RLO"). */
  abbreviation: string;
  /** Unicode name, for the marker's tooltip and screen readers. */
  name: string;
}

const CONTROLS: BidiControl[] = [
  { char: "\u202A", abbreviation: "LRE", name: "left-to-right embedding" },
  { char: "\u202B", abbreviation: "RLE", name: "right-to-left embedding" },
  { char: "\u202C", abbreviation: "PDF", name: "pop directional formatting" },
  { char: "\u202D", abbreviation: "LRO", name: "left-to-right override" },
  { char: "\u202E", abbreviation: "RLO", name: "right-to-left override" },
  { char: "\u2066", abbreviation: "LRI", name: "left-to-right isolate" },
  { char: "\u2067", abbreviation: "RLI", name: "right-to-left isolate" },
  { char: "\u2068", abbreviation: "FSI", name: "first strong isolate" },
  { char: "\u2069", abbreviation: "PDI", name: "pop directional isolate" },
];

const BY_CHAR = new Map(CONTROLS.map((control) => [control.char, control]));
const PATTERN = /[\u202A-\u202E\u2066-\u2069]/g;

export function hasBidiControls(text: string): boolean {
  PATTERN.lastIndex = 0;
  return PATTERN.test(text);
}

export type BidiPiece = { kind: "text"; text: string } | { kind: "control"; control: BidiControl };

/** The text cut at each directional control: plain runs and the controls between them, in order. */
export function splitBidiControls(text: string): BidiPiece[] {
  const pieces: BidiPiece[] = [];
  let last = 0;
  for (const found of text.matchAll(PATTERN)) {
    const at = found.index ?? 0;
    if (at > last) pieces.push({ kind: "text", text: text.slice(last, at) });
    pieces.push({ kind: "control", control: BY_CHAR.get(found[0])! });
    last = at + found[0].length;
  }
  if (last < text.length) pieces.push({ kind: "text", text: text.slice(last) });
  return pieces;
}

/** The text with every control written as its marker ("⟦RLO⟧"), for plain-text places (titles, options). */
export function revealBidiControls(text: string): string {
  return text.replace(PATTERN, (char) => `⟦${BY_CHAR.get(char)!.abbreviation}⟧`);
}
