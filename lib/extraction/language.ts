// Is this text language at all? Pasted binary, random code points or keyboard noise must give no
// claims (the model, which rewards numbers and capitalised words, scored random code points up to
// 0.77), and the import form should say why. Pure and linear: one pass over the code points,
// counting, then a few ratios. Deliberately lenient: every real language and script passes, tables
// of figures pass; only text whose letters could not be words is refused.

export type NotLanguageReason = "control characters" | "symbols" | "mixed scripts" | "not words";

export interface LanguageAssessment {
  isLanguage: boolean;
  /** Why the text is not language, or null when it is (or is too short to tell). */
  reason: NotLanguageReason | null;
}

const MESSAGES: Record<NotLanguageReason, string> = {
  "control characters": "The text is mostly unassigned, private-use or control characters, not language.",
  symbols: "The text is mostly symbols and punctuation, not language.",
  "mixed scripts":
    "The words mix letters from unrelated alphabets, which no language does: this looks like random characters.",
  "not words":
    "The letters do not form words (too few vowels, or letters run together without spaces): this looks like random characters.",
};

/** A sentence for the import form, e.g. "The text is mostly symbols and punctuation, not language." */
export function notLanguageMessage(reason: NotLanguageReason): string {
  return MESSAGES[reason];
}

// Below this many non-space code points there is too little to judge: say "language".
const MIN_CHARS = 20;
const MAX_OTHER_SHARE = 0.1;
const MAX_SYMBOL_SHARE = 0.35;
const MAX_MIXED_SHARE = 0.25;
// Latin letters: vowels are about 0.38 of letters in English, 0.33 to 0.48 in other European
// languages; uniformly random letters give 6/26 = 0.23.
const MIN_LATIN_FOR_VOWELS = 40;
const MIN_VOWEL_SHARE = 0.28;
// Share of word-like runs (3+ Latin letters) with 4+ consonants in a row or a capital after a
// small letter ("qZkt"): a few per cent in real text ("strengths", "iPhone"), about half in noise.
const MAX_ODD_WORD_SHARE = 0.3;
// Space-separated scripts: a run of 25+ characters without a space is rarely a word.
const LONG_RUN = 25;
const MAX_LONG_RUN_SHARE = 0.5;

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const OTHER = /[\p{Cc}\p{Cn}\p{Co}\p{Cs}]/u;
const SYMBOL_OR_PUNCT = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;
const LATIN_VOWELS = new Set("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœāăąēĕėęěīĭįıōŏőũūŭůűųŷ");

const [SPACE_KIND, LETTER_KIND, MARK_KIND, DIGIT_KIND, SYMBOL_KIND, OTHER_KIND] = [0, 1, 2, 3, 4, 5];

function classify(cp: number): number {
  if (cp < 0x80) {
    if (cp === 32 || (cp >= 9 && cp <= 13)) return SPACE_KIND;
    if ((cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122)) return LETTER_KIND;
    if (cp >= 48 && cp <= 57) return DIGIT_KIND;
    return cp < 32 || cp === 127 ? OTHER_KIND : SYMBOL_KIND;
  }
  const ch = String.fromCodePoint(cp);
  if (LETTER.test(ch)) return LETTER_KIND;
  if (MARK.test(ch)) return MARK_KIND;
  if (SPACE.test(ch)) return SPACE_KIND;
  if (SYMBOL_OR_PUNCT.test(ch)) return SYMBOL_KIND;
  if (OTHER.test(ch)) return OTHER_KIND;
  return DIGIT_KIND; // numbers of other scripts; format characters (ZWJ, bidi marks) count as neutral
}

function isLatinVowel(cp: number): boolean {
  if (cp < 0x80) {
    const lower = cp | 0x20;
    return lower === 97 || lower === 101 || lower === 105 || lower === 111 || lower === 117 || lower === 121;
  }
  return LATIN_VOWELS.has(String.fromCodePoint(cp).toLowerCase());
}

function isUpperLatin(cp: number): boolean {
  if (cp < 0x80) return cp >= 65 && cp <= 90;
  const ch = String.fromCodePoint(cp);
  return ch !== ch.toLowerCase();
}

/**
 * A coarse script id for a letter: letters of one word share it in every language. Han, kana and
 * bopomofo are one group (Japanese mixes them inside words); everything not listed is its 256-code
 * point block, which is enough to tell unrelated alphabets apart.
 */
function scriptOf(cp: number): number {
  if (
    cp < 0x250 ||
    (cp >= 0x1e00 && cp <= 0x1eff) ||
    (cp >= 0x2c60 && cp <= 0x2c7f) ||
    (cp >= 0xa720 && cp <= 0xa7ff) ||
    (cp >= 0xff21 && cp <= 0xff5a)
  )
    return 1; // Latin
  if (cp >= 0x370 && cp <= 0x3ff) return 2; // Greek
  if (cp >= 0x1f00 && cp <= 0x1fff) return 2;
  if (cp >= 0x400 && cp <= 0x52f) return 3; // Cyrillic
  if (
    (cp >= 0x600 && cp <= 0x6ff) ||
    (cp >= 0x750 && cp <= 0x77f) ||
    (cp >= 0x8a0 && cp <= 0x8ff) ||
    (cp >= 0xfb50 && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfeff)
  )
    return 4; // Arabic
  if ((cp >= 0x590 && cp <= 0x5ff) || (cp >= 0xfb1d && cp <= 0xfb4f)) return 5; // Hebrew
  if (
    (cp >= 0x2e80 && cp <= 0x2fdf) ||
    (cp >= 0x3005 && cp <= 0x3007) ||
    (cp >= 0x3040 && cp <= 0x31ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff66 && cp <= 0xff9f) ||
    (cp >= 0x20000 && cp <= 0x3134f)
  )
    return 6; // Han + kana
  if ((cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f) || (cp >= 0xac00 && cp <= 0xd7af)) return 7; // Hangul
  return 1000 + (cp >> 8);
}

/** Scripts written without spaces between words: long runs there are normal. */
const isUnspacedScript = (script: number): boolean =>
  script === 6 || script === 1000 + 0x0e || script === 1000 + 0x0f || script === 1000 + 0x10 || script === 1000 + 0x17;

/** What the verdict is made of; counts of parts of a text add up to the counts of the whole. */
export interface LanguageCounts {
  nonSpace: number;
  other: number;
  symbols: number;
  letters: number;
  mixedLetters: number;
  latin: number;
  vowels: number;
  latinWords: number;
  oddWords: number;
  spacedChars: number;
  longRunChars: number;
}

export function assessLanguage(text: string): LanguageAssessment {
  return judgeLanguage(countLanguage(text));
}

export function addLanguageCounts(a: LanguageCounts, b: LanguageCounts): LanguageCounts {
  const out = { ...a };
  for (const key of Object.keys(b) as Array<keyof LanguageCounts>) out[key] += b[key];
  return out;
}

/** Counts over text[start, end), cut at whitespace (callers pass whole paragraphs or lines). */
export function countLanguage(text: string, start = 0, end = text.length): LanguageCounts {
  let nonSpace = 0;
  let other = 0;
  let symbols = 0;
  let letters = 0;
  let mixedLetters = 0;
  let latin = 0;
  let vowels = 0;
  let latinWords = 0;
  let oddWords = 0;
  let spacedChars = 0;
  let longRunChars = 0;

  // The current letter run (a word) and the current non-space run.
  let wordLetters = 0;
  let wordScript = -1;
  let wordMixed = false;
  let wordLatinOnly = true;
  let consonantRun = 0;
  let wordOdd = false;
  let wordHasLower = false;
  let wordLatin = 0;
  let wordVowels = 0;
  let prevLower = false;
  let runLength = 0;
  let runSpaced = 0;

  const endWord = (): void => {
    if (wordLetters > 0) {
      if (wordMixed) mixedLetters += wordLetters;
      // Acronyms ("FTSE", "NSW") are neither words nor noise: only words with a small letter count.
      if (wordHasLower) {
        latin += wordLatin;
        vowels += wordVowels;
        if (wordLatinOnly && wordScript === 1 && wordLetters >= 3) {
          latinWords++;
          if (wordOdd) oddWords++;
        }
      }
    }
    wordLetters = 0;
    wordScript = -1;
    wordMixed = false;
    wordLatinOnly = true;
    consonantRun = 0;
    wordOdd = false;
    wordHasLower = false;
    wordLatin = 0;
    wordVowels = 0;
    prevLower = false;
  };
  const endRun = (): void => {
    if (runLength >= LONG_RUN) longRunChars += runSpaced;
    spacedChars += runSpaced;
    runLength = 0;
    runSpaced = 0;
  };

  // Code points by index (no iterator, no regex for ASCII): this runs over every import.
  for (let i = start; i < end; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < end) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const kind = classify(cp);
    if (kind === SPACE_KIND) {
      endWord();
      endRun();
      continue;
    }
    nonSpace++;
    runLength++;
    if (kind === LETTER_KIND) {
      letters++;
      const script = scriptOf(cp);
      if (!isUnspacedScript(script)) runSpaced++;
      if (wordScript === -1) wordScript = script;
      else if (script !== wordScript) wordMixed = true;
      wordLetters++;
      if (script === 1) {
        wordLatin++;
        const upper = isUpperLatin(cp);
        if (isLatinVowel(cp)) {
          wordVowels++;
          consonantRun = 0;
        } else if (++consonantRun >= 4) wordOdd = true;
        if (prevLower && upper) wordOdd = true;
        prevLower = !upper;
        if (prevLower) wordHasLower = true;
      } else wordLatinOnly = false;
      continue;
    }
    if (kind === MARK_KIND) continue; // combining marks belong to the letter before
    endWord();
    runSpaced++;
    if (kind === OTHER_KIND) other++;
    else if (kind === SYMBOL_KIND) symbols++;
  }
  endWord();
  endRun();
  return {
    nonSpace,
    other,
    symbols,
    letters,
    mixedLetters,
    latin,
    vowels,
    latinWords,
    oddWords,
    spacedChars,
    longRunChars,
  };
}

export function judgeLanguage(counts: LanguageCounts): LanguageAssessment {
  const {
    nonSpace,
    other,
    symbols,
    letters,
    mixedLetters,
    latin,
    vowels,
    latinWords,
    oddWords,
    spacedChars,
    longRunChars,
  } = counts;
  if (nonSpace < MIN_CHARS) return { isLanguage: true, reason: null };
  const refuse = (reason: NotLanguageReason): LanguageAssessment => ({ isLanguage: false, reason });
  if (other / nonSpace > MAX_OTHER_SHARE) return refuse("control characters");
  if (symbols / nonSpace > MAX_SYMBOL_SHARE) return refuse("symbols");
  if (letters > 0 && mixedLetters / letters > MAX_MIXED_SHARE) return refuse("mixed scripts");
  if (spacedChars >= MIN_CHARS && longRunChars / spacedChars > MAX_LONG_RUN_SHARE) return refuse("not words");
  if (latin >= MIN_LATIN_FOR_VOWELS && latin >= letters / 2) {
    const vowelShare = vowels / latin;
    const oddShare = latinWords === 0 ? 0 : oddWords / latinWords;
    if (
      (vowelShare < MIN_VOWEL_SHARE && oddShare > MAX_ODD_WORD_SHARE / 2) ||
      (latinWords >= 8 && oddShare > MAX_ODD_WORD_SHARE)
    ) {
      return refuse("not words");
    }
  }
  return { isLanguage: true, reason: null };
}
