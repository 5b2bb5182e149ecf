// The word lists similar-claim matching reads with: words that carry no fact (function words,
// reporting verbs: "said", "according to", "قال", "وفق"), common newsroom words that weigh less,
// and the bilingual concept families (concepts.ts, the domain lists of concepts-domains.ts) and
// gazetteer (gazetteer.ts): every member, English or Arabic, single word or set phrase, folded to
// its family's key. Words are compared after normaliseText (Arabic ة → ه, أ → ا, lower case) and,
// for concepts, also after stemming.
import { normaliseForSearch } from "@/lib/dashboard/search-normalise";
import { CONCEPT_FAMILIES } from "./concepts";
import { DOMAIN_FAMILIES } from "./concepts-domains";
import { GAZETTEER } from "./gazetteer";
import { normaliseText, stem, stripArabicPrefix, WORD } from "./stem";

const words = (list: string) =>
  list
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => normaliseForSearch(word).toLowerCase());

const ENGLISH_STOPWORDS = `a an the and or but nor of in on at to from by for with without into onto over under
about above after before between during through within against among around across along since until
is are was were be been being am has have had having do does did done will would shall should can could
may might must this that these those there here it its it's they them their theirs he him his she her
hers we us our ours you your yours i me my who whom whose which what when where why how than then
so such as if also too very just only not no yes all any both each few more most other some own same
s t up down out off again further once least while because per via upon
said says say saying told tell tells according stated states announced announce reported reports report
claimed claims claim added adds noted notes confirmed confirms statement spokesman spokeswoman spokesperson
mr mrs ms dr new last first latest week weeks day days monday tuesday wednesday thursday friday saturday sunday
people person persons individuals least nearly almost about approximately around some roughly more than
including include includes another many much several others other percent
`;

const ARABIC_STOPWORDS = `في من على الى الي عن مع هذا هذه ذلك تلك التي الذي الذين اللذين اللتين هو هي هم هن انه انها
ان او ام ثم قد لقد لم لن لا ما ماذا كان كانت يكون تكون كانوا بعد قبل عند عندما حتى منذ بين خلال ضد حول
نحو دون غير كل بعض اي كما ايضا لكن بل اذ اذا وقد وكان وكانت فقد فيما بينما حيث
قال قالت يقول تقول وقال وقالت اعلن اعلنت واعلن واعلنت وفق وفقا بحسب حسب اكد اكدت واكد واكدت صرح ذكر ذكرت
افاد افادت اضاف اضافت اشار اشارت وأضاف واضاف اليوم امس يوم الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الاحد
شخص شخصا اشخاص الاشخاص نحو حوالي قرابه يقارب يناهز اكثر اقل الاقل الاكثر عدد نفسه نفسها انفسهم
جراء بسبب اثر اثر امام وامام وهو وهي بالمئه المئه مئه بالمائه المائه مقابل بالمقابل`;

const STOPWORDS = new Set([...words(ENGLISH_STOPWORDS), ...words(ARABIC_STOPWORDS)]);

/** Words every desk's copy is full of: they still count, at a third of a word. */
const WEAK = new Set(
  words(`government official officials minister ministry country city town region area local national state
  year month time number total group forces force authorities authority public office plan
  حكوم وزير وزار بلد مدين منطق سن شهر عدد مسؤول سلطات قوات`),
);

/** Concepts: every member of a family (concepts.ts, gazetteer.ts) reads as the family's key. */
const CONCEPTS = new Map<string, string>();
/** Set phrases ("walked off the job", "خفر السواحل"), by the form of their first word, longest first. */
const PHRASES = new Map<string, { forms: string[]; key: string }[]>();
const MEMBERS = new Map<string, string[]>();
const WEAK_CONCEPTS = new Set<string>();
/** The hypernym layer: each family's broader families ("@lira" → "@currency"). */
const BROADER = new Map<string, string[]>();

/** How a word is compared when looking it up: normalised and stemmed. */
export const formOf = (word: string) => stem(normaliseText(word));

const FAMILIES = [...CONCEPT_FAMILIES, ...DOMAIN_FAMILIES, ...GAZETTEER];
// Exact written forms first, so a stem never takes a word another family lists as written.
for (const pass of ["exact", "stem"] as const) {
  for (const family of FAMILIES) {
    if (family.weak) WEAK_CONCEPTS.add(family.key);
    if (family.broader) BROADER.set(family.key, family.broader);
    for (const member of `${family.en},${family.ar}`.split(",")) {
      const parts = [...member.matchAll(WORD)].map((match) => normaliseText(match[0]));
      if (!parts.length) continue;
      if (pass === "exact") MEMBERS.set(family.key, [...(MEMBERS.get(family.key) ?? []), parts.join(" ")]);
      if (parts.length > 1) {
        if (pass === "stem") continue;
        const forms = parts.map(stem);
        const list = PHRASES.get(forms[0]!) ?? [];
        list.push({ forms, key: family.key });
        list.sort((a, b) => b.forms.length - a.forms.length);
        PHRASES.set(forms[0]!, list);
        continue;
      }
      const word = parts[0]!;
      const forms = pass === "exact" ? [word] : [stripArabicPrefix(word), stem(word)];
      for (const form of forms) if (!CONCEPTS.has(form)) CONCEPTS.set(form, family.key);
    }
  }
}

/** The key and length of the set phrase that starts at `forms[at]` (words as formOf reads them), if one does. */
export function phraseAt(forms: string[], at: number): { key: string; length: number } | null {
  for (const phrase of PHRASES.get(forms[at]!) ?? []) {
    if (phrase.forms.every((form, i) => forms[at + i] === form))
      return { key: phrase.key, length: phrase.forms.length };
  }
  return null;
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

export function isWeakWord(key: string): boolean {
  return WEAK.has(key) || WEAK_CONCEPTS.has(key);
}

export function conceptOf(word: string): string | null {
  return CONCEPTS.get(word) ?? null;
}

/** The broader families a concept belongs to ("@lira" → ["@currency"]; a capital → "@capital" and its country). */
export function broaderOf(key: string): string[] {
  return BROADER.get(key) ?? [];
}

/** The written members of a concept, phrases as space-separated words ("@kill" → kill, killed, death toll, قتل, …). */
export function membersOf(key: string): string[] {
  return MEMBERS.get(key) ?? [];
}
