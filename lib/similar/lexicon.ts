// A bilingual word list for matching claims across English and Arabic: which English word may
// translate which Arabic word, as the comparable keys of text.ts (stems, or a concept family's key
// when one side's word is in a family). The hand-written families cover the news vocabulary that
// matters most, one meaning each; a translation dictionary reaches the rest ("إطفاء" /
// "extinguish", "مصادرة" / "confiscate") with its many senses, so the scorer only uses it for
// words the families left unshared across languages, and credits it below a family (score.ts).
// Built from a dictd dictionary's entries (lexicon-file.ts reads them). Pure.
import { ARABIC, normaliseText, WORD } from "./stem";
import { keyOf } from "./text";
import { isStopword } from "./vocabulary";

export interface Lexicon {
  /** Key → keys it may translate (both directions held). */
  translations: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * A key's word as the dictionary writes it (normalised), for asking the search index for a
   * translation: the index holds words, not this module's keys.
   */
  spellings: ReadonlyMap<string, string>;
}

export const EMPTY_LEXICON: Lexicon = { translations: new Map(), spellings: new Map() };

/** One dictionary entry: a headword and its translations, as written. */
export interface LexiconEntry {
  headword: string;
  translations: string[];
}

// Shorter keys are too often other words once stemmed ("مد", "art").
const MIN_KEY_LENGTH = 3;
// A word with more translations than this is too general to say two claims share a meaning.
const MAX_TRANSLATIONS = 12;

/**
 * The one content word of a headword or translation, as its comparable key; null for a phrase of
 * several content words ("عمليات الانقطاع"), a name with an explanation keeps its first part
 * ("أديس أبابا - عاصمة أثيوبيا" is two words, so null).
 */
function singleWord(text: string): { word: string; key: string } | null {
  const head = text.split(/\s[-–(;]\s?|[,،؛(]/)[0] ?? "";
  const content = [...head.matchAll(WORD)]
    .map((match) => normaliseText(match[0]))
    .filter((word) => word && !/^\d/.test(word) && !isStopword(word));
  if (content.length !== 1) return null;
  const word = content[0]!;
  const key = keyOf(word);
  if (isStopword(key) || (!key.startsWith("@") && key.length < MIN_KEY_LENGTH)) return null;
  return { word, key };
}

/**
 * The lexicon of some dictionaries' entries (English → Arabic and Arabic → English alike): every
 * pair of a single-word headword and a single-word translation in the other script, as keys. Pairs
 * whose two keys are both concept families are left out: the families already decide those (two
 * families a dictionary links are kept apart on purpose).
 */
export function buildLexicon(entries: Iterable<LexiconEntry>): Lexicon {
  const translations = new Map<string, Set<string>>();
  const spellings = new Map<string, string>();
  // Many entries repeat a word (every inflection is a headword of its own): read each once.
  const read = new Map<string, ReturnType<typeof singleWord>>();
  const readOnce = (text: string) => {
    if (!read.has(text)) read.set(text, singleWord(text));
    return read.get(text)!;
  };
  const link = (from: string, to: string) => {
    let set = translations.get(from);
    if (!set) translations.set(from, (set = new Set()));
    set.add(to);
  };
  for (const { headword, translations: written } of entries) {
    const head = readOnce(headword);
    if (!head) continue;
    const headArabic = ARABIC.test(headword);
    for (const translation of written) {
      if (ARABIC.test(translation) === headArabic) continue;
      const other = readOnce(translation);
      if (!other || other.key === head.key || (other.key.startsWith("@") && head.key.startsWith("@"))) continue;
      link(head.key, other.key);
      link(other.key, head.key);
      for (const { key, word } of [head, other]) if (!spellings.has(key)) spellings.set(key, word);
    }
  }
  for (const [key, set] of translations) {
    if (set.size <= MAX_TRANSLATIONS) continue;
    translations.delete(key);
    for (const partner of set) {
      const others = translations.get(partner);
      others?.delete(key);
      if (others?.size === 0) translations.delete(partner);
    }
  }
  return { translations, spellings };
}

/** Whether the lexicon says one key may translate the other. */
export function mayTranslate(lexicon: Lexicon, a: string, b: string): boolean {
  return lexicon.translations.get(a)?.has(b) ?? false;
}

/** The words (as the dictionary spells them) of a key's translations that no family covers, at most `limit`. */
export function translatedWords(lexicon: Lexicon, key: string, limit: number): string[] {
  const words: string[] = [];
  for (const other of lexicon.translations.get(key) ?? []) {
    const word = lexicon.spellings.get(other);
    if (!other.startsWith("@") && word) words.push(word);
    if (words.length >= limit) break;
  }
  return words;
}
