// Arabic: what the English lexicon and heuristics cannot know about Arabic news text.
//  - Words carry attached particles (و "and", ف "so", ب "with", ل "for", ك "like", ال "the") and
//    are written with or without diacritics, tatweel and alef/ya/ta-marbuta variants: every lookup
//    goes through `bare` (the same folding search uses) and tries the word without its prefixes.
//  - News sentences are verb-first in the past tense ("وأعلنت وكالة الأنباء …"): a verb is found by
//    a lexicon of news verbs in their past forms, by the word after لم/لن/قد, and by the shape of a
//    sentence's first word, never by English morphology (which saw "no verb" in every sentence).
//  - The same named features as English (the reasons users see, with the model's weights), from
//    Arabic words; the English n-gram weights mean nothing here, so only number shapes are kept.
//  - Splitting two assertions joined by "و" + a new past verb, or by "وإن"/"وأن" after a reported
//    clause, and the statement of each part (the attribution restored when the part continues a
//    reported clause; otherwise the part without its "و").
//  - Datelines, agency credits and page chrome in Arabic.
// Pure and linear: per-token set lookups, and anchored patterns on bounded windows.

import type { FeatureName, SentenceFeatures, Token } from "./features";
import { charClass, trailingRunStart } from "./scan";
import { lengthBucket } from "./length-bucket";

const isLabelTail = charClass(/[\s:.،|>»-]/u);

const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF]/u;
const LETTER = /\p{L}/u;
const MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;
const FOLD: Record<string, string> = { "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه" };
const VARIANTS = /[أإآٱىة]/gu;

/** Diacritics and tatweel dropped, alef/ya/ta-marbuta variants folded (as search does). */
export function bare(word: string): string {
  return word.replace(MARKS, "").replace(VARIANTS, (ch) => FOLD[ch]);
}

/** Most letters of the text are Arabic: the sentence is read with the Arabic rules. */
export function isArabicText(text: string): boolean {
  let arabic = 0;
  let letters = 0;
  for (const ch of text) {
    if (ARABIC_LETTER.test(ch)) {
      arabic++;
      letters++;
    } else if (LETTER.test(ch)) letters++;
  }
  return letters > 0 && arabic / letters >= 0.5;
}

const set = (words: string): Set<string> => new Set(words.split(/\s+/u).filter(Boolean).map(bare));

// Past-tense news verbs, third person masculine singular; feminine (ت), plural (وا), dual (ا, تا)
// and passive forms are derived (diacritics aside, the passive is spelt like the active).
const PAST_VERBS = `قال أعلن أكد ذكر أفاد أوضح أشار صرح نقل أضاف تابع لفت بين كشف نفى أورد أبلغ
  قتل أصيب جرح ارتفع انخفض تراجع سجل بلغ وقع أسفر استهدف نزح افتتح فاز خسر ضبط رفع خفض أغلق غمر
  هطل تضرر فحص اجتاز نشر وزع توفي تركز ألغى تقدم وفر أظهر تجاوز جمع أجرى دعا انتقد وصف شن اعتقل
  أطلق سقط دمر هاجم أسقط وصل غادر التقى بحث وافق رفض طالب حذر أدان أقر صادق أصدر عقد استقبل زار
  شارك فقد ربح حقق سيطر انسحب دخل خرج عاد بدأ أنهى استأنف توقف أوقف منع سمح حكم أدين برأ اتهم
  أصبح صار ظل بقي زاد قفز هبط صعد نما انكمش أنفق خصص قدم منح وقع أبرم انتخب عين استقال أقال
  فر هرب أنقذ أجلى أخلى احتجز أفرج نفذ اقتحم قصف انفجر اندلع احترق غرق انهار ضرب تعرض وثق رصد
  أحصى استقبل عالج أجرى تلقى أعاد أطلق أرسل سلم تسلم أنجز أنشأ بنى شيد مول سدد اقترض باع اشترى
  صدر استورد ربط تعادل أحرز سجل هزم تأهل أقصي توج حصل نال تخرج نجح رسب تقدموا`;

// Forms whose ending is not the regular one.
const IRREGULAR_PAST = `ألغت ألغوا دعت دعوا أجرت أجروا أنهت بقيت نفت نما نمت أجلت أخلت
  أعطى أعطت بنت اشترت تلقت توفيت توفوا قضى قضت مضى مضت جرى جرت أتى أتت بدا بدت`;

function pastForms(stem: string): string[] {
  const forms = [stem, `${stem}ت`, `${stem}وا`, `${stem}ا`, `${stem}تا`];
  // Verbs ending in ى/ا drop it before ت: ألغى → ألغت.
  if (/[يا]$/u.test(stem)) forms.push(`${stem.slice(0, -1)}ت`, `${stem.slice(0, -1)}وا`);
  return forms;
}

const PAST = new Set<string>([...set(IRREGULAR_PAST)]);
for (const stem of set(PAST_VERBS)) for (const f of pastForms(stem)) PAST.add(f);

// Present forms seen in news ("يبلغ", "تعد", "يمكن"): a verb, not an event.
const PRESENT_VERBS = set(`يقول تقول يقولون يعتبر تعتبر يتوقع تتوقع يبلغ تبلغ يعد تعد يمكن يجب يرى ترى
  يرون يضرب تضرب يعيش تعيش يبقى تبقى يصل تصل يشكل تشكل يعاني تعاني يوجد توجد يقع تقع يتجاوز تتجاوز
  يؤمن نؤمن نعتقد أعتقد يعتقد نرى أرى نطالب يطالب تطالب يؤكد تؤكد يشير تشير يتضمن تتضمن تنخفض ينخفض
  ترتفع يرتفع تعقد يعقد تستمر يستمر`);

const ATTRIBUTION_STEMS = set(`قال أعلن أكد ذكر أفاد أوضح أشار صرح نقل أضاف لفت كشف أورد أبلغ بين`);
const ATTRIBUTION = new Set<string>();
for (const stem of ATTRIBUTION_STEMS) for (const f of pastForms(stem)) ATTRIBUTION.add(f);
for (const w of set(`بحسب حسب وفقا وفق نقلا يقول تقول بيان`)) ATTRIBUTION.add(w);

// Particles that open a sentence without being its verb, and pronouns.
const NOT_VERB_START = set(`في من على الى إلى عن مع منذ بعد قبل خلال حتى لدى عند نحو حول بين أمام
  إن أن ان لكن لأن كما مثل هذا هذه ذلك تلك هؤلاء الذي التي الذين ما ماذا هل كيف لماذا متى أين كم
  نحن أنا أنت أنتم هو هي هم إذا لو لا لم لن قد ثم أو أي كل بعض جميع غير عبر وسط ضمن تحت فوق أكثر
  أقل اقرأ أيضا يجب ينبغي على`);
const VERB_AFTER = set(`لم لن قد لا`);

const NUMBER_WORDS = set(`واحد واحدة اثنان اثنين اثنتان ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة
  ثمان ثماني ثمانية تسع تسعة عشر عشرة عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين مئة مائة
  مئات ألف آلاف ألفا مليون ملايين مليار مليارات نصف ربع ثلث ضعف ضعفي عشرات`);
const QUANTITY_UNITS = set(`ملم مم سم كلم كيلومتر كيلومترا متر مترا طن أطنان برميل ميغاواط هكتار
  دونم لتر كيلوغرام كغ نقطة درجة`);
const MONEY = set(`دولار دولارا دولارات يورو جنيه جنيها دينار دينارا ليرة ريال ريالا درهم درهما
  بالمئة بالمائة المئة المائة`);
const DATE_WORDS = set(`السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة أمس اليوم غدا
  صباح صباحا مساء مساء ليلة فجر ظهر يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس سبتمبر
  أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين عام العام سنة الأسبوع
  الشهر الماضي الماضية الجاري الحالي منذ`);
const PLACES = set(`دمشق حمص حلب حماة إدلب اللاذقية طرطوس درعا الرقة دير الزور سوريا سورية لبنان بيروت
  صيدا طرابلس صور الأردن عمان العراق بغداد البصرة الموصل أربيل مصر القاهرة الإسكندرية السعودية الرياض
  جدة الإمارات دبي أبوظبي قطر الدوحة الكويت البحرين المنامة عمان مسقط اليمن صنعاء عدن فلسطين غزة
  القدس رام الله الضفة إسرائيل تونس الجزائر المغرب الرباط ليبيا السودان الخرطوم تركيا إيران طهران
  روسيا موسكو الصين أوروبا أمريكا واشنطن باريس لندن جنيف صفاقس ذي قار المنطقة الحدود الجنوب الشمال
  الشرق الغرب`);
// A word after one of these names a place: "مدينة حمص", "بلدة عيتا".
const PLACE_HEADS = set(`مدينة محافظة بلدة قرية حي منطقة مخيم مخيمات ولاية إقليم ريف شمال جنوب شرق غرب
  وسط شمالي جنوبي شرقي غربي قرب`);
const ORG_HEADS = set(`وزارة وزير وزيرة وكالة منظمة البنك بنك مجلس الحكومة حكومة الجيش جيش رئيس رئيسة
  محافظ مديرية مكتب جمعية المنتخب منتخب الدفاع الأمم حزب شركة الخطوط السلطات سلطات الجهاز دائرة
  لجنة المتحدث متحدث مصادر الشرطة قوات البرلمان المحكمة محكمة النيابة الهيئة هيئة مؤسسة الاتحاد
  مستشفى المستشفى مرصد المرصد صندوق جامعة`);
const COMPARISON = set(`أكثر أقل أعلى أدنى أكبر أصغر الأعلى الأدنى الأكبر الأصغر بانخفاض بارتفاع مقارنة
  بنسبة ضعف أسرع أبطأ الأول الأولى الثالث`);
const OPINION = set(`أعتقد نعتقد يعتقد أرى نرى يرى ترى يرون نؤمن يؤمن أظن رائع جريء ضروري للأسف مؤسف
  بحاجة أفضل أسوأ كارثي عظيم واقعية`);
const PREDICTION = set(`سوف سيتم ستبدأ سيبدأ سيكون ستكون المتوقع المقرر يتوقع تتوقع يعتزم تعتزم ينوي
  تنوي تخطط يخطط`);
const EXHORTATION = set(`يجب ينبغي تابعونا تابعوا اشترك اشتركوا ندعو ننصح انضم احرص تأكد شاركوا`);
const QUESTION_OPENERS = set(`هل ما ماذا كيف لماذا متى أين كم`);
const FIRST_PERSON = set(`أنا نحن إننا إنني لدينا لنا`);
const SECOND_PERSON = set(`أنت أنتم أنتن لكم عليكم`);

// Prefixes a word may carry, longest first: "وبال", "والـ", "بال", "لل", "و", "ف", "ب", "ل", "ك".
const NOUN_PREFIXES = ["وبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"].map(bare);
const VERB_PREFIXES = ["و", "ف"];

/** The word and its readings without attached particles. */
function readings(word: string, prefixes: readonly string[]): string[] {
  const out = [word];
  for (const p of prefixes) {
    if (word.length - p.length >= 2 && word.startsWith(p)) out.push(word.slice(p.length));
  }
  return out;
}

const inSet = (s: Set<string>, word: string, prefixes: readonly string[] = NOUN_PREFIXES): boolean =>
  readings(word, prefixes).some((w) => s.has(w) || (w.startsWith("ال") && s.has(w.slice(2))));

export const isArabicPastVerb = (word: string): boolean => inSet(PAST, bare(word), VERB_PREFIXES);

/** The shape of a verb-first sentence's first word: not "the …", not a particle, not a digit. */
function verbShapedFirst(word: string): boolean {
  const w = bare(word);
  if (!ARABIC_LETTER.test(w[0] ?? "")) return false;
  for (const r of readings(w, VERB_PREFIXES)) {
    if (NOT_VERB_START.has(r)) return false;
  }
  const core = readings(w, VERB_PREFIXES).at(-1) ?? w;
  if (core.startsWith("ال") || core.length < 3 || core.length > 7) return false;
  // Feminine plurals ("مخيمات"), nisba and ta-marbuta nouns ("وزاره") are not verbs.
  return !/(?:ات|يه|ه|ي)$/u.test(core);
}

const isArabicWord = (t: Token): boolean => ARABIC_LETTER.test(t.text);
const isWordToken = (t: Token): boolean => /^[\p{L}\p{N}]/u.test(t.text);
const HAS_DIGIT = /\p{N}/u;
const YEAR = /^(?:1[89]\d\d|20\d\d)$/;

function toWesternDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (d) => {
    const cp = d.codePointAt(0)!;
    return String(cp >= 0x06f0 ? cp - 0x06f0 : cp - 0x0660);
  });
}


/** The verbs of an Arabic sentence: indices of tokens read as verbs, and which are past events. */
function verbsOf(words: Token[]): { verbs: number; events: number } {
  let verbs = 0;
  let events = 0;
  for (let i = 0; i < words.length; i++) {
    const w = bare(words[i].text);
    const prev = i > 0 ? bare(words[i - 1].text) : "";
    if (inSet(PAST, w, VERB_PREFIXES)) {
      verbs++;
      events++;
    } else if (VERB_AFTER.has(prev) && isArabicWord(words[i])) {
      verbs++;
      if (prev === "لم" || prev === "قد") events++; // لم + present = a negated past: an event
    } else if (inSet(PRESENT_VERBS, w, VERB_PREFIXES)) verbs++;
    else if (i === 0 && verbShapedFirst(words[i].text)) {
      verbs++;
      events++;
    }
  }
  return { verbs, events };
}

/** Named features, length and number shapes of an Arabic sentence (see features.ts for English). */
export function arabicFeatures(tokens: Token[]): SentenceFeatures {
  const named = new Set<FeatureName>();
  const words = tokens.filter(isWordToken);
  const { verbs, events } = verbsOf(words);
  if (events > 0) named.add("event");
  for (let i = 0; i < words.length; i++) {
    const t = words[i];
    const w = bare(t.text);
    const prev = i > 0 ? bare(words[i - 1].text) : "";
    if (HAS_DIGIT.test(t.text)) {
      named.add("number");
      if (YEAR.test(toWesternDigits(t.text))) named.add("date");
    }
    if (inSet(NUMBER_WORDS, w) || inSet(QUANTITY_UNITS, w)) named.add("number");
    if (inSet(MONEY, w)) named.add("money");
    if (inSet(DATE_WORDS, w)) named.add("date");
    if (inSet(ATTRIBUTION, w)) named.add("attribution");
    if (inSet(PLACES, w) || (i > 0 && inSet(PLACE_HEADS, prev) && isArabicWord(t))) named.add("place");
    if (inSet(ORG_HEADS, w) && i + 1 < words.length) named.add("entity");
    if (/^(?:\p{Lu}{2,8}|(?:\p{Lu}\.){2,})$/u.test(t.text)) named.add("entity");
    if (inSet(COMPARISON, w)) named.add("comparison");
    if (inSet(OPINION, w)) named.add("opinion");
    if (inSet(PREDICTION, w)) named.add("prediction");
    // The future prefix سـ on a present verb: "سيبدأ", "ستعقد".
    if (/^و?س[يتن]/u.test(w) && w.length >= 5 && !inSet(PLACES, w) && !inSet(ORG_HEADS, w) && /^و?س[يتن][^ا]/u.test(w)) {
      // Too many nouns start like this ("سيارة", "ستة"): only with a present-verb reading.
      const core = w.replace(/^و?س/u, "");
      if (PRESENT_VERBS.has(core)) named.add("prediction");
    }
    if (inSet(EXHORTATION, w, VERB_PREFIXES)) named.add("exhortation");
    if (FIRST_PERSON.has(w)) named.add("firstPerson");
    if (SECOND_PERSON.has(w)) named.add("secondPerson");
  }
  if (tokens.some((t) => t.text === "%" || t.text === "٪")) named.add("money");
  // "على الطلاب … مراجعة …": an obligation laid on the reader, when nothing happened.
  const first = words[0] ? bare(words[0].text) : "";
  if (first === "علي" && events === 0) named.add("exhortation");
  const last = [...tokens].reverse().find((t) => !/^["”’')\]»]$/u.test(t.text));
  if (last?.text === "؟" || last?.text === "?") {
    named.add("question");
  } else if (QUESTION_OPENERS.has(first) && last?.text !== ".") named.add("question");
  if (words.length < 5) named.add("short");
  if (verbs === 0) named.add("noVerb");

  const ngrams: string[] = [];
  // Only figures carry learned wording across languages: "<num>" and "<year>".
  for (const t of words) {
    const western = toWesternDigits(t.text);
    if (YEAR.test(western)) ngrams.push("<year>");
    else if (HAS_DIGIT.test(t.text)) ngrams.push("<num>");
  }
  return { named: [...named], lengthBucket: lengthBucket(words.length), ngrams };
}

// ---- Splitting and statements -------------------------------------------------------------------

export interface ArabicPart {
  start: number;
  end: number;
  /** The statement of the part when it differs from the quote. */
  statement?: string;
}

const MIN_PART_WORDS = 3;
const THAT = new Set(["ان", "إن", "أن"].map(bare));

/**
 * Two assertions joined by "و" + a new past verb ("وأغلقت السلطات ٤٠ مدرسة ونقلت ٦٠٠ عائلة …"), or by
 * "وإن"/"وأن" after a reported clause ("قال البنك إن … أصبح ٢٩٪ وإن سعر الإقراض ارتفع …"), or by
 * "؛". A cut needs a verb before it and three words on each side; quotes are never cut.
 */
export function splitArabic(text: string, span: { start: number; end: number }, tokens: Token[]): ArabicPart[] {
  if (tokens.length < 6 || tokens.length > 150) return [span];
  const words = tokens.filter(isWordToken);
  const cuts: Array<{ at: number; kind: "verb" | "that" | "semicolon" }> = [];
  let depth = 0;
  let seenVerb = false;
  let thatAt = -1;
  let wordsSinceCut = 0;
  let wordIndex = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === "«" || t.text === "“" || t.text === "(") depth++;
    else if ((t.text === "»" || t.text === "”" || t.text === ")") && depth > 0) depth--;
    if (!isWordToken(t)) {
      if (t.text === "؛" && depth === 0 && seenVerb && wordsSinceCut >= MIN_PART_WORDS) cuts.push({ at: i + 1, kind: "semicolon" });
      continue;
    }
    wordIndex++;
    const w = bare(t.text);
    const wordsAfter = words.length - wordIndex;
    if (depth === 0 && seenVerb && wordsSinceCut >= MIN_PART_WORDS && wordsAfter > MIN_PART_WORDS && w.startsWith("و") && w.length > 2) {
      const rest = w.slice(1);
      const prev = tokens[i - 1];
      const afterNoun = prev && isWordToken(prev) && !inSet(NOT_VERB_START, bare(prev.text));
      // "وفرت" is the verb وفّر, not و + فرّت: a word that is itself a verb is not cut.
      if (PAST.has(rest) && !PAST.has(w)) {
        // "و" + a past verb: a new assertion. Not inside a list of verbs after a preposition.
        if (afterNoun || prev?.text === "،" || prev?.text === ",") cuts.push({ at: i, kind: "verb" });
      } else if (THAT.has(rest) && thatAt >= 0) {
        cuts.push({ at: i, kind: "that" });
      }
    }
    if (!seenVerb && (isArabicPastVerb(t.text) || (words[0] === t && verbShapedFirst(t.text)))) seenVerb = true;
    if (thatAt < 0 && THAT.has(w) && seenVerb) thatAt = i;
    wordsSinceCut = cuts.length > 0 && cuts[cuts.length - 1].at === i ? 1 : wordsSinceCut + 1;
  }
  if (cuts.length === 0) return [span];

  const parts: ArabicPart[] = [];
  let from = span.start;
  const frame = thatAt >= 0 ? text.slice(span.start, tokens[thatAt].start).trim() : "";
  for (let c = 0; c <= cuts.length; c++) {
    const cut = cuts[c];
    let end = cut ? tokens[cut.at].start : span.end;
    // The comma or semicolon before the cut stays out of both parts.
    while (end > from && /[\s،,؛]/u.test(text[end - 1])) end--;
    const quote = text.slice(from, end);
    const prevCut = cuts[c - 1];
    let statement: string | undefined;
    if (prevCut?.kind === "that" && frame) {
      // "وإن سعر الإقراض ارتفع …" → "وقال البنك في بيان إن سعر الإقراض ارتفع …", without the leading و.
      statement = `${dropWaw(frame)} ${dropWaw(quote)}`;
    } else if (prevCut) {
      statement = dropWaw(quote);
    }
    if (statement !== undefined && !/[.!?؟]$/u.test(statement) && /[.!?؟]$/u.test(text.slice(span.start, span.end))) {
      statement += text.slice(span.end - 1, span.end);
    }
    parts.push(statement === undefined || statement === quote ? { start: from, end } : { start: from, end, statement });
    if (cut) from = tokens[cut.at].start;
  }
  return parts;
}

/** "وأغلقت …" → "أغلقت …": the conjunction belongs to the sentence, not to the assertion. */
function dropWaw(s: string): string {
  const t = s.trim();
  return t.startsWith("و") && t.length > 3 && ARABIC_LETTER.test(t[1]) ? t.slice(1) : t;
}

// ---- Debris ---------------------------------------------------------------------------------------

export const ARABIC_AGENCIES = set(`سانا رويترز فرانس برس أ ف ب الأناضول وام واس قنا كونا بترا شينخوا سبوتنيك
  د ب أ أسوشيتد برس وكالات`);

function isAgency(s: string): boolean {
  const core = bare(s.trim()).replace(/[().\s]+/gu, " ").trim();
  if (core === "") return false;
  if (ARABIC_AGENCIES.has(core)) return true;
  return ["فرانس برس", "ا ف ب", "د ب ا", "اسوشيتد برس"].includes(core);
}

/**
 * An Arabic dateline at the start of a paragraph: "دمشق - سانا - ", "دمشق (سانا) - ",
 * "بيروت (رويترز) - ", "القاهرة - ". Returns its length, or 0. Read on the first 80 characters.
 */
export function arabicDatelineLength(s: string): number {
  const head = s.slice(0, 80);
  const m = /^([\u0600-\u06FF]+(?: [\u0600-\u06FF]+){0,2})\s*(?:\(([^()]{1,20})\)\s*)?[-–—]\s*(?:([\u0600-\u06FF .]{2,20}?)\s*[-–—]\s*)?/u.exec(head);
  if (!m) return 0;
  const agency = m[2] ?? m[3];
  if (agency !== undefined && !isAgency(agency)) return 0;
  if (agency === undefined && !inSet(PLACES, bare(m[1]))) return 0;
  return m[0].length;
}

/** "… يوم الثلاثاء. (سانا)" or "… - رويترز": where a trailing agency credit starts, or -1. */
export function arabicTrailingCreditStart(s: string): number {
  const m = /(?:\s*[-–—]\s*|\s+)\(?([\u0600-\u06FF .]{2,20})\)?\s*$/u.exec(s.slice(-40));
  if (!m) return -1;
  const at = s.length - Math.min(40, s.length) + m.index;
  const before = s.slice(0, at).trimEnd();
  if (!/[.!؟?»"”)]$/u.test(before) || !isAgency(m[1])) return -1;
  return before.length;
}

const AR_NAVIGATION = set(`الرئيسية أخبار سياسة اقتصاد رياضة منوعات ثقافة فن تكنولوجيا صحة مقالات رأي فيديو
  بحث القائمة المزيد`);
const AR_UI = /^(?:شارك|مشاركة|انشر|نسخ الرابط|تم النسخ|تسجيل الدخول|تسجيل الخروج|إنشاء حساب|اشترك|اشتراك|تابعونا|تابعنا|حمل تطبيق|إعلان|اقرأ المزيد|المزيد من|اضغط هنا|انقر هنا|جميع الحقوق محفوظة|حقوق النشر|سياسة الخصوصية|اتصل بنا|من نحن|أخبار موجزة|أخبار ذات صلة|الأكثر قراءة|الأكثر مشاهدة|مواضيع ذات صلة)/u;
const AR_RELATED = /^(?:اقرأ أيضا|اقرأ أيضاً|اقرأ أيضًا|إقرأ أيضا|إقرأ أيضاً|أخبار ذات صلة|مواضيع ذات صلة|الأكثر قراءة|قد يهمك أيضا|قد يهمك)/u;
const AR_FIELD = /^(?:المصدر|نشر في|نُشر في|آخر تحديث|تاريخ النشر|الكاتب|كتب|بقلم|الوسوم|كلمات مفتاحية|تصوير)\s*:/u;
// \b is ASCII-only even with /u: the word's end is a space, a colon or the end.
const AR_WIRE_CREDIT = /^\(?(?:تغطية صحفية|إعداد|تحرير|ترجمة|كتابة|شارك في التغطية)(?=[\s:]|$)/u;

/** Why an Arabic segment is page chrome, or null. */
export function arabicDebrisReason(s: string, wholeLine: boolean): "navigation" | "call to action" | "section label" | "related link" | "sign-off" | "dateline" | "copyright" | null {
  const trimmed = s.trim();
  const words = trimmed.split(/\s+/u);
  // A backward scan: /[…]+$/ is quadratic in a run of spaces inside the line.
  const core = trimmed.slice(0, trailingRunStart(trimmed, isLabelTail));
  if (AR_NAVIGATION.has(bare(core))) return "navigation";
  if (!/[.!؟?]$/u.test(trimmed) && /\s[|·•]\s/u.test(trimmed)) return "navigation";
  if (AR_RELATED.test(trimmed)) return "related link";
  if (/^(?:جميع الحقوق محفوظة|©)/u.test(trimmed) || trimmed.includes("جميع الحقوق محفوظة")) return "copyright";
  if (AR_UI.test(trimmed) && words.length <= 14) return "call to action";
  if (AR_FIELD.test(trimmed) && words.length <= 16) return "section label";
  if (AR_WIRE_CREDIT.test(trimmed) && words.length <= 20) return "sign-off";
  if (wholeLine && words.length <= 5) {
    // "دمشق - سانا", "(سانا)", "القاهرة - رويترز": a dateline or credit alone on its line.
    // Split at the dashes, then trim: /\s*[-–—]\s*/ would retry a run of spaces at every position.
    const parts = core.split(/[-–—]/u).map((p) => p.trim()).filter(Boolean);
    const credited = (p: string): boolean => {
      const m = /^(\S+) \((.+)\)$/u.exec(p);
      return m !== null && isAgency(m[2]);
    };
    if (parts.length > 0 && parts.every((p) => isAgency(p) || inSet(PLACES, bare(p)) || credited(p))) return "dateline";
  }
  return null;
}

/** A related-links label alone on its line ("اقرأ أيضاً"): the headlines under it are links. */
export function opensArabicRelatedBlock(s: string): boolean {
  const t = s.trim().slice(0, trailingRunStart(s.trim(), isLabelTail));
  return AR_RELATED.test(t) && t.split(/\s+/u).length <= 4;
}

// ---- Headlines ------------------------------------------------------------------------------------

const STEM_PREFIXES = ["وبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ب", "ل"];
const STEM_SUFFIXES = ["ات", "ون", "ين", "ها", "هم", "يه", "ه", "ي"];

/**
 * A crude stem for comparing a headline with the sentences under it: the folded word without
 * its attached article or conjunction and without a plural or feminine ending ("حكومة",
 * "الحكومة" and "والحكومات" all read "حكوم"). A root letter و is sometimes taken for the
 * conjunction ("وزارة" reads "زار"), the same way in the headline and the sentence.
 */
export function arabicStem(word: string): string {
  let w = bare(word);
  for (const p of STEM_PREFIXES) {
    if (w.length - p.length >= 3 && w.startsWith(p)) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const s of STEM_SUFFIXES) {
    if (w.length - s.length >= 3 && w.endsWith(s)) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  return w;
}

export const ARABIC_STOP_WORDS = set(`في من على إلى الى عن مع أن إن ان بعد قبل خلال منذ هذا هذه ذلك التي الذي
  الذين و أو ثم كما لا لم لن قد كان كانت يكون عام`);
export const hasArabicLetter = (s: string): boolean => ARABIC_LETTER.test(s);
