// How similar-claim matching reads a statement: words reduced to comparable keys (Arabic
// normalised as search does, light stemming in English and Arabic, news paraphrases folded to one
// concept) and figures read as values ("1,200", "1.2 thousand", "twelve", "١٢" alike; numbers.ts
// reads them). Pure and browser-safe: the scorer (score.ts) and the page's highlighting use the
// same reading.
import { PLACE_KEY } from "./gazetteer";
import { ARABIC, normaliseText, stem, stripArabicPrefix, WORD } from "./stem";
import {
  canonicalNumber,
  CURRENCY_CODES,
  CURRENCY_SIGNS,
  isMoney,
  measureAfter,
  PERCENT,
  poweredUnit,
  readNumber,
  readShare,
  readShareOfScale,
  SCALES,
  toldAsApproximate,
  type Measure,
  type RawWord,
} from "./numbers";
import { MIN_SKELETON, skeleton } from "./transliterate";
import { conceptOf, isStopword, isWeakWord, membersOf, phraseAt } from "./vocabulary";

export interface Token {
  /** The comparable key: a stem or a concept ("@kill"). */
  key: string;
  /** The word as written, and where (UTF-16 offsets into the original statement). */
  surface: string;
  start: number;
  end: number;
  /** Common newsroom words weigh less ("government", "city"). */
  weak: boolean;
  /**
   * A word no concept covers, as a consonant skeleton (transliterate.ts): how a name meets its
   * spelling in the other script ("طبرق" / "Tobruk"). Arabic words and capitalised Latin words only.
   */
  alias: string | null;
}

export interface Figure {
  /** The value as a canonical string ("1200", "3.5", "40%"). */
  value: string;
  surface: string;
  start: number;
  end: number;
  /** The key of the nearest word it counts ("@kill" in "12 dead"), when there is one. */
  unit: string | null;
  /**
   * A share told in words ("nine in ten", "two-fifths", "a third", "نصف"): a percentage only
   * roughly, so it can agree with a figure near it but never conflicts with one (score.ts).
   */
  rough?: boolean;
  /**
   * A count told as a kind of number ("dozens", "مئات"): rough too, it agrees with any figure in
   * its range ("dozens of aftershocks" and "more than 40") and conflicts with none.
   */
  range?: [number, number];
  /** Told as approximate ("about 40", "نحو أربعين", "more than 1,500"): it may be a rounding of a figure further off. */
  approximate?: boolean;
  /** The convertible unit it is told in ("72 hours"), which another statement may give in another ("three days"). */
  measure?: Measure;
}

export interface ReadStatement {
  tokens: Token[];
  figures: Figure[];
}

export { normaliseText, stem } from "./stem";
export { numberWordsOf } from "./numbers";

/**
 * Arabic letters that attach to a word without the article: the prepositions ب ل ك and ف
 * ("بمقتل", "لمقتل") and the present tense's ي ("يقصف"). stem.ts leaves them on (alone they begin
 * too many words: "بلد", "تجارة"), so they are taken off only when what remains is a word of a
 * concept family. Not ت or ن: they begin verb forms of their own ("تعرّض", subjected to, is not
 * "عرض", an offer).
 */
const ATTACHED_LETTERS = ["ب", "ل", "ك", "ف", "ي"];
const PREPOSITIONS = ["ب", "ل", "ك", "ف"];

function conceptWithoutAttachedLetter(bare: string): string | null {
  for (const letter of ATTACHED_LETTERS) {
    if (!bare.startsWith(letter) || bare.length - 1 < 3) continue;
    const rest = bare.slice(1);
    const found = conceptOf(rest) ?? conceptOf(stripArabicPrefix(rest)) ?? conceptOf(stem(rest));
    if (found) return found;
  }
  return null;
}

/**
 * Families whose Arabic dual says "two" of them ("كيلومترين", two kilometres; "ساعتين", two hours):
 * units and spans. They take broken plurals (كيلومترات, ساعات), so ين/ان on them is the dual, not
 * the masculine plural it is on other nouns ("مهاجرين", migrants).
 */
const DUAL_UNITS = new Set([
  "@hour",
  "@minute",
  "@month",
  "@year",
  "@metre",
  "@kilometre",
  "@tonne",
  "@hectare",
  "@litre",
  "@kilogram",
  "@barrel",
  "@megawatt",
  "@dollar",
]);

/**
 * The singular of an Arabic feminine dual ("طائرتان", "طائرتين" → "طائره", two planes;
 * "أردنيتان" → "اردنيه", two Jordanian …). Its تان/تين ending is never a plural (the feminine plural
 * ends in ات), so unlike ين/ان it may be read on any noun or adjective: when the singular is a word
 * of a family.
 */
function feminineDualSingular(bare: string): string | null {
  if (bare.length < 5 || !/ت(?:ان|ين)$/.test(bare)) return null;
  const singular = `${bare.slice(0, -3)}ه`;
  return conceptOf(singular) ?? conceptOf(stem(singular)) ? singular : null;
}

/** The unit an Arabic dual names ("كيلومترين" → the kilometre family), if the word is one. */
function arabicDualUnit(text: string): string | null {
  const bare = stripArabicPrefix(text);
  const feminine = feminineDualSingular(bare);
  if (feminine) {
    // Any family's dual counts two of it ("طائرتان", two planes), but a place's is an adjective
    // agreeing with a noun ("طائرتان أردنيتان"): that noun already says two.
    const key = conceptOf(feminine) ?? conceptOf(stem(feminine));
    return key && !key.startsWith(PLACE_KEY) ? key : null;
  }
  if (bare.length < 5 || !/(?:ين|ان)$/.test(bare)) return null;
  const rest = bare.slice(0, -2);
  // A feminine noun's dual keeps its ت: ساعة → ساعتين (normalised: ساعه). The singular must be a
  // member as written: a broken plural ending alike ("أطنان", tonnes) leaves no singular ("اطن").
  for (const singular of rest.endsWith("ت") ? [`${rest.slice(0, -1)}ه`, rest] : [rest]) {
    const key = conceptOf(singular);
    if (key && DUAL_UNITS.has(key) && membersOf(key).includes(singular)) return key;
  }
  return null;
}

/** The set phrase at words[at] once an attached preposition is taken off its first word. */
function phraseAfterPreposition(words: RawWord[], forms: string[], at: number) {
  const first = words[at]!.text;
  if (!PREPOSITIONS.includes(first[0]!) || first.length - 1 < 3) return null;
  const bare = [...forms];
  bare[at] = stem(first.slice(1));
  return phraseAt(bare, at);
}

/** A word's comparable key: its concept when it has one, else its stem. */
export function keyOf(word: string): string {
  const normalised = normaliseText(word);
  const arabic = ARABIC.test(normalised);
  const bare = arabic ? stripArabicPrefix(normalised) : normalised;
  return (
    conceptOf(normalised) ??
    conceptOf(bare) ??
    conceptOf(stem(normalised)) ??
    (arabic ? conceptWithoutAttachedLetter(bare) : null) ??
    (arabic ? dualKey(bare) : null) ??
    stem(normalised)
  );
}

/** The family of an Arabic feminine dual's singular ("طائرتان" → the plane family). */
function dualKey(bare: string): string | null {
  const singular = feminineDualSingular(bare);
  return singular ? (conceptOf(singular) ?? conceptOf(stem(singular))) : null;
}

/**
 * "U.S." and "US" name the United States; read letter by letter they are "u" and "s", or the
 * function word "us". The dotted form is rewritten in place (same length, so offsets hold); the
 * capitalised "US" is recognised by its surface.
 */
const DOTTED_US = /\bU\.S\.(?:A\.)?/g;
const UNITED_STATES = "usa";

/**
 * A function word behind an attached conjunction or preposition ("ولم", "بنحو", "وفي"): و or ف,
 * then ب ل or ك, taken off only when what remains is a function word. Two-letter remains only
 * when they are particles that are never the end of a content word ("فقد" is also "lost").
 */
const SHORT_PARTICLES = new Set(["لم", "لن", "لا", "ما", "من", "في", "عن", "ان", "او", "ثم"]);
function attachedStopword(text: string): boolean {
  if (!ARABIC.test(text)) return false;
  let rest = text;
  for (const letters of ["وف", "بلك"]) {
    if (!letters.includes(rest[0] ?? "")) continue;
    rest = rest.slice(1);
    if (rest.length >= 3 ? isStopword(rest) : SHORT_PARTICLES.has(rest)) return true;
  }
  return false;
}

/** Reads a statement into comparable tokens and figures. */
export function readStatement(statement: string): ReadStatement {
  const normalised = normaliseText(statement);
  // normaliseText drops diacritics, so offsets shift: map words back through a search for them.
  const words: RawWord[] = [];
  const readable = statement.replace(DOTTED_US, (written) => "USA".padEnd(written.length, " "));
  for (const match of readable.normalize("NFKC").matchAll(WORD)) {
    const text = normaliseText(match[0]);
    if (text) words.push({ text, start: match.index, end: match.index + match[0].length });
  }
  void normalised;
  const forms = words.map((word) => stem(word.text));
  const tokens: Token[] = [];
  const figures: Figure[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const surface = statement.slice(word.start, word.end);
    // A set phrase ("walked off the job", "خفر السواحل") reads as its concept, function words and
    // all; also behind an attached preposition ("بطائرة من دون طيار").
    const phrase = phraseAt(forms, i) ?? phraseAfterPreposition(words, forms, i);
    if (phrase) {
      const last = words[i + phrase.length - 1]!;
      tokens.push({
        key: phrase.key,
        surface: statement.slice(word.start, last.end),
        start: word.start,
        end: last.end,
        weak: isWeakWord(phrase.key),
        alias: null,
      });
      i += phrase.length - 1;
      continue;
    }
    const shareOfScale = readShareOfScale(words, i);
    if (shareOfScale) {
      const end = words[shareOfScale.last]!.end;
      const approximate = toldAsApproximate(words, i);
      figures.push({ value: canonicalNumber(shareOfScale.value), surface: statement.slice(word.start, end), start: word.start, end, unit: null, ...(approximate && { approximate }) });
      i = shareOfScale.last;
      continue;
    }
    const share = readShare(words, i);
    if (share) {
      const end = words[share.last]!.end;
      figures.push({ value: `${share.percent}%`, surface: statement.slice(word.start, end), start: word.start, end, unit: null, rough: true });
      i = share.last;
      continue;
    }
    const number = readNumber(words, i, isMoney(statement, words, i));
    const sign = number ? CURRENCY_SIGNS[statement[word.start - 1] ?? ""] : undefined;
    if (sign) tokens.push({ key: sign, surface: statement[word.start - 1]!, start: word.start - 1, end: word.start, weak: isWeakWord(sign), alias: null });
    if (number) {
      const { value, last } = number;
      const first = i;
      const end = words[last]!.end;
      i = last;
      const after = words[i + 1];
      const afterNext = words[i + 2];
      let text = canonicalNumber(value);
      if (after && PERCENT.has(after.text)) text += "%";
      else if (after?.text === "في" && afterNext && /^الما?ئه$/.test(afterNext.text)) text += "%";
      else if (
        statement
          .slice(end, end + 2)
          .trim()
          .startsWith("%")
      )
        text += "%";
      const approximate = toldAsApproximate(words, first);
      figures.push({ value: text, surface: statement.slice(word.start, end), start: word.start, end, unit: null, ...(approximate && { approximate }) });
      continue;
    }
    if (SCALES[word.text]) continue;
    // A unit with its power glued on ("m3", "m³", "km2", "km²"): cubic metres, square kilometres.
    const powered = poweredUnit(words, i);
    if (powered) {
      const end = words[i + 1]!.end;
      tokens.push({ key: powered, surface: statement.slice(word.start, end), start: word.start, end, weak: isWeakWord(powered), alias: null });
      i++;
      continue;
    }
    // A currency told by its sign or code ("$12m", "SAR2.1bn", "EGP 300"): the currency's family.
    const currency = /^[A-Z]{3}$/.test(surface) ? CURRENCY_CODES[surface] : undefined;
    if (currency) {
      tokens.push({ key: currency, surface, start: word.start, end: word.end, weak: isWeakWord(currency), alias: null });
      continue;
    }
    const unitedStates = surface === "US" && statement[word.end] !== "$";
    if (!unitedStates && isStopword(word.text)) continue;
    const key = keyOf(unitedStates ? UNITED_STATES : word.text);
    // A family's word first: "والي" is a governor before it is و + "الي".
    if (!key.startsWith("@") && attachedStopword(word.text)) continue;
    const dual = ARABIC.test(word.text) ? arabicDualUnit(word.text) : null;
    if (dual) figures.push({ value: "2", surface, start: word.start, end: word.end, unit: dual });
    if (isStopword(key)) continue;
    tokens.push({
      key,
      surface,
      start: word.start,
      end: word.end,
      weak: isWeakWord(key),
      alias: aliasOf(word.text, surface, key),
    });
  }
  labourStrikes(tokens);
  for (const token of tokens) {
    const range = COUNT_RANGES[token.key];
    if (range) figures.push({ value: String(range[0]), surface: token.surface, start: token.start, end: token.end, unit: null, rough: true, range });
  }
  for (const figure of figures) {
    const measure = measureAfter(words, figure.end);
    if (measure) figure.measure = measure;
    // A figure counts the nearest content word after it ("12 dead"), else before it ("killed 12");
    // a dual names its own unit.
    if (figure.unit) continue;
    const after = tokens.find((token) => token.start >= figure.end && !token.weak && token.start - figure.end < 40);
    const before = [...tokens].reverse().find((token) => token.end <= figure.start && figure.start - token.end < 40);
    figure.unit = (after ?? before)?.key ?? null;
  }
  return { tokens, figures };
}

/**
 * What "dozens" and "hundreds" ("عشرات", "مئات") count: outlets write "dozens of aftershocks" where
 * another wrote "more than 40". Not "thousands": it is used of anything from 1,500 to 50,000.
 */
const COUNT_RANGES: Record<string, [number, number]> = { "@dozens": [20, 99], "@hundreds": [200, 999] };

/** Who strikes in a labour dispute, and what they strike over. */
const LABOUR_KEYS = new Set(["@worker", "@dockworker", "@teacher", "@nurse", "@doctor", "@union", "@employer", "@pay"]);
const ATTACK_KEY = "@attack";
const WALKOUT_KEY = "@walkout";

/**
 * "Strike" alone is an attack ("a strike on the hospital") unless the statement speaks of workers,
 * a union or pay ("a strike by dock workers halted the port"): then it is a walkout, as the set
 * phrases ("went on strike", Arabic "إضراب") already read.
 */
function labourStrikes(tokens: Token[]): void {
  if (!tokens.some((token) => LABOUR_KEYS.has(token.key))) return;
  for (const token of tokens)
    if (token.key === ATTACK_KEY && /^strik/i.test(token.surface)) {
      token.key = WALKOUT_KEY;
      token.weak = isWeakWord(WALKOUT_KEY);
    }
}

/** A word's consonant skeleton, however short, if it may be a name (no concept; Arabic, or capitalised). */
function nameSkeletonOf(text: string, surface: string, key: string): string | null {
  if (key.startsWith("@")) return null;
  const arabic = ARABIC.test(text);
  if (!arabic && !/^\p{Lu}/u.test(surface)) return null;
  return skeleton(arabic ? stripArabicPrefix(text) : text);
}

/** A word's skeleton for meeting its spelling in the other script: names only, long enough not to meet by chance. */
function aliasOf(text: string, surface: string, key: string): string | null {
  const alias = nameSkeletonOf(text, surface, key);
  return alias && alias.length >= MIN_SKELETON ? alias : null;
}

/**
 * The skeleton of a token that may be a name, short ones included: a name of two short words
 * ("خور مور" / "Khor Mor") is compared whole (names.ts), each word being too short to compare alone.
 */
export function nameSkeleton(token: Token): string | null {
  return nameSkeletonOf(normaliseText(token.surface), token.surface, token.key);
}

/** Counts words the way the short-claim rule does (fewer than 8 words is short). */
export function wordCount(statement: string): number {
  return [...statement.matchAll(WORD)].length;
}
