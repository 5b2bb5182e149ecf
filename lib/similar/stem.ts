// How similar-claim matching normalises and stems one word: Arabic normalised as search does
// (letter variants, diacritics, Arabic-Indic digits), light suffix stripping in English, light
// prefix and suffix stripping in Arabic. Shared by the reading of statements (text.ts) and the
// vocabulary (vocabulary.ts), so both read a word alike. Pure and browser-safe.
import { normaliseForSearch } from "@/lib/dashboard/search-normalise";

export const ARABIC = /[\u0600-\u06FF]/;

// A Latin letter's accents ("Doğanyol", "Adré", "Esperance"/"Espérance"): outlets spell the same
// name with and without them. Only after Latin letters: Arabic's hamza forms are folded by the
// search normalisation's own rules, and NFC puts every other letter back together.
const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu;

/**
 * A word as the database's search document indexes it: like normaliseText but with its Latin
 * accents (the index has no unaccent), so that the candidate question can ask for both spellings.
 */
export function normaliseAsIndexed(text: string): string {
  return normaliseForSearch(text.normalize("NFKC")).toLowerCase();
}

/** Lower case, Latin accents and Arabic letter variants and diacritics folded, Arabic-Indic digits as 0-9. */
export function normaliseText(text: string): string {
  const unaccented = text.normalize("NFD").replace(LATIN_MARKS, "$1").normalize("NFKC");
  return normaliseForSearch(unaccented).toLowerCase();
}

/** English: a light suffix stripper (plural, -ed, -ing, -ly); enough to meet "killed" and "kills". */
export function stemEnglish(word: string): string {
  let w = word.replace(/['’]s$/, "");
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
  if (w.endsWith("sses")) return w.slice(0, -2);
  for (const suffix of ["ingly", "edly", "ing", "ed", "ly", "es", "s"]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      if (suffix === "s" && (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is"))) return w;
      if (suffix === "es" && !/(?:ch|sh|x|z|ss)es$/.test(w)) {
        w = w.slice(0, -1);
        break;
      }
      w = w.slice(0, -suffix.length);
      // "stopped" → "stop", "hoped" → "hop(e)": collapse a doubled final consonant.
      if ((suffix === "ed" || suffix === "ing") && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w))
        w = w.slice(0, -1);
      break;
    }
  }
  return w.replace(/e$/, "");
}

// Attached ب ل ف ك are taken off only with the article (بال، لل): alone they start too many words
// ("فيضان", "بلد"); the conjunction و is taken off on its own.
const ARABIC_PREFIXES = ["وال", "بال", "كال", "فال", "لل", "ال", "و"];
// The accusative alif of tanween ("قتيلاً" → "قتيل") and the feminine past ("نزحت") last.
const ARABIC_SUFFIXES = ["هما", "ات", "ان", "ون", "ين", "ها", "هم", "هن", "يه", "يا", "ه", "ي", "ا", "ت"];

/** Arabic: the attached conjunction and article ("والمدينة" → "مدينة"), keeping three letters. */
export function stripArabicPrefix(word: string): string {
  for (const prefix of ARABIC_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 3) return word.slice(prefix.length);
  }
  return word;
}

/** Arabic: light stemming (attached و ف ب ل ك and the article, common endings), keeping three letters. */
export function stemArabic(word: string): string {
  let w = stripArabicPrefix(word);
  for (const suffix of ARABIC_SUFFIXES) {
    // The feminine past only on a three-letter verb ("نزحت"), never on "تصويت".
    if (suffix === "ت" && w.length !== 4) continue;
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

/** The stem of an already normalised word, in its own script's way. */
export function stem(word: string): string {
  return ARABIC.test(word) ? stemArabic(word) : stemEnglish(word);
}

/** Words as statements are cut into them: letters (with an inner apostrophe) or a figure. */
export const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}]+)?|\p{N}+(?:[.,٫٬]\p{N}+)*/gu;
