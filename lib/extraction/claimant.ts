// Claimant suggestion: whose assertion a claim is, when the text says so ("X said ...", "..., according
// to X", "قال X إن ..."). Conservative on purpose: a wrong claimant misleads a fact-checker more than a
// missing one, so anything that is not a short noun phrase gives null, as do pronoun subjects ("he said";
// there is no coreference yet, `context` is reserved for it) and vague sources ("reports say"). Wording is
// kept as written (whitespace collapsed), except that a leading "The" becomes "the".
//
// Linear time: every regex is a flat alternation of literal words, or a character class with a single
// quantifier, so none can backtrack more than a constant per position. Each trigger match looks only at
// WINDOW characters either side, and at most MAX_TRIES matches are examined.

// Window size, matches examined, caps on an English claimant (words, characters), cap on an Arabic one.
const [WINDOW, MAX_TRIES, MAX_WORDS, MAX_CHARS, AR_MAX_WORDS] = [200, 16, 12, 120, 8];

const set = (s: string) => new Set(s.trim().split(/\s+/));
const VERBS = set(`said says say told tells announced announces claimed claims claim reported reports report stated
  states added adds warned warns warn confirmed confirms confirm denied denies deny estimated estimates estimate noted
  notes explained explains insisted insists insist argued argues argue alleged alleges allege acknowledged acknowledges
  declared declares revealed reveals wrote writes tweeted predicted predicts admitted admits stressed stresses cautioned`);
// Case-sensitive, so "United States" or a headline "Reports" is not read as a verb.
const EN_TRIGGER = new RegExp(`\\b(?:[Aa]ccording to|${[...VERBS].join("|")})\\b`, "g");
// Verb forms that are also nouns ("the claims were false"), and the words that, right after one, show it is the noun.
const NOUNISH = set("claims claim reports report states estimates estimate notes");
const NOUN_NEXT = set("of from by show shows showed suggest suggests suggested indicate indicates indicated");
const INVERTIBLE = set("said says added noted wrote explained"); // "“...,” said X"
const FINITE = set(`was were is are am be been being has have had will would shall should can could may might must
  do does did`);
const PRONOUNS = set("he she it they we i you this that these those there one him her them us");
const VAGUE = set("reports report some many others people");
const DETERMINERS = set("the a an its their his her our my");
const LEAD_FILLER = set("and but yet so meanwhile however also separately later earlier now then still moreover");
// Words between subject and verb: "X has also said", "The Pentagon on Monday announced".
const TRAIL_FILLER = set(`also has have had later earlier previously separately further then again reportedly
  repeatedly recently publicly officially initially first on yesterday today Monday Tuesday Wednesday Thursday Friday
  Saturday Sunday`);
// Words a subject never starts with (prepositions, "asked", "what the minister said ...").
const PREPS = set(`in on at during after before since for from with by near amid despite following to of about asked
  speaking when while if as what how why whether`);
// The subject starts after these: "prices rose after the central bank said".
const SUBORD = set(`that after when because while but as since although though whereas which who whom where if once
  until unless`);
const TITLE_WORDS = set(`head chief director spokesman spokeswoman spokesperson minister president leader commander
  founder chairman chairwoman secretary ambassador official analyst professor researcher economist expert member
  adviser advisor governor mayor envoy representative general editor coordinator manager officer deputy lawyer ceo`);
const ABBREVIATIONS = set("Mr Mrs Ms Dr Gen Col Lt Sen Rep Gov Prof St Sgt Capt Maj Jr Sr Inc Co Corp Ltd Rev Adm No");
const SOURCE_DOC =
  /^(?:an? |the )?(?:new |latest |official )?(?:statement|report|figures|data|tally|estimates?|count)(?: issued| released| published)? (?:from|by|of) /i;

// Group 1 is set for a verb ("قال X إن"), unset for a preposition ("بحسب X", "وفقا لـX").
const AR_VERBS = `قال قالت [أا]علن [أا]علنت ذكر ذكرت [أا]فاد [أا]فادت [أا]كد [أا]كدت [أا]وضح [أا]وضحت [أا]ضاف [أا]ضافت
  صرح صرحت [أا]شار [أا]شارت زعم زعمت نفى نفت حذر حذرت`;
const AR_TRIGGER = new RegExp(
  `(?<![\\p{L}\\p{M}])[وف]?(?:(${AR_VERBS.split(/\s+/).join("|")})(?![\\p{L}\\p{M}])` +
    `|(?:بحسب|حسب|وفق|نقل(?:اً|ًا|ا)\\s+عن)(?![\\p{L}\\p{M}])|وفق(?:اً|ًا|ا)\\s*لـ?)`,
  "gu",
);
// Where the name ends: complementisers, "في بيان", time words, relatives, "لرويترز".
const AR_STOP = set(`أن إن ان بأن بان وأن وإن وان أنه أنها إنه إنها انه انها فإن في خلال عبر يوم اليوم أمس مساء صباح
  التي الذي الذين عن إلى الى قبل بعد لرويترز لوكالة للصحفيين لقناة لصحيفة لموقع`);

// undefined: not an attribution, keep looking; null: attributed to a pronoun or vague source, stop.
type Verdict = string | null | undefined;
// Matches "who"/"Who" but not the acronym "WHO", "may" but not "May".
const isWord = (words: Set<string>, w: string) =>
  words.has(w) || (words.has(w.toLowerCase()) && w.slice(1) === w.slice(1).toLowerCase());
const firstWord = (s: string) => bare(s.trim().split(/\s+/)[0] ?? "");

function bare(w: string): string {
  let [a, b] = [0, w.length];
  while (a < b && !/[\p{L}\p{N}]/u.test(w[a])) a++;
  while (b > a && !/[\p{L}\p{N}]/u.test(w[b - 1])) b--;
  return w.slice(a, b);
}

function trimEnds(s: string): string {
  let [a, b] = [0, s.length];
  while (a < b && /[\s”’"'»]/.test(s[a])) a++;
  while (b > a && /[\s.,;:!?،؛“«'"]/.test(s[b - 1])) {
    if (s[b - 1] === '"' && s.slice(a, b).split('"').length % 2 === 1) break; // a balanced closing quote
    if (s[b - 1] === "." && s[b - 3] === ".") break; // "U.S."
    b--;
  }
  return s.slice(a, b);
}

// Clause pieces: split at , ; : ! ? dashes, newlines and sentence-final periods ("U.S." and
// "Dr." are not sentence ends; "1,000" is not a clause break).
function clauses(s: string): string[] {
  const cuts: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    let cut = ",:".includes(c) ? !/\d/.test(s[i + 1] ?? "") : ";!?\n—–؛،".includes(c);
    if (c === "-") cut = s[i - 1] === " " && s[i + 1] === " ";
    if (c === ".") {
      let j = i;
      while (j > 0 && /\p{L}/u.test(s[j - 1])) j--;
      const prev = s.slice(j, i);
      cut = (i + 1 === s.length || /[\s"”’]/.test(s[i + 1])) && prev.length !== 1 && !ABBREVIATIONS.has(prev);
    }
    if (cut) cuts.push(i);
  }
  return [-1, ...cuts].map((c, k) => s.slice(c + 1, cuts[k] ?? s.length));
}

// The subject in a clause ending at the verb: drop "has also"/"on Monday", keep what follows a subordinator.
function subjectOf(clause: string): string {
  const toks = trimEnds(clause).split(/\s+/).filter(Boolean);
  while (toks.length && TRAIL_FILLER.has(bare(toks[toks.length - 1]))) toks.pop();
  let k = toks.length;
  while (k > 0 && !isWord(SUBORD, bare(toks[k - 1]))) k--;
  return trimEnds(toks.slice(k).join(" "));
}

// Accept only a short noun phrase: no finite or reporting verb, not a bare determiner.
function finish(phrase: string): Verdict {
  const toks = trimEnds(phrase).split(/\s+/).filter(Boolean);
  while (toks.length && isWord(LEAD_FILLER, bare(toks[0]))) toks.shift();
  const words = toks.map(bare);
  const last = words[words.length - 1] ?? "";
  if (words.length === 1 && (isWord(PRONOUNS, words[0]) || isWord(VAGUE, words[0]))) return null;
  if (!last || words.length > MAX_WORDS || isWord(PREPS, words[0]) || last === "to" || /['’]s$/.test(last))
    return undefined;
  if (words.some((w) => FINITE.has(w) || VERBS.has(w))) return undefined;
  if (words.every((w) => DETERMINERS.has(w.toLowerCase()))) return undefined;
  let out = trimEnds(toks.join(" "));
  if (out.startsWith("The ")) out = "t" + out.slice(1);
  return out.length <= MAX_CHARS && /\p{L}/u.test(out) ? out : undefined;
}

// The noun phrase after "according to" or an inverted "said": up to the next clause break, plus
// a title appositive ("..., said Rami Abdel Rahman, head of the Observatory").
function phraseAfter(text: string, pos: number, according: boolean): Verdict {
  const segs = clauses(text.slice(pos, pos + WINDOW));
  if (segs.length === 1 && pos + WINDOW < text.length) return undefined; // cut off by the window
  const phrase = according ? segs[0].trim().replace(SOURCE_DOC, "") : segs[0].trim();
  const first = firstWord(phrase);
  if (!according && (isWord(PREPS, first) || TRAIL_FILLER.has(first) || first === "that")) return undefined;
  const app = (segs[1] ?? "").trim();
  const titled = app.split(/\s+/, 4).some((w) => TITLE_WORDS.has(bare(w)));
  const withTitle = titled ? finish(`${phrase}, ${app}`) : undefined;
  return withTitle !== undefined ? withTitle : finish(phrase);
}

function englishAt(text: string, m: RegExpExecArray): Verdict {
  const [verb, idx, end] = [m[0], m.index, m.index + m[0].length];
  if (verb.toLowerCase() === "according to") return phraseAfter(text, end, true);
  const next = text.slice(end, end + 40);
  if (/^\s+(?:to (?:be|have)|by)\b/.test(next)) return undefined; // "said to be", "reported by"
  if (NOUNISH.has(verb) && [FINITE, VERBS, NOUN_NEXT].some((l) => l.has(firstWord(next)))) return undefined;
  const from = Math.max(0, idx - WINDOW);
  const segs = clauses(text.slice(from, idx));
  const seg = (i: number) => (i < 0 || (i === 0 && from > 0) ? "" : segs[i]); // a clause cut by the window is unusable
  const n = segs.length;
  const subject = subjectOf(seg(n - 1));
  if (subject) return finish(subject);
  // Nothing between the previous break and the verb: "X, head of Y, said" keeps the appositive,
  // "X, meanwhile, said" / "X, speaking to reporters, said" drop the aside, "“...,” said X" is inverted.
  const app = trimEnds(seg(n - 2));
  const head = subjectOf(seg(n - 3));
  const first = firstWord(app);
  const aside = !app.includes(" ") || isWord(PREPS, first) || isWord(LEAD_FILLER, first) || first.endsWith("ing");
  let v: Verdict;
  if (head && app && (aside || /^wh(?:o|ich|ose)\b/.test(app))) v = finish(head);
  else if (head && /^\p{Ll}/u.test(app)) v = finish(`${head}, ${app}`);
  if (v !== undefined) return v;
  return n >= 2 && INVERTIBLE.has(verb) ? phraseAfter(text, end, false) : undefined;
}

// The first trigger that settles the question wins (later ones are usually reported speech inside the claim).
function firstVerdict(text: string, re: RegExp, judge: (m: RegExpExecArray) => Verdict): Verdict {
  let tries = 0;
  for (const m of text.matchAll(re)) {
    const v = judge(m);
    if (v !== undefined || ++tries >= MAX_TRIES) return v;
  }
  return undefined;
}

// Arabic is verb-first ("وقال X إن"): X runs to a stop word or punctuation. "وقالت إن" has a dropped
// pronoun subject (null); "أعلن الجيش سيطرته على المدينة" shows no end of the name, so it is skipped.
function arabicAt(text: string, m: RegExpExecArray): Verdict {
  const isVerb = m[1] !== undefined;
  const pos = m.index + m[0].length;
  const win = text.slice(pos, pos + WINDOW);
  const cut = win.search(/[،,.:;؛!?«»"“”\n]/);
  const toks = (cut < 0 ? win : win.slice(0, cut)).trim().split(/\s+/).filter(Boolean);
  let n = 0;
  while (n < toks.length && n <= AR_MAX_WORDS && !AR_STOP.has(bare(toks[n])) && !toks[n].startsWith("لـ")) n++;
  if (n === 0 && isVerb && toks.length) return null;
  const closed = n < toks.length || cut >= 0 || (!isVerb && pos + WINDOW >= text.length);
  const out = trimEnds(toks.slice(0, n).join(" "));
  return n > 0 && n <= AR_MAX_WORDS && closed && out && out.length <= MAX_CHARS ? out : undefined;
}

export function suggestClaimant(sentence: string, _context?: { before?: string }): string | null {
  const en = firstVerdict(sentence, EN_TRIGGER, (m) => englishAt(sentence, m));
  return en !== undefined ? en : (firstVerdict(sentence, AR_TRIGGER, (m) => arabicAt(sentence, m)) ?? null);
}
