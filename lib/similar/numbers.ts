// How similar-claim matching reads figures in a statement's words (text.ts): digits, number words
// and ordinals in English and Arabic, scales ("2.5 million", "400 ألف", "$12m"), a half added
// ("مليون ونصف"), shares ("a third", "نصف") and shares of a scale ("ربع مليون"), money told by a
// sign or a currency code, units with a glued power ("m3"), and the words that mark a figure as
// approximate. Pure and browser-safe, as text.ts is.
import { ARABIC, normaliseText, stemArabic, stripArabicPrefix } from "./stem";

export const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  bn: 1e9,
  mn: 1e6,
  الف: 1e3,
  الاف: 1e3,
  مليون: 1e6,
  ملايين: 1e6,
  مليار: 1e9,
  مليارات: 1e9,
};

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  // Arabic, after the search normalisation (ة → ه, أ → ا).
  واحد: 1,
  اثنان: 2,
  اثنين: 2,
  اثنتي: 2,
  اثنتا: 2,
  اثني: 2,
  اثنا: 2,
  احد: 1,
  احدي: 1,
  ثلاث: 3,
  ثلاثه: 3,
  اربع: 4,
  اربعه: 4,
  خمس: 5,
  خمسه: 5,
  ست: 6,
  سته: 6,
  سبع: 7,
  سبعه: 7,
  ثماني: 8,
  ثمانيه: 8,
  تسع: 9,
  تسعه: 9,
  عشر: 10,
  عشره: 10,
  عشرين: 20,
  عشرون: 20,
  ثلاثين: 30,
  ثلاثون: 30,
  اربعين: 40,
  اربعون: 40,
  خمسين: 50,
  خمسون: 50,
  ستين: 60,
  ستون: 60,
  سبعين: 70,
  سبعون: 70,
  ثمانين: 80,
  ثمانون: 80,
  تسعين: 90,
  تسعون: 90,
  مئه: 100,
  مائه: 100,
  مئتين: 200,
  مائتين: 200,
  مئتان: 200,
  مائتان: 200,
  مئتي: 200,
  مائتي: 200,
  // Duals that are counts: two days, two thousand, two million, two billion.
  يومين: 2,
  يومان: 2,
  الفين: 2000,
  الفان: 2000,
  الفي: 2000,
  مليونين: 2e6,
  مليونان: 2e6,
  مليوني: 2e6,
  مليارين: 2e9,
  ملياران: 2e9,
  ملياري: 2e9,
};

const ORDINAL_SUFFIX = new Set(["st", "nd", "rd", "th"]);

// Ordinals from the third on; "first" and "second" (and "الأول", "الثاني" alone) are left out.
const ORDINAL_WORDS: Record<string, number> = {
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  // Arabic, after the article: "الثالث", "الخامسة".
  ثالث: 3,
  رابع: 4,
  خامس: 5,
  سادس: 6,
  سابع: 7,
  ثامن: 8,
  تاسع: 9,
  عاشر: 10,
};
// Arabic ordinal units that take "عشر" for 11th-19th ("الحادي عشر", "الثاني عشر").
const ARABIC_ORDINAL_UNITS: Record<string, number> = { حادي: 1, ثاني: 2, ...ORDINAL_WORDS };
const ORDINAL_TEENS_OF = new Set(Array.from({ length: 9 }, (_, i) => 111 + i));

/** Scales written as one letter glued to an amount of money ("$12m", "€40k", "$1.2b"). */
const GLUED_SCALES: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

const ARABIC_SINGLE_SCALES: Record<string, number> = { الف: 1e3, مليون: 1e6, مليار: 1e9 };

/** The sizes a scale word names, largest first. */
export const SCALE_SIZES = [1e9, 1e6, 1e3];

/**
 * How a scale is written after a figure, as these tables read it: glued to the figure ("3m",
 * "2bn", "40k") or as a word ("million", "ملايين").
 */
export function scaleSpellings(size: number): { glued: string[]; words: string[] } {
  const named = Object.keys(SCALES).filter((word) => SCALES[word] === size);
  const abbreviation = (word: string) => /^[a-z]{1,2}$/.test(word);
  return {
    glued: [...Object.keys(GLUED_SCALES).filter((letter) => GLUED_SCALES[letter] === size), ...named.filter(abbreviation)],
    words: named.filter((word) => !abbreviation(word)),
  };
}

export const PERCENT = new Set(["percent", "per", "%", "بالمئه", "بالمائه", "في المئه"]);

export function canonicalNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
}

/** The words a value is written with in either language ("12" → twelve, dozen; "3" → three, ثلاث, ثلاثه). */
export function numberWordsOf(value: string): string[] {
  return Object.entries(NUMBER_WORDS)
    .filter(([, number]) => String(number) === value)
    .map(([word]) => word);
}

/** A number written as a word ("twelve", "خمسين", "بثمانية"), or null. */
function numberWord(text: string): number | null {
  const direct = NUMBER_WORDS[text];
  if (direct !== undefined) return direct;
  if (!ARABIC.test(text)) return null;
  // An attached preposition or conjunction: "بثمانية", "وخمسين".
  const bare = /^[وبلفك]/.test(text) ? text.slice(1) : text;
  const attached = NUMBER_WORDS[bare] ?? NUMBER_WORDS[bare.replace(/ا$/, "")];
  if (attached !== undefined) return attached;
  // The article on a count ("الطوابق الأربعة", the four floors; "بالأربعة", "للثلاثة"): from three
  // on, so that the days "الأحد" (Sunday, "one") and "الاثنين" (Monday, "two") stay days, and
  // under a hundred, so that "بالمئة" stays "percent".
  const definite = /^(?:[وبفك]?ال|لل)/.exec(text);
  const counted = definite ? NUMBER_WORDS[text.slice(definite[0].length)] : undefined;
  return counted !== undefined && counted >= 3 && counted < 100 ? counted : null;
}

/**
 * An ordinal word ("twelfth", "الخامس") as its value; an Arabic ordinal teen ("الثاني عشر") as
 * 100 + its value, so that readNumber knows to take the "عشر" with it.
 */
function ordinalWord(words: RawWord[], at: number): number | null {
  const text = words[at]!.text;
  if (!ARABIC.test(text)) return ORDINAL_WORDS[text] ?? null;
  const bare = stripArabicPrefix(text).replace(/ه$/, "");
  const teen = words[at + 1]?.text;
  const unit = ARABIC_ORDINAL_UNITS[bare];
  if (unit !== undefined && unit < 10 && (teen === "عشر" || teen === "عشره")) return 110 + unit;
  return bare in ORDINAL_WORDS ? ORDINAL_WORDS[bare]! : null;
}

/** "1,200" → 1200, "3.5" → 3.5, "1.200" (dot thousands) → 1200. */
function parseDigits(text: string): number {
  const ascii = text.replace(/٫/g, ".").replace(/٬/g, ",");
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(ascii)) return Number(ascii.replace(/,/g, ""));
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(ascii)) return Number(ascii.replace(/\./g, ""));
  return Number(ascii.replace(/,/g, "."));
}

export interface RawWord {
  text: string;
  start: number;
  end: number;
}

const isDigits = (text: string) => /^\p{N}/u.test(text);

/**
 * The number written from words[at] on, and the index of its last word: digits ("1,200", "12th"),
 * number words with their compounds ("twenty-one", "four hundred", Arabic "ثمانية وثلاثون",
 * "أربعة عشر"), ordinals from the third on ("12th", "twelfth", "الثاني عشر", "الخامس": "first" and
 * "second", "الأول" and "الثاني" alone are too often not counts), then a scale ("2.5 million",
 * "400 ألف"). Null when words[at] is no number.
 */
export function readNumber(words: RawWord[], at: number, money = false): { value: number; last: number } | null {
  const word = words[at]!;
  let last = at;
  let value: number | null;
  if (isDigits(word.text)) {
    value = parseDigits(word.text);
    // "12th", "3rd": the ordinal's letters are part of the figure.
    if (ORDINAL_SUFFIX.has(words[at + 1]?.text ?? "") && words[at + 1]!.start === word.end) last++;
  } else {
    // A scale word alone is one of it: "مليون برميل", "a million barrels" (not "millions of").
    const bareScale = ARABIC.test(word.text)
      ? ARABIC_SINGLE_SCALES[stripArabicPrefix(word.text)]
      : words[at - 1]?.text === "a"
        ? SCALES[word.text]
        : undefined;
    if (bareScale) return andAHalf(words, { value: bareScale, last: at }, bareScale);
    value = numberWord(word.text) ?? ordinalWord(words, at);
    if (value === null) return null;
    if (value >= 100 && ORDINAL_TEENS_OF.has(value)) {
      // An Arabic ordinal teen was read with its "عشر" (the value is stored + 100 to say so).
      value -= 100;
      last++;
    }
  }
  if (value === null || !Number.isFinite(value)) return null;
  const next = (offset = 1) => words[last + offset]?.text;
  if (!isDigits(word.text)) {
    // Arabic teens: "ثمانية عشر" is 18, "اثنتي عشرة" 12.
    if (value < 10 && (next() === "عشر" || next() === "عشره")) {
      value += 10;
      last++;
    }
    // "twenty-one" (the hyphen parts the words), and Arabic "ثمانية وثلاثون" (units and tens).
    const following = next() !== undefined && !isDigits(next()!) ? numberWord(next()!) : null;
    if (following !== null) {
      const tensAfterUnits = value < 10 && following >= 20 && following < 100 && following % 10 === 0 && next()!.startsWith("و");
      const unitsAfterTens = value >= 20 && value < 100 && value % 10 === 0 && following < 10 && !ARABIC.test(next()!);
      if (tensAfterUnits || unitsAfterTens) {
        value += following;
        last++;
      } else if (following === 100 && value < 10) {
        // "four hundred"
        value *= 100;
        last++;
      }
    }
  }
  // "two and a half million": the half comes before the scale.
  if (!isDigits(word.text)) ({ value, last } = andAHalf(words, { value, last }, roundScale(value)));
  const scaleWord = next();
  // "$12m", "£3.5bn", "SAR40k": a letter glued to an amount of money is its scale.
  const glued = money && words[last + 1]?.start === words[last]!.end ? GLUED_SCALES[scaleWord ?? ""] : undefined;
  const scale = glued ?? scaleOf(scaleWord);
  if (scale) {
    value *= scale;
    last++;
    // "three million and a half", "ثلاثة ملايين ونصف المليون"
    return andAHalf(words, { value, last }, scale);
  }
  return { value, last };
}

const POWERED_UNITS: Record<string, string> = { "m 3": "@cubicmetre", "m ³": "@cubicmetre", "km 2": "@squarekilometre", "km ²": "@squarekilometre" };

/** The family of a unit written with its power glued on ("m3", "km²"), if words[at] begins one. */
export function poweredUnit(words: RawWord[], at: number): string | undefined {
  const [unit, power] = [words[at]!, words[at + 1]];
  if (!power || power.start !== unit.end) return undefined;
  return POWERED_UNITS[`${unit.text} ${power.text}`];
}

/** The largest scale a round number is a count of ("ألفان", 2,000: thousands), else 1. */
const roundScale = (value: number) => [1e9, 1e6, 1e3].find((scale) => value >= scale && value % scale === 0) ?? 1;

/** The scale a word names ("million", "ملايين", "المليون"), if any. */
function scaleOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  return SCALES[word] ?? SCALES[stemArabic(word)] ?? (word.startsWith("ال") ? SCALES[word.slice(2)] : undefined);
}

/**
 * A number followed by a half of its unit: "a million and a half", "one and a half", Arabic
 * "مليون ونصف" and "مليون ونصف المليون" (the scale said again), "ألفان ونصف". `unit` is what the
 * half is of: the scale just read, or 1.
 */
function andAHalf(words: RawWord[], number: { value: number; last: number }, unit: number): { value: number; last: number } {
  let { value, last } = number;
  const next = (offset = 1) => words[last + offset]?.text;
  if (next() === "and" && next(2) === "a" && next(3) === "half") last += 3;
  else if (next() === "ونصف") last += 1;
  else return number;
  value += unit / 2;
  // "مليون ونصف المليون": the scale again, read with the half.
  if (unit > 1 && scaleOf(next()) === unit) last++;
  return { value, last };
}

/**
 * A share of a scale, as a number: "half a million", "a quarter of a million", "three quarters of
 * a billion", Arabic "نصف مليون", "ربع مليون" (not the share "a quarter of the budget"). Null
 * when words[at] does not begin one.
 */
export function readShareOfScale(words: RawWord[], at: number): { value: number; last: number } | null {
  const text = words[at]!.text;
  if (ARABIC.test(text)) {
    const bare = bareArabicWord(text);
    const share = SHARE_WORDS[bare];
    const scale = share !== undefined ? scaleOf(words[at + 1]?.text) : undefined;
    return scale ? { value: (share! / 100) * scale, last: at + 1 } : null;
  }
  // "half a million"
  if (text === "half" && words[at + 1]?.text === "a") {
    const scale = scaleOf(words[at + 2]?.text);
    return scale ? { value: scale / 2, last: at + 2 } : null;
  }
  // "a quarter of a million", "three quarters of a billion", "one third of a million"
  const count = text === "a" ? 1 : numberWord(text);
  const shareWord = words[at + 1]?.text ?? "";
  if (count === null || !(shareWord in SHARE_WORDS) || ARABIC.test(shareWord)) return null;
  if (words[at + 2]?.text !== "of" || words[at + 3]?.text !== "a") return null;
  const scale = scaleOf(words[at + 4]?.text);
  if (!scale) return null;
  const unitShare = unitShareOf(shareWord);
  return { value: Math.round(((unitShare * count) / 100) * scale), last: at + 4 };
}

// Shares told in words, as percentages: "a third", "two-thirds", "a quarter", "half", "two-fifths".
const SHARE_WORDS: Record<string, number> = {
  half: 50,
  third: 33.3,
  thirds: 66.7,
  quarter: 25,
  quarters: 75,
  fifth: 20,
  fifths: 40,
  نصف: 50,
  ثلث: 33.3,
  ثلثي: 66.7,
  ثلثا: 66.7,
  ربع: 25,
};
/** One part of a share word: the plurals carry their usual numerator ("two-thirds", "three quarters"). */
const unitShareOf = (word: string) => SHARE_WORDS[word]! / (word.endsWith("s") ? (word === "quarters" ? 3 : 2) : 1);

/** An Arabic word without an attached conjunction or preposition and the article ("بنصف", "والربع"). */
const bareArabicWord = (text: string) => stripArabicPrefix(/^[وبلفك]/.test(text) && text.length > 3 ? text.slice(1) : text);

const SHARE_DENOMINATORS = new Set([2, 3, 4, 5, 10]);

/**
 * A share told in words from words[at] on, as a percentage and the index of its last word: "nine
 * in ten", "one in four", "two-fifths", "three quarters", "a third", "half", "ثلث", "نصف". A
 * fraction's numerator is a number word or "a"/"one" ("a fifth" is a share; "the fifth" is an
 * ordinal, read by readNumber). Null when there is none.
 */
export function readShare(words: RawWord[], at: number): { percent: number; last: number } | null {
  const text = words[at]!.text;
  const next = words[at + 1]?.text;
  // "nine in ten", "1 in 4"
  const numerator = isDigits(text) ? parseDigits(text) : numberWord(text);
  if (numerator !== null && next === "in" && words[at + 2]) {
    const denominatorWord = words[at + 2]!.text;
    const denominator = isDigits(denominatorWord) ? parseDigits(denominatorWord) : numberWord(denominatorWord);
    if (denominator && SHARE_DENOMINATORS.has(denominator) && numerator < denominator)
      return { percent: Math.round((numerator / denominator) * 1000) / 10, last: at + 2 };
  }
  // "two-fifths", "three quarters", "a third", "one half"
  if (next && (numerator !== null || text === "a") && !isDigits(text)) {
    const share = SHARE_WORDS[next];
    if (share !== undefined && !ARABIC.test(next)) {
      const count = text === "a" || numerator === 1 ? 1 : numerator!;
      const unitShare = unitShareOf(next);
      const percent = Math.round(unitShare * count * 10) / 10;
      if (percent > 0 && percent < 100) return { percent, last: at + 1 };
    }
  }
  // "half", and Arabic "نصف", "ثلث", "ربع" on their own (with an attached preposition or article).
  if (text === "half") return { percent: 50, last: at };
  if (ARABIC.test(text)) {
    const bare = bareArabicWord(text);
    const share = SHARE_WORDS[bare];
    if (share !== undefined) return { percent: share, last: at };
  }
  return null;
}

/** An amount of money: digits right after a currency sign or a currency code ("$12m", "SAR2.1bn", "USD 40m"). */
export function isMoney(statement: string, words: RawWord[], at: number): boolean {
  const word = words[at]!;
  if (!isDigits(word.text)) return false;
  if (CURRENCY_SIGNS[statement[word.start - 1] ?? ""]) return true;
  const before = words[at - 1];
  return !!before && word.start - before.end <= 1 && CURRENCY_CODES[statement.slice(before.start, before.end)] !== undefined;
}

/** Currency signs, read as their currency's family ("$" is the dollar: "US$" too). */
export const CURRENCY_SIGNS: Record<string, string> = { $: "@dollar", "£": "@pound", "€": "@euro" };

/**
 * ISO codes of the currencies a desk in the region writes ("SAR2.1bn", "EGP 300"), read only in
 * capitals ("TRY" and "MAD" are words in lower case).
 */
export const CURRENCY_CODES: Record<string, string> = {
  USD: "@dollar",
  EUR: "@euro",
  GBP: "@pound",
  EGP: "@pound",
  SDG: "@pound",
  SAR: "@riyal",
  QAR: "@riyal",
  OMR: "@riyal",
  YER: "@riyal",
  IRR: "@riyal",
  AED: "@dirham",
  MAD: "@dirham",
  KWD: "@dinar",
  JOD: "@dinar",
  IQD: "@dinar",
  BHD: "@dinar",
  LYD: "@dinar",
  TND: "@dinar",
  DZD: "@dinar",
  LBP: "@pound",
  SYP: "@pound",
  TRY: "@lira",
  NGN: "@naira",
};

/** Words that say the figure after them is approximate or a bound ("about", "نحو", "more than"). */
const APPROXIMATE_WORDS = new Set(["about", "around", "nearly", "almost", "roughly", "approximately", "some", "over", "نحو", "بنحو", "حوالي", "قرابه", "زهاء", "يقارب", "يناهز"]);
const APPROXIMATE_PHRASES = ["close to", "more than", "at least", "اكثر من", "ما يقارب"];

export function toldAsApproximate(words: RawWord[], at: number): boolean {
  const before = words[at - 1]?.text;
  if (!before) return false;
  if (APPROXIMATE_WORDS.has(before)) return true;
  const pair = `${words[at - 2]?.text ?? ""} ${before}`;
  return APPROXIMATE_PHRASES.includes(pair);
}

/** A unit a figure is told in that converts to another of its dimension ("three days" = "72 hours"). */
export interface Measure {
  unit: string;
  dimension: "time" | "length" | "mass";
  /** The unit's size in its dimension's base unit (hours, kilometres, tonnes). */
  size: number;
}

// Spans, distances and weights, the units outlets convert between when they retell a figure
// ("a three-day ceasefire" / "a 72-hour truce", "100 miles" / "160 km"). Months and years are
// their average lengths, so 18 months is a year and a half. Not areas: "feddan" and "dunam" are
// each a different size.
const MEASURE_UNITS: [Measure, string][] = [
  [{ unit: "minute", dimension: "time", size: 1 / 60 }, "minute minutes min mins دقيقة دقائق دقيقه"],
  [{ unit: "hour", dimension: "time", size: 1 }, "hour hours hrs ساعة ساعات ساعه"],
  [{ unit: "day", dimension: "time", size: 24 }, "day days يوم يوما أيام ايام"],
  [{ unit: "week", dimension: "time", size: 168 }, "week weeks أسبوع أسابيع اسبوع اسابيع"],
  [{ unit: "month", dimension: "time", size: 730.5 }, "month months شهر أشهر شهور اشهر"],
  [{ unit: "year", dimension: "time", size: 8766 }, "year years عام أعوام سنة سنوات سنين اعوام"],
  [{ unit: "metre", dimension: "length", size: 0.001 }, "metre metres meter meters متر أمتار مترا امتار"],
  [{ unit: "kilometre", dimension: "length", size: 1 }, "kilometre kilometres kilometer kilometers km kms كيلومتر كيلومترات كيلومترا كلم كم"],
  [{ unit: "mile", dimension: "length", size: 1.609344 }, "mile miles ميل أميال اميال"],
  [{ unit: "kilogram", dimension: "mass", size: 0.001 }, "kilogram kilograms kilogramme kilogrammes kilos kg كيلوغرام كيلوغرامات كيلوجرام كغ"],
  [{ unit: "tonne", dimension: "mass", size: 1 }, "tonne tonnes ton tons طن أطنان طنا اطنان"],
];

const MEASURES = new Map<string, Measure>(
  MEASURE_UNITS.flatMap(([measure, written]) => written.split(" ").map((word) => [normaliseText(word), measure] as const)),
);

/** The convertible unit written right after a figure that ends at `end` ("72 hours", "72-hour"), if any. */
export function measureAfter(words: RawWord[], end: number): Measure | undefined {
  const next = words.find((word) => word.start >= end);
  if (!next || next.start - end > 2) return undefined;
  return MEASURES.get(next.text);
}
