// Text that is not language, for the garbage tests (garbage.test.ts) and the evaluation
// (scripts/eval-extraction.ts): pasted random code points must give zero claims. Seeded, so each
// run sees the same strings.

/** mulberry32: a small deterministic PRNG, good enough to draw characters. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (rand: () => number, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

function codePoints(n: number, rand: () => number, draw: (rand: () => number) => number): string {
  let out = "";
  for (let i = 0; i < n; i++) out += String.fromCodePoint(draw(rand));
  return out;
}

export type RandomKind = [name: string, make: (n: number, seed: number) => string];

export const RANDOM_KINDS: RandomKind[] = [
  // Any code point of the Basic Multilingual Plane except surrogates (the case).
  [
    "random BMP code points",
    (n, seed) =>
      codePoints(n, seededRandom(seed), (r) => {
        const c = between(r, 0x20, 0xfffd);
        return c >= 0xd800 && c <= 0xdfff ? 0x20 : c;
      }),
  ],
  ["random printable ASCII", (n, seed) => codePoints(n, seededRandom(seed), (r) => between(r, 0x20, 0x7e))],
  ["random code points up to U+2FFF", (n, seed) => codePoints(n, seededRandom(seed), (r) => between(r, 0x20, 0x2fff))],
  // Letters and spaces only: looks like words at a glance ("qzkf Xpvr ...").
  [
    "random letters in word-sized runs",
    (n, seed) =>
      codePoints(n, seededRandom(seed), (r) =>
        r() < 0.17 ? 0x20 : r() < 0.1 ? between(r, 0x41, 0x5a) : between(r, 0x61, 0x7a),
      ),
  ],
  [
    "random letters, digits and punctuation with spaces",
    (n, seed) =>
      codePoints(n, seededRandom(seed), (r) => {
        const x = r();
        if (x < 0.15) return 0x20;
        if (x < 0.2) return ".!?,".charCodeAt(between(r, 0, 3));
        if (x < 0.3) return between(r, 0x30, 0x39);
        return x < 0.4 ? between(r, 0x41, 0x5a) : between(r, 0x61, 0x7a);
      }),
  ],
  [
    "random emoji and symbols",
    (n, seed) =>
      codePoints(n, seededRandom(seed), (r) =>
        r() < 0.15 ? 0x20 : r() < 0.5 ? between(r, 0x1f300, 0x1f64f) : between(r, 0x2190, 0x2bff),
      ),
  ],
  [
    "random CJK and Hangul",
    (n, seed) =>
      codePoints(n, seededRandom(seed), (r) => (r() < 0.5 ? between(r, 0x4e00, 0x9fff) : between(r, 0xac00, 0xd7a3))),
  ],
  [
    "random Cyrillic, Greek, Arabic and Latin mixed",
    (n, seed) =>
      codePoints(n, seededRandom(seed), (r) => {
        const x = r();
        if (x < 0.15) return 0x20;
        if (x < 0.4) return between(r, 0x0410, 0x044f);
        if (x < 0.6) return between(r, 0x0391, 0x03c9);
        if (x < 0.8) return between(r, 0x0621, 0x064a);
        return between(r, 0x61, 0x7a);
      }),
  ],
];
