// The normalisation search applies to documents and queries, in TypeScript. The database's
// claimledger_search_normalise (migration "arabic_search") is what search uses; this mirror lets
// tests pin the rules and lets callers show what a query is read as. Keep the two identical
// (tests/integration/arabic-search.test.ts compares them on the same strings).

// Arabic diacritics (tashkeel U+064B-U+065F, superscript alef U+0670, Quranic marks U+06D6-U+06ED)
// and tatweel U+0640: writing variants that never change the word.
const MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;
const FOLD: Record<string, string> = {
  "أ": "ا",
  "إ": "ا",
  "آ": "ا",
  "ٱ": "ا",
  "ى": "ي",
  "ة": "ه",
};
const LETTER_VARIANTS = /[أإآٱىة]/gu;
// Arabic-Indic (U+0660-0669) and Persian (U+06F0-06F9) digits read as 0-9.
const DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/gu;

export function normaliseForSearch(text: string): string {
  return text
    .replace(MARKS, "")
    .replace(LETTER_VARIANTS, (ch) => FOLD[ch])
    .replace(DIGITS, (d) => {
      const cp = d.codePointAt(0)!;
      return String(cp >= 0x06f0 ? cp - 0x06f0 : cp - 0x0660);
    });
}
