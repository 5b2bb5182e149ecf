// Splitting one sentence into separately checkable assertions:
//  - coordinated verb phrases sharing a subject: "X has taken A and attacked B" -> "X has taken A",
//    "attacked B" (also serial: "sold A, closed B and moved C");
//  - coordinated clauses after ", and": "inflation slowed to 3.1%, and unemployment held at 6.2%".
// Noun lists ("Al-Sukhna, Al-Furqlus, and Palmyra", "section and central prison") are left alone:
// a split needs a finite verb before the conjunction and a verb of the same kind right after it.

import { AUXILIARIES, DEPENDENT_SUBJECTS } from "./lexicon";
import { isFiniteVerb, isPastVerb, isPresentSVerb, isWord, type Token } from "./features";
import type { Span } from "./debris";

const MIN_WORDS = 4;
// Longer runs are not sentences (lists, scraped tables): leave them whole, and keep the work linear.
const MAX_TOKENS = 150;
const SKIPPABLE_ADVERBS = new Set(["also", "then", "later", "subsequently", "reportedly", "allegedly"]);
const OPEN_QUOTES = new Set(["“", "‘", "(", "["]);
const CLOSE_QUOTES = new Set(["”", "’", ")", "]"]);

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

interface Cut {
  /** Index of the conjunction or comma token. */
  at: number;
  /** Index of the token that starts the next part. */
  next: number;
  /** The next part is a verb phrase whose subject is the sentence's. */
  sharesSubject: boolean;
}

export interface AssertionSpan extends Span {
  /** For a verb phrase cut from its subject: the subject's span, used as context when scoring. */
  subject?: Span;
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

function hasFiniteVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isFiniteVerb(tokens[i].lower) && /^\p{Ll}/u.test(tokens[i].text)) return true;
  return false;
}

function hasVerbOfKind(tokens: Token[], from: number, to: number, kind: VerbKind): boolean {
  for (let i = from; i < to; i++) if (verbKind(tokens, i) === kind) return true;
  return false;
}

function wordCount(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isWord(tokens[i])) n++;
  return n;
}

/** After ", and": a short noun phrase then a finite verb ("unemployment held", "police said"). */
function clauseFollows(tokens: Token[], i: number): boolean {
  const first = tokens[i];
  if (!first || DEPENDENT_SUBJECTS.has(first.lower)) return false;
  for (let j = i; j < Math.min(tokens.length, i + 6); j++) {
    const t = tokens[j];
    if (!isWord(t)) return false;
    if (j > i && t.lower === "of" && DEPENDENT_SUBJECTS.has(tokens[j + 1]?.lower ?? "")) return false;
    if (j > i && /^\p{Ll}/u.test(t.text) && isFiniteVerb(t.lower)) return true;
  }
  return false;
}

/** Split points inside tokens[from, to). */
function findCuts(tokens: Token[], from: number, to: number): Cut[] {
  const depth = depths(tokens);
  const cuts: Cut[] = [];
  let partStart = from;
  for (let i = from + 1; i < to - 1; i++) {
    const t = tokens[i];
    if (depth[i] !== 0 || (t.lower !== "and" && t.lower !== "but")) continue;
    const afterComma = tokens[i - 1].text === ",";
    let v = i + 1;
    while (v < to && SKIPPABLE_ADVERBS.has(tokens[v].lower)) v++;
    const kind = verbKind(tokens, v);
    const before = afterComma ? i - 1 : i;
    if (wordCount(tokens, partStart, before) < MIN_WORDS || !hasFiniteVerb(tokens, partStart, before)) continue;

    if (kind !== null && wordCount(tokens, v, to) >= 2) {
      const following = tokens[v + 1];
      if (kind === "present" && following && AUXILIARIES.has(following.lower)) continue;
      // Serial verb phrases: "sold A, closed B and moved C" (the first part needs a verb of the same
      // kind before the comma, so "The bill, which passed by 214 votes, raises ..." stays whole).
      for (let c = partStart + 1; c < before; c++) {
        if (
          tokens[c].text === "," &&
          depth[c] === 0 &&
          verbKind(tokens, c + 1) === kind &&
          wordCount(tokens, partStart, c) >= MIN_WORDS &&
          hasVerbOfKind(tokens, partStart, c, kind)
        ) {
          cuts.push({ at: c, next: c + 1, sharesSubject: true });
          partStart = c + 1;
        }
      }
      cuts.push({ at: before, next: i + 1, sharesSubject: true });
      partStart = v;
      continue;
    }
    if (afterComma && t.lower === "and" && clauseFollows(tokens, i + 1) && wordCount(tokens, i + 1, to) >= MIN_WORDS) {
      cuts.push({ at: before, next: i + 1, sharesSubject: false });
      partStart = i + 1;
    }
  }
  return cuts;
}

/** The sentence subject: tokens before the first finite verb, when that is a short noun phrase. */
function subjectSpan(tokens: Token[]): Span | undefined {
  for (let i = 1; i < Math.min(tokens.length, 16); i++) {
    if (/^\p{Ll}/u.test(tokens[i].text) && isFiniteVerb(tokens[i].lower)) {
      return { start: tokens[0].start, end: tokens[i - 1].end };
    }
  }
  return undefined;
}

/** Split a sentence span into assertion spans (a single span when nothing splits). */
export function splitAssertions(text: string, span: Span, tokens: Token[]): AssertionSpan[] {
  if (tokens.length < 8 || tokens.length > MAX_TOKENS) return [span];
  const cuts = findCuts(tokens, 0, tokens.length);
  if (cuts.length === 0) return [span];
  const subject = subjectSpan(tokens);
  const parts: AssertionSpan[] = [];
  let start = span.start;
  let shares = false;
  const push = (end: number): void => {
    if (end > start) parts.push(shares && subject ? { start, end, subject } : { start, end });
  };
  for (const cut of cuts) {
    let end = tokens[cut.at].start;
    while (end > start && /[\s,;]/u.test(text[end - 1])) end--;
    push(end);
    start = tokens[cut.next].start;
    shares = cut.sharesSubject;
  }
  push(span.end);
  return parts;
}
