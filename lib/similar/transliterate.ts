// A name's consonant skeleton, comparable across Arabic and Latin script: "Tobruk" and "طبرق"
// both read "tbrk", "El Fasher" and "الفاشر" both "fSr". Vowels (and the long vowels and weak
// letters ا و ي, which Latin spellings render inconsistently) are dropped, letters that Latin
// spellings merge are merged (ص/س, ق/ك, ط/ت, ض/د, ظ/ز; q = k = c), a doubled Latin letter is one.
// The fallback for places and people the gazetteer does not list. Pure.

const ARABIC_LETTERS: Record<string, string> = {
  ب: "b",
  ت: "t",
  ث: "T",
  ج: "j",
  ح: "h",
  خ: "K",
  د: "d",
  ذ: "D",
  ر: "r",
  ز: "z",
  س: "s",
  ش: "S",
  ص: "s",
  ض: "d",
  ط: "t",
  ظ: "z",
  غ: "G",
  ف: "f",
  ق: "k",
  ك: "k",
  ل: "l",
  م: "m",
  ن: "n",
  ه: "h",
  ة: "h",
  گ: "g",
  پ: "b",
  چ: "S",
  ڤ: "f",
};

/** Latin spellings of one Arabic sound, longest first. */
const LATIN_DIGRAPHS: [string, string][] = [
  ["sh", "S"],
  ["ch", "S"],
  ["kh", "K"],
  ["gh", "G"],
  ["th", "T"],
  ["dh", "D"],
  ["ph", "f"],
];
const LATIN_LETTERS: Record<string, string> = {
  b: "b",
  c: "k",
  d: "d",
  f: "f",
  g: "j",
  h: "h",
  j: "j",
  k: "k",
  l: "l",
  m: "m",
  n: "n",
  p: "b",
  q: "k",
  r: "r",
  s: "s",
  t: "t",
  v: "f",
  x: "ks",
  z: "z",
};

// A final h is usually the unwritten or written ta marbuta ("Hama" / "حماة"): not compared.
const withoutFinalH = (skeleton: string) => skeleton.replace(/h$/, "");

/** The skeleton of one normalised word (lower case Latin, or Arabic after normaliseText). */
export function skeleton(word: string): string {
  if (/[\u0600-\u06FF]/.test(word)) {
    let out = "";
    for (const letter of word) out += ARABIC_LETTERS[letter] ?? "";
    return withoutFinalH(out);
  }
  // A doubled Latin letter is one Arabic letter ("Aleppo", "Mecca").
  const latin = word.replace(/(.)\1+/g, "$1");
  let out = "";
  for (let i = 0; i < latin.length; i++) {
    const pair = LATIN_DIGRAPHS.find(([digraph]) => latin.startsWith(digraph, i));
    if (pair) {
      out += pair[1];
      i++;
      continue;
    }
    out += LATIN_LETTERS[latin[i]!] ?? "";
  }
  return withoutFinalH(out);
}

/** Skeletons this long or longer are compared: shorter ones meet by chance. */
export const MIN_SKELETON = 3;

/** Two skeletons name the same thing: equal, or (when long) one letter apart. */
export function skeletonsMatch(a: string, b: string): boolean {
  if (a.length < MIN_SKELETON || b.length < MIN_SKELETON) return false;
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 1) return false;
  return editDistance(a, b) <= 1;
}

export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}
