// The statement: a claim as a reviewer should read it on its own. The anchor (the quote and its
// offsets) never changes; the statement restores what splitting took away:
//  - the subject of a verb phrase ("attacked Palmyra landmarks." → "The U.S.-backed Free Syrian Army
//    attacked Palmyra landmarks."), with the attribution it sits in ("State media said the army
//    rejected military departures.");
//  - the speaker of ", adding that B" ("The statistics office added that B") and of "as he announced
//    that B" ("The minister announced that B");
//  - an attribution at the end of the sentence for the clauses before it ("Inflation slowed to 3.1%,
//    the statistics office said.");
//  - a capital letter at the start and a full stop at the end.
// Deterministic string assembly from spans of the same text; when nothing is missing the statement
// is the quote itself.

import { charClass, trailingRunStart } from "./scan";
import type { AssertionSpan } from "./split";

// "unemployment held" → "Unemployment held"; "iPhone sales" stays as written.
const capitalise = (s: string): string => (/^\p{Ll}(?!\p{Lu})/u.test(s) ? s[0].toUpperCase() + s.slice(1) : s);
const collapse = (s: string): string => s.replace(/\s+/g, " ").trim();

const isStop = charClass(/[.!?…]/u);

/** Cut the sentence-final stops (a backward scan: /[.!?…]+$/ is quadratic in a run of dots). */
function withoutFinalStop(s: string): string {
  return s.slice(0, trailingRunStart(s, isStop));
}

/** End with the stop the sentence had, or a full stop when the part had none. */
function closeLike(s: string, sentence: string): string {
  if (/[.!?…]["”’)\]]*$/u.test(s)) return s;
  const m = /([.!?…])["”’)\]]*$/u.exec(sentence);
  // A headline or list item has no stop: do not invent one.
  return m ? `${s}${m[1] === "…" ? "." : m[1]}` : s;
}

export interface StatementContext {
  /** The whole text the spans point into. */
  text: string;
  /** The sentence (trimmed of debris) the part was cut from. */
  sentence: { start: number; end: number };
  /** Whose assertion the sentence is ("the statistics office"), or null; looked up only when needed. */
  speaker: () => string | null;
}

/** The self-contained statement for one part of a sentence; the quote when nothing needs restoring. */
export function buildStatement(part: AssertionSpan, ctx: StatementContext): string {
  const { text } = ctx;
  const quote = text.slice(part.start, part.end);
  if (part.statement !== undefined) return part.statement;
  const sentence = text.slice(ctx.sentence.start, ctx.sentence.end);
  const slice = (s: { start: number; end: number }): string => collapse(text.slice(s.start, s.end));
  let body = quote;

  if (part.kind === "shared-subject" && part.subject) {
    const subject = slice(part.subject);
    body = part.frame ? `${slice(part.frame)} ${subject} ${quote}` : `${subject} ${quote}`;
  } else if (part.kind === "continuing" && part.verb) {
    const speaker = ctx.speaker();
    if (speaker === null) return capitalise(quote);
    body = `${capitalise(speaker)} ${part.verb} that ${quote}`;
  } else if (part.kind === "speaker-pronoun") {
    const speaker = ctx.speaker();
    const pronoun = /^(?:he|she|they)\b/iu.exec(quote);
    body = speaker && pronoun ? `${speaker}${quote.slice(pronoun[0].length)}` : quote;
  }
  if (part.trailingAttribution) {
    body = `${withoutFinalStop(body)}, ${slice(part.trailingAttribution)}`;
  }
  body = capitalise(collapse(body));
  return body === quote ? quote : closeLike(body, sentence);
}
