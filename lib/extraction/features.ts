// Tokenisation and the features the check-worthiness model reads.
// Two kinds: named features (each one a human-readable reason) and word n-grams (learned wording).

import {
  ATTRIBUTION_VERBS,
  AUXILIARIES,
  COMPARATIVE_WORDS,
  ED_NOT_VERBS,
  EVENT_VERBS,
  EXHORTATION_OPENERS,
  IRREGULAR_PAST,
  MONTHS,
  NUMBER_WORDS,
  OPINION_WORDS,
  ORG_HEADS,
  PERSON_TITLES,
  PLACE_PREPOSITIONS,
  PLACES,
  PREDICTION_WORDS,
  QUANTITY_UNITS,
  QUESTION_OPENERS,
  RELATIVE_DATES,
  VERB_BASES,
  WEEKDAYS,
} from "./lexicon";
import { arabicFeatures, isArabicText } from "./arabic";
import { lengthBucket } from "./length-bucket";

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// Initialisms ("U.S."), words with inner apostrophes, dots, commas or hyphens ("10,916,589",
// "97.29", "Al-Rastan", "don't"), and any other single non-space code point. Linear: each run of
// letters and digits is separated from the next by exactly one joiner that the runs cannot match,
// so a token is read once and never re-split on backtracking.
// Arabic decimal and thousands separators ("٢٩٫٢٥", "٢٬٤٠٠") join digits like "." and ",".
const TOKEN_RE = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’.,\-٫٬][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    tokens.push({
      text: m[0],
      lower: m[0].toLowerCase(),
      start: offset + m.index,
      end: offset + m.index + m[0].length,
    });
  }
  return tokens;
}

const HAS_DIGIT = /\p{N}/u;
const IS_WORD = /^[\p{L}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,})$/u;
const YEAR = /^(?:1[89]\d\d|20\d\d)s?$/;
const CURRENCY = /^[$€£¥₹]$/;

export function isWord(token: Token): boolean {
  return IS_WORD.test(token.text);
}

/** Past tense or participle that can head a verb phrase ("attacked", "took"). */
export function isPastVerb(lower: string): boolean {
  if (IRREGULAR_PAST.has(lower)) return true;
  return lower.length >= 5 && lower.endsWith("ed") && !ED_NOT_VERBS.has(lower) && /^\p{Ll}+$/u.test(lower);
}

/** Third-person present of a known verb ("raises", "extends"). */
export function isPresentSVerb(lower: string): boolean {
  if (!lower.endsWith("s") || lower.length < 4) return false;
  if (VERB_BASES.has(lower.slice(0, -1))) return true;
  return lower.endsWith("es") && VERB_BASES.has(lower.slice(0, -2));
}

export function isFiniteVerb(lower: string): boolean {
  return AUXILIARIES.has(lower) || isPastVerb(lower) || isPresentSVerb(lower);
}

/** Named features: each key is shown to users as a reason when it moves the score. */
export const FEATURE_REASONS = {
  number: "contains a number or quantity",
  money: "gives a percentage or amount of money",
  date: "mentions a date or time",
  place: "names a place",
  entity: "names a person or organisation",
  event: "reports an event or action",
  attribution: 'attributed ("said", "according to")',
  comparison: "compares or ranks",
  opinion: "opinion language",
  prediction: "prediction or plan",
  exhortation: "exhortation or call to action",
  question: "question",
  firstPerson: "speaks in the first person",
  secondPerson: "addresses the reader or listener",
  short: "too short to check",
  noVerb: "no verb (heading or label)",
} as const;

export type FeatureName = keyof typeof FEATURE_REASONS;

export interface SentenceFeatures {
  named: FeatureName[];
  /** Length bucket, learned but never shown as a reason. */
  lengthBucket: string;
  ngrams: string[];
}

function shape(token: Token): string {
  if (YEAR.test(token.text)) return "<year>";
  if (HAS_DIGIT.test(token.text)) return "<num>";
  return token.lower;
}


export function extractFeatures(text: string, tokens: Token[] = tokenize(text)): SentenceFeatures {
  // Arabic sentences are read with Arabic words (arabic.ts); English rules would see no verb.
  if (isArabicText(text)) return arabicFeatures(tokens);
  const named = new Set<FeatureName>();
  const words = tokens.filter(isWord);
  let verbs = 0;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lower = t.lower;
    const prev = i > 0 ? tokens[i - 1] : undefined;
    const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
    const sentenceStart = i === 0 || (prev !== undefined && /^["“‘'(\[]$/.test(prev.text) && i === 1);

    if (HAS_DIGIT.test(t.text)) {
      named.add("number");
      if (YEAR.test(t.text)) named.add("date");
    }
    if (NUMBER_WORDS.has(lower) || QUANTITY_UNITS.has(lower)) named.add("number");
    if (CURRENCY.test(t.text) || t.text === "%" || lower === "percent" || lower === "billion" || lower === "million" || lower === "dollars") {
      named.add("money");
    }
    if (WEEKDAYS.has(lower) || RELATIVE_DATES.has(lower)) named.add("date");
    if (MONTHS.has(lower) && UPPER_START.test(t.text) && (lower !== "may" || (next !== undefined && HAS_DIGIT.test(next.text)))) {
      named.add("date");
    }
    if (isFiniteVerb(lower)) verbs++;
    if (EVENT_VERBS.has(lower) || (isPastVerb(lower) && !AUXILIARIES.has(lower))) named.add("event");
    if (ATTRIBUTION_VERBS.has(lower)) named.add("attribution");
    if (COMPARATIVE_WORDS.has(lower) || /^\p{Ll}+est$/u.test(lower) && lower.length > 6) named.add("comparison");
    if (OPINION_WORDS.has(lower)) named.add("opinion");
    if (PREDICTION_WORDS.has(lower)) named.add("prediction");
    if (lower === "i" || lower === "we" || lower === "my" || lower === "our" || lower === "me" || lower === "us" || lower === "i'm" || lower === "we're" || lower === "we've" || lower === "i've") {
      named.add("firstPerson");
    }
    if (lower === "you" || lower === "your" || lower === "you're") named.add("secondPerson");

    if (UPPER_START.test(t.text) && t.text.length > 1) {
      if (PLACES.has(lower)) named.add("place");
      else if (!sentenceStart && prev && PLACE_PREPOSITIONS.has(prev.lower) && !MONTHS.has(lower) && !WEEKDAYS.has(lower)) {
        named.add("place");
      }
      if (ACRONYM.test(t.text) && t.text !== "I") named.add("entity");
      else if (ORG_HEADS.has(lower) && prev && UPPER_START.test(prev.text)) named.add("entity");
      else if (prev && PERSON_TITLES.has(prev.lower.replace(/\.$/, "")) && UPPER_START.test(prev.text)) named.add("entity");
      else if (!sentenceStart && next && UPPER_START.test(next.text) && !PLACES.has(lower) && !MONTHS.has(lower) && !WEEKDAYS.has(lower)) {
        named.add("entity"); // two capitalised words mid-sentence: a name
      }
    }
  }
  if (tokens.some((t) => t.text === "according") && tokens.some((t) => t.lower === "to")) named.add("attribution");

  // A question: ends with "?" (before closing quotes) or opens with an interrogative + auxiliary.
  const last = [...tokens].reverse().find((t) => !/^["”’')\]]$/.test(t.text));
  if (last?.text === "?") named.add("question");
  const first = words[0];
  if (first) {
    if (EXHORTATION_OPENERS.has(first.lower) && (words.length < 2 || LOWER_START.test(words[1].text) || first.lower === "let")) {
      named.add("exhortation");
    }
    if (QUESTION_OPENERS.has(first.lower) && last?.text === "?") named.add("question");
  }
  const joined = " " + words.map((w) => w.lower).join(" ") + " ";
  if (/ (we|you) (must|need to|have to|should|ought to) | let's | let us /.test(joined)) named.add("exhortation");
  if (/ going to | is due to | are due to | plans? to /.test(joined)) named.add("prediction");
  if (/ i (think|believe|feel|guess|suppose) | in my (view|opinion) /.test(joined)) named.add("opinion");
  if (words.length < 5) named.add("short");
  if (verbs === 0) named.add("noVerb");

  const grams: string[] = [];
  const shapes = words.map(shape);
  for (let i = 0; i < shapes.length; i++) {
    grams.push(shapes[i]);
    grams.push(i === 0 ? `<s> ${shapes[i]}` : `${shapes[i - 1]} ${shapes[i]}`);
  }
  if (last?.text === "?") grams.push("<?>");

  return { named: [...named], lengthBucket: lengthBucket(words.length), ngrams: grams };
}
