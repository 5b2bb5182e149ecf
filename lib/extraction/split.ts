// Splitting one sentence into separately checkable assertions:
//  - coordinated verb phrases sharing a subject: "X has taken A and attacked B" -> "X has taken A",
//    "attacked B" (also serial: "sold A, closed B and moved C");
//  - coordinated clauses with their own subject: after ", and" or "and" ("Osei scored twice and Varga
//    added a third"), after ", while" / ", whereas", after a semicolon, and in a series of clauses
//    ("Manufacturing shed 4,200 jobs, construction added 11,500 and services created 50,700");
//  - a second assertion by the same speaker: ", adding that B" (also noting, saying, warning …)
//    and "X said A as he announced that B".
// Noun lists ("Al-Sukhna, Al-Furqlus, and Palmyra", "section and central prison") are left alone:
// a split needs a finite verb before the cut and a verb of the right kind after it.
//
// Each part records what a reader needs to read it alone (statement.ts builds the sentence): the
// subject it shares, the attribution frame it sits in, the speaker it continues.

import { ATTRIBUTION_VERBS, AUXILIARIES, DEPENDENT_SUBJECTS } from "./lexicon";
import { isFiniteVerb, isPastVerb, isPresentSVerb, isWord, type Token } from "./features";
import type { Span } from "./debris";
import { isArabicText, splitArabic } from "./arabic";

const MIN_WORDS = 4;
// Longer runs are not sentences (lists, scraped tables): leave them whole, and keep the work linear.
const MAX_TOKENS = 150;
const SKIPPABLE_ADVERBS = new Set(["also", "then", "later", "subsequently", "reportedly", "allegedly"]);
const OPEN_QUOTES = new Set(["“", "‘", "(", "["]);
const CLOSE_QUOTES = new Set(["”", "’", ")", "]"]);
// ", adding that B": the participle and the past form that the statement uses ("X added that B").
const CONTINUING_PARTICIPLES = new Map([
  ["adding", "added"],
  ["noting", "noted"],
  ["saying", "said"],
  ["warning", "warned"],
  ["explaining", "explained"],
  ["stressing", "stressed"],
  ["arguing", "argued"],
  ["insisting", "insisted"],
  ["claiming", "claimed"],
  ["estimating", "estimated"],
]);
const SPEAKER_PRONOUNS = new Set(["he", "she", "they"]);
// A sentence opening with one of these starts with a subordinate clause or an infinitive ("When
// prices rose, the bank raised rates", "To halt their advance, air forces destroyed the bridge").
const SUBORDINATORS = new Set(["to", "when", "after", "as", "if", "because", "although", "though", "while", "since", "before", "once", "until", "unless", "whereas", "whether"]);
// A clause does not start with a relative pronoun, a preposition or a conjunction.
const NOT_SUBJECT_START = new Set([
  "who", "which", "whom", "whose", "where", "when", "that", "what", "and", "or", "but", "up", "down", "in", "on", "at",
  "to", "from", "for", "with", "by", "of", "as", "than", "after", "before", "including", "compared", "according",
  "while", "despite", "amid", "during", "since", "until", "over", "under",
]);
const NOUN_BEFORE = new Set([
  "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "first",
  "second", "third", "fourth", "fifth", "last", "next", "latest", "biggest", "largest", "only", "same", "further",
]);
// "between A and B", "both A and B": the "and" joins nouns, whatever follows.
const PAIRING_WORDS = new Set(["between", "both", "either", "neither"]);
// Words that start a noun phrase, for "and" + clause without a comma.
const NP_STARTERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "some", "many", "most", "all", "no", "each", "every", "another", "other"]);

type VerbKind = "past" | "present" | null;

// Before a plural noun, not a verb: "214 votes", "the plans", "of cuts".
const NOUN_CONTEXT = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "these", "those", "many", "some", "all", "by", "of", "in", "for", "with", "to", "from", "on", "at"]);

function verbKind(tokens: Token[], i: number): VerbKind {
  const t = tokens[i];
  if (!t || !/^\p{Ll}/u.test(t.text)) return null;
  if (isPastVerb(t.lower) && !AUXILIARIES.has(t.lower)) return "past";
  if (isPresentSVerb(t.lower)) {
    const prev = tokens[i - 1];
    if (prev && (NOUN_CONTEXT.has(prev.lower) || /\p{N}/u.test(prev.text))) return null;
    return "present";
  }
  return null;
}

/** How the part after a cut relates to the sentence. */
export type CutKind =
  /** A verb phrase whose subject is the sentence's (or, inside "X said Y …", Y's). */
  | "shared-subject"
  /** A clause with its own subject. */
  | "clause"
  /** ", adding that B": B, said by the sentence's speaker. */
  | "continuing"
  /** "… as he announced that B": a clause whose pronoun subject is the sentence's speaker. */
  | "speaker-pronoun";

interface Cut {
  /** Index of the token that ends the previous part (exclusive). */
  at: number;
  /** Index of the token that starts the next part. */
  next: number;
  kind: CutKind;
  /** For "continuing": the past form to use ("added"). */
  verb?: string;
}

export interface AssertionSpan extends Span {
  /** For a verb phrase cut from its subject: the subject's span. */
  subject?: Span;
  /** For a verb phrase inside a reported clause ("State media said the army … and rejected …"): the
   * attribution in front of its subject ("State media said"). */
  frame?: Span;
  kind?: CutKind;
  /** For "continuing" parts: the reporting verb in the past ("added"). */
  verb?: string;
  /** Attribution at the end of the sentence (", the statistics office said") that also covers this
   * earlier clause. */
  trailingAttribution?: Span;
  /** The statement, when the splitter already built it (Arabic parts: arabic.ts). */
  statement?: string;
}

/** Quote/bracket depth before each token; straight quotes toggle. */
function depths(tokens: Token[]): number[] {
  const out: number[] = [];
  let depth = 0;
  let straight = false;
  for (const t of tokens) {
    out.push(depth + (straight ? 1 : 0));
    if (OPEN_QUOTES.has(t.text)) depth++;
    else if (CLOSE_QUOTES.has(t.text) && depth > 0) depth--;
    else if (t.text === '"') straight = !straight;
  }
  return out;
}

const isLowerFinite = (t: Token): boolean => /^\p{Ll}/u.test(t.text) && isFiniteVerb(t.lower);

/** tokens[i] is a finite verb, not the second half of a compound ("U.S.-backed", "state-run"). */
function isVerbAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !isLowerFinite(t)) return false;
  const prev = tokens[i - 1];
  return !(prev && prev.text === "-" && prev.end === t.start);
}

function hasFiniteVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLowerFinite(tokens[i])) return true;
  return false;
}

function hasVerbOfKind(tokens: Token[], from: number, to: number, kind: VerbKind): boolean {
  for (let i = from; i < to; i++) if (verbKind(tokens, i) === kind) return true;
  return false;
}

function hasAttributionVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ATTRIBUTION_VERBS.has(tokens[i].lower) && /^\p{Ll}/u.test(tokens[i].text)) return true;
  return false;
}

function wordCount(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isWord(tokens[i])) n++;
  return n;
}

/**
 * A clause starts at i: a short noun phrase (up to 6 words, not a pronoun that needs an antecedent,
 * not a relative pronoun or preposition), then a finite verb. Returns the verb's index, or -1.
 */
function clauseVerbAt(tokens: Token[], i: number): number {
  const first = tokens[i];
  if (!first || DEPENDENT_SUBJECTS.has(first.lower) || NOT_SUBJECT_START.has(first.lower) || !isWord(first)) return -1;
  if (isLowerFinite(first)) return -1;
  // A participle phrase ("adding that …", "killing 42 people"), unless the -ing word is the subject
  // of a verb right after it ("borrowing had dropped").
  if (/^\p{Ll}+ing$/u.test(first.text) && !isVerbAt(tokens, i + 1)) return -1;
  for (let j = i; j < Math.min(tokens.length, i + 7); j++) {
    const t = tokens[j];
    if (!isWord(t) && !(j > i && (t.text === "'" || t.text === "’" || t.text === "&" || t.text === "-"))) return -1;
    if (j > i && t.lower === "of" && DEPENDENT_SUBJECTS.has(tokens[j + 1]?.lower ?? "")) return -1;
    // After a determiner or an ordinal a verb form is a noun: "only the second cut since 2020".
    if (j > i && isVerbAt(tokens, j) && !NOUN_BEFORE.has(tokens[j - 1].lower)) return j;
  }
  return -1;
}

/** After ", and": a short noun phrase then a finite verb ("unemployment held", "police said"). */
function clauseFollows(tokens: Token[], i: number): boolean {
  return clauseVerbAt(tokens, i) >= 0;
}

/** Split points inside tokens[from, to). */
function findCuts(tokens: Token[], from: number, to: number): Cut[] {
  const depth = depths(tokens);
  const cuts: Cut[] = [];
  const subordinateOpening = SUBORDINATORS.has(tokens[from]?.lower ?? "");
  let partStart = from;
  // The last cut was a comma between clauses: "and" may then end the series with any clause
  // ("…, construction added 11,500 and services created 50,700").
  let inSeries = false;
  const before = (i: number): number => (i > from && tokens[i - 1].text === "," ? i - 1 : i);
  const firstPartOk = (end: number): boolean => wordCount(tokens, partStart, end) >= MIN_WORDS && hasFiniteVerb(tokens, partStart, end);

  for (let i = from + 1; i < to - 1; i++) {
    const t = tokens[i];
    if (depth[i] !== 0) continue;
    const afterComma = tokens[i - 1].text === ",";

    // ", adding that B" (the speaker goes on): the next part is B.
    const continued = CONTINUING_PARTICIPLES.get(t.lower);
    if (continued && afterComma && firstPartOk(i - 1)) {
      const next = tokens[i + 1]?.lower === "that" ? i + 2 : i + 1;
      if (next < to && wordCount(tokens, next, to) >= 3 && hasFiniteVerb(tokens, next, to)) {
        cuts.push({ at: i - 1, next, kind: "continuing", verb: continued });
        partStart = next;
        i = next - 1;
        continue;
      }
    }

    // "… the minister said as he announced that B": the same speaker, a new assertion.
    if (
      t.lower === "as" &&
      SPEAKER_PRONOUNS.has(tokens[i + 1]?.lower ?? "") &&
      verbKind(tokens, i + 2) !== null &&
      hasAttributionVerb(tokens, partStart, i) &&
      firstPartOk(before(i))
    ) {
      cuts.push({ at: before(i), next: i + 1, kind: "speaker-pronoun" });
      partStart = i + 1;
      continue;
    }

    // ", while B" / ", whereas B" / "; B": a contrasting or parallel clause with its own subject.
    if ((((t.lower === "while" || t.lower === "whereas") && afterComma) || t.text === ";") && !subordinateOpening) {
      if (clauseFollows(tokens, i + 1) && firstPartOk(before(i)) && wordCount(tokens, i + 1, to) >= 3) {
        cuts.push({ at: before(i), next: i + 1, kind: "clause" });
        partStart = i + 1;
        continue;
      }
    }

    // A series of clauses: "Manufacturing shed 4,200 jobs, construction added 11,500 and …". The
    // clause's verb may not be a reporting verb (", the ministry said" is attribution, not a claim).
    if (t.text === "," && !subordinateOpening && i + 1 < to && depth[i + 1] === 0) {
      const v = clauseVerbAt(tokens, i + 1);
      if (
        v >= 0 &&
        verbKind(tokens, v) === "past" &&
        // ", the ministry said" is attribution; "construction added 11,500" is a figure.
        (!ATTRIBUTION_VERBS.has(tokens[v].lower) || /^\p{N}/u.test(tokens[v + 1]?.text ?? "")) &&
        !hasComparison(tokens, i + 1, v) &&
        (firstPartOk(i) || parallelFigures(tokens, partStart, i, v, to)) &&
        wordCount(tokens, i + 1, to) >= 3
      ) {
        cuts.push({ at: i, next: i + 1, kind: "clause" });
        partStart = i + 1;
        inSeries = true;
        continue;
      }
    }

    if (t.lower !== "and" && t.lower !== "but") continue;
    let v = i + 1;
    while (v < to && SKIPPABLE_ADVERBS.has(tokens[v].lower)) v++;
    // "… and was followed by 11 aftershocks": an auxiliary and a participle head a verb phrase too.
    const kind = verbKind(tokens, v) ?? (auxiliaryPhrase(tokens, v) ? "past" : null);
    const end = before(i);
    // Inside a series of figures a clause can be three words ("construction added 11,500").
    if (!(firstPartOk(end) || (inSeries && wordCount(tokens, partStart, end) >= 3 && hasFiniteVerb(tokens, partStart, end)))) continue;

    if (kind !== null && wordCount(tokens, v, to) >= 2) {
      const following = tokens[v + 1];
      if (kind === "present" && following && AUXILIARIES.has(following.lower)) continue;
      // Serial verb phrases: "sold A, closed B and moved C" (the first part needs a verb of the same
      // kind before the comma, so "The bill, which passed by 214 votes, raises ..." stays whole).
      for (let c = partStart + 1; c < end; c++) {
        if (
          tokens[c].text === "," &&
          depth[c] === 0 &&
          verbKind(tokens, c + 1) === kind &&
          wordCount(tokens, partStart, c) >= MIN_WORDS &&
          hasVerbOfKind(tokens, partStart, c, kind)
        ) {
          cuts.push({ at: c, next: c + 1, kind: "shared-subject" });
          partStart = c + 1;
        }
      }
      cuts.push({ at: end, next: i + 1, kind: "shared-subject" });
      partStart = v;
      continue;
    }
    if (t.lower !== "and" || wordCount(tokens, i + 1, to) < 3 || subordinateOpening) continue;
    if (afterComma && clauseFollows(tokens, i + 1) && wordCount(tokens, i + 1, to) >= MIN_WORDS) {
      cuts.push({ at: end, next: i + 1, kind: "clause" });
      partStart = i + 1;
      continue;
    }
    // "and" without a comma joins clauses only when a noun phrase that cannot be part of a list of
    // nouns follows ("… in the first half and Tomás Varga added a third").
    // The word before "and" may not be capitalised ("Syrian and Russian air forces destroyed …" is
    // one subject), and the first part needs a verb that cannot be a plural noun ("gains").
    if (
      !afterComma &&
      (inSeries || startsNounPhrase(tokens, i + 1)) &&
      !/^\p{Lu}/u.test(tokens[i - 1].text) &&
      !pairedAnd(tokens, partStart, i) &&
      hasUnambiguousVerb(tokens, partStart, i)
    ) {
      const cv = clauseVerbAt(tokens, i + 1);
      // "… and police said." at the end is attribution, not a clause of its own.
      const trailingReport = cv >= 0 && ATTRIBUTION_VERBS.has(tokens[cv].lower) && (cv + 1 >= to || !isWord(tokens[cv + 1]));
      if (cv >= 0 && (verbKind(tokens, cv) !== null || AUXILIARIES.has(tokens[cv].lower)) && !trailingReport) {
        cuts.push({ at: end, next: i + 1, kind: "clause" });
        partStart = i + 1;
      }
    }
  }
  return cuts;
}

// "…, one more than the 88 needed", "…, up from the 312 recorded": a comparison, then a participle.
const COMPARISON_WORDS = new Set(["than", "more", "less", "fewer", "up", "down", "compared"]);

function hasComparison(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (COMPARISON_WORDS.has(tokens[i].lower)) return true;
  return false;
}

const hasNumber = (tokens: Token[], from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (/\p{N}/u.test(tokens[i].text)) return true;
  return false;
};

/**
 * Figures in parallel ("Manufacturing shed 4,200 jobs, construction added 11,500"): the first part
 * opens like a subject and carries a number, and so does the clause after the comma. Then the first
 * part is a clause even when its verb is not in the lexicon ("shed").
 */
function parallelFigures(tokens: Token[], partStart: number, comma: number, verb: number, to: number): boolean {
  const first = tokens[partStart];
  if (!first || NOT_SUBJECT_START.has(first.lower) || SUBORDINATORS.has(first.lower) || DEPENDENT_SUBJECTS.has(first.lower)) return false;
  return wordCount(tokens, partStart, comma) >= 3 && hasNumber(tokens, partStart, comma) && hasNumber(tokens, verb + 1, Math.min(to, verb + 8));
}

const PHRASE_AUXILIARIES = new Set(["was", "were", "has", "have", "had", "is", "are"]);

/** tokens[v] is "was"/"has"/… followed by a participle ("was followed", "has been", "had not paid"). */
function auxiliaryPhrase(tokens: Token[], v: number): boolean {
  if (!PHRASE_AUXILIARIES.has(tokens[v]?.text ?? "")) return false;
  let p = v + 1;
  if (tokens[p]?.lower === "not" || tokens[p]?.lower === "also") p++;
  const next = tokens[p];
  return next !== undefined && (next.lower === "been" || (/^\p{Ll}/u.test(next.text) && isPastVerb(next.lower) && !AUXILIARIES.has(next.lower)));
}

/** A past form or an auxiliary: a verb for sure, unlike "gains" or "plans". */
function hasUnambiguousVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (verbKind(tokens, i) === "past" || (AUXILIARIES.has(tokens[i].lower) && /^\p{Ll}/u.test(tokens[i].text))) return true;
  return false;
}

function startsNounPhrase(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  return NP_STARTERS.has(t.lower) || /^\p{Lu}/u.test(t.text);
}

/** "between Homs and Hama", "both A and B": the "and" at `and` pairs two nouns. */
function pairedAnd(tokens: Token[], from: number, and: number): boolean {
  for (let j = Math.max(from, and - 5); j < and; j++) if (PAIRING_WORDS.has(tokens[j].lower)) return true;
  return false;
}

/**
 * The sentence subject and its verb: tokens before the first finite verb, when that is a short noun
 * phrase. A relative clause between commas is skipped ("The bill, which passed by 214 votes,
 * raises …": the subject is "The bill", the verb "raises").
 */
function subjectOf(tokens: Token[]): { end: number; verb: number } | null {
  let end = -1;
  for (let i = 1; i < Math.min(tokens.length, 40); i++) {
    if (tokens[i].text === "," && end < 0 && RELATIVES.has(tokens[i + 1]?.lower ?? "")) {
      end = i;
      let j = i + 2;
      while (j < tokens.length && tokens[j].text !== ",") j++;
      i = j;
      continue;
    }
    if (end < 0 && i >= 16) return null;
    if (isVerbAt(tokens, i)) return { end: end < 0 ? i : end, verb: i };
  }
  return null;
}
const RELATIVES = new Set(["which", "who", "whose", "whom"]);
// Verbs a speaker performs on what was said ("… and called the decision a false economy"): a verb
// phrase with one of these belongs to the speaker, not to the reported clause.
const SPEAKER_VERBS = new Set(
  `called described accused criticised criticized urged denied dismissed praised welcomed condemned insisted argued
  warned labelled labeled blamed vowed pledged promised demanded asked appealed`.split(/\s+/),
);

/**
 * "State media said the army had strengthened …": the reported clause's subject ("the army") and
 * the frame in front of it ("State media said"), when the sentence opens with an attribution whose
 * complement is a clause with a verb of the kind that the coordinated verb phrase continues.
 */
function reportedClause(tokens: Token[], verbAt: number, cutAt: number): { frameEnd: number; subject: [number, number]; verb: number } | null {
  if (!ATTRIBUTION_VERBS.has(tokens[verbAt].lower) && tokens[verbAt].lower !== "wrote") return null;
  let s = verbAt + 1;
  if (tokens[s]?.lower === "that") s++;
  const v = clauseVerbAt(tokens, s);
  if (v < 0 || v >= cutAt) return null;
  return { frameEnd: s, subject: [s, v], verb: v };
}

/** Split a sentence span into assertion spans (a single span when nothing splits). */
export function splitAssertions(text: string, span: Span, tokens: Token[]): AssertionSpan[] {
  if (isArabicText(text.slice(span.start, span.end))) return splitArabic(text, span, tokens);
  if (tokens.length < 6 || tokens.length > MAX_TOKENS) return [span];
  const cuts = findCuts(tokens, 0, tokens.length);
  if (cuts.length === 0) return [span];
  const subj = subjectOf(tokens);
  const subject: Span | undefined = subj ? { start: tokens[0].start, end: tokens[subj.end - 1].end } : undefined;
  const trailing = trailingAttribution(tokens);

  const parts: AssertionSpan[] = [];
  let start = span.start;
  let cut: Cut | undefined;
  const push = (end: number, isLast: boolean): void => {
    if (end <= start) return;
    const part: AssertionSpan = { start, end };
    if (cut) {
      part.kind = cut.kind;
      if (cut.verb) part.verb = cut.verb;
      if (cut.kind === "shared-subject" && subject) {
        const vpVerb = tokens[cut.next]?.lower ?? "";
        const speakerVerb = ATTRIBUTION_VERBS.has(vpVerb) || SPEAKER_VERBS.has(vpVerb);
        const reported = subj && !speakerVerb ? reportedClause(tokens, subj.verb, cut.at) : null;
        if (reported && attachesInside(tokens, reported.verb, cut.next)) {
          part.frame = { start: tokens[0].start, end: tokens[reported.frameEnd - 1].end };
          part.subject = { start: tokens[reported.subject[0]].start, end: tokens[reported.subject[1] - 1].end };
        } else {
          part.subject = subject;
        }
      }
    }
    if (!isLast && trailing && (part.kind === undefined || part.kind === "clause") && !hasAttributionVerb(tokens, tokenIndexAt(tokens, start), tokenIndexAt(tokens, end))) {
      part.trailingAttribution = trailing;
    }
    parts.push(part);
  };
  for (const c of cuts) {
    let end = tokens[c.at].start;
    while (end > start && /[\s,;]/u.test(text[end - 1])) end--;
    push(end, false);
    start = tokens[c.next].start;
    cut = c;
  }
  push(span.end, true);
  // A trailing attribution belongs to the clauses before it only when the sentence is a chain of
  // clauses: the last part must be a clause too.
  if (parts.length > 0 && parts[parts.length - 1].kind !== "clause") for (const p of parts) delete p.trailingAttribution;
  return parts;
}

function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Does the verb phrase at `vp` continue the reported clause whose verb is at `inner`? Yes when the
 * forms agree: "had strengthened … and rejected", "was centred … and was followed", "fled … and
 * hid". No after a modal ("would save … and blamed": the speaker blamed).
 */
function attachesInside(tokens: Token[], inner: number, vp: number): boolean {
  const iv = tokens[inner].lower;
  if (["will", "would", "could", "can", "may", "might", "should", "must", "shall"].includes(iv)) return false;
  const vpKind = verbKind(tokens, vp);
  if (AUXILIARIES.has(iv)) return vpKind === "past" || AUXILIARIES.has(tokens[vp]?.lower ?? "");
  return verbKind(tokens, inner) === vpKind;
}

/** ", the statistics office said." / ", according to official results." at the end of a sentence. */
function trailingAttribution(tokens: Token[]): Span | undefined {
  let end = tokens.length;
  while (end > 0 && /^[.!?"”’)]$/.test(tokens[end - 1].text)) end--;
  for (let c = end - 1; c > 0 && c >= end - 14; c--) {
    if (tokens[c].text !== ",") continue;
    const rest = tokens.slice(c + 1, end);
    if (rest.length < 2) return undefined;
    if (rest[0].lower === "according" && rest[1]?.lower === "to") return { start: tokens[c + 1].start, end: tokens[end - 1].end };
    const v = clauseVerbAt(tokens, c + 1);
    // Only a short tail after the verb ("said on Friday", "told reporters in the capital"), and not a
    // figure ("construction added 11,500" is a clause of its own).
    if (v >= 0 && ATTRIBUTION_VERBS.has(tokens[v].lower) && v - (c + 1) <= 6 && end - v <= 6 && !/^\p{N}/u.test(tokens[v + 1]?.text ?? "")) {
      return { start: tokens[c + 1].start, end: tokens[end - 1].end };
    }
    return undefined;
  }
  return undefined;
}
