// Kinds of sentence the sentence model over-scores in news (docs/extraction.md, "What fails"),
// corrected after the model and only for article text (scoreSentence itself, which the ClaimBuster
// figures measure, is unchanged):
//  - forecasts and plans with a date or a figure ("Clinics will open on Saturdays from 21 March.",
//    "Construction is due to begin in 2027."): nothing has happened yet to check, unless someone is
//    reported saying it (a past verb such as "said" makes it a checkable report), and conditionals
//    ("Even if the levy were doubled, revenue would …"), which assert nothing at all;
//  - a reported phrase with no verb of its own ("More money for schools, say teachers.");
//  - quoted opinion with no figure ('"The fundamentals haven't changed," said X.'): the attribution
//    and the name lift the score, but what is asserted is a view.
// Each lowers the model's log-odds by a fixed amount (docs/extraction.md, pipeline step 7) and adds
// the reason users see.

import { isFiniteVerb, isPastVerb, isWord, type Token } from "./features";
import { ATTRIBUTION_VERBS, AUXILIARIES, NUMBER_WORDS } from "./lexicon";

const FORECAST_PENALTY = 1.0;
const QUOTED_OPINION_PENALTY = 1.5;
const VERBLESS_PENALTY = 1.5;
const HYPOTHETICAL_PENALTY = 6.0;
const FUTURE =
  /\b(?:will|shall|would|might|could|is (?:due|set|expected|scheduled|planned) to|are (?:due|set|expected|scheduled|planned) to|expects?|plans? to|intends? to|aims? to|is going to|are going to)\b/iu;
// "Even if the target were met, prices would only level off": a conditional, not an event.
const HYPOTHETICAL = /^(?:even )?(?:if|unless|were)\b[^.;]{0,200}?\b(?:would|could|might)\b/iu;
const QUOTE_MARK = /["“«‘]/u;
const OPEN_QUOTES = new Set(["“", "‘", "«"]);
const CLOSE_QUOTES = new Set(["”", "’", "»"]);

export interface Adjustment {
  delta: number;
  reason: string | null;
}

function hasPastVerb(tokens: Token[]): boolean {
  return tokens.some(
    (t) =>
      /^\p{Ll}/u.test(t.text) &&
      isPastVerb(t.lower) &&
      !AUXILIARIES.has(t.lower) &&
      t.lower !== "expected" &&
      t.lower !== "scheduled" &&
      t.lower !== "planned",
  );
}

// "Every one of these cases" is not a figure.
function hasFigure(tokens: Token[]): boolean {
  return tokens.some((t) => /\p{N}/u.test(t.text) || (NUMBER_WORDS.has(t.lower) && t.lower !== "one"));
}

/**
 * A quotation is the sentence's assertion: most words are quoted, or what is outside the quotes is
 * only an attribution ('"…," said Laura Benítez, a mining analyst at Banco Andino').
 */
function isQuotation(tokens: Token[]): boolean {
  let words = 0;
  let quoted = 0;
  let depth = 0;
  let straight = false;
  let outsideAttribution = false;
  let outsideOtherVerb = false;
  for (const t of tokens) {
    if (OPEN_QUOTES.has(t.text)) depth++;
    else if (CLOSE_QUOTES.has(t.text) && depth > 0) depth--;
    else if (t.text === '"') straight = !straight;
    else if (isWord(t)) {
      words++;
      if (depth > 0 || straight) quoted++;
      else if (ATTRIBUTION_VERBS.has(t.lower)) outsideAttribution = true;
      else if (/^\p{Ll}/u.test(t.text) && isFiniteVerb(t.lower)) outsideOtherVerb = true;
    }
  }
  if (words === 0 || quoted < 3) return false;
  return quoted / words >= 0.5 || (outsideAttribution && !outsideOtherVerb);
}

/**
 * "More public money for social housing, say housing charities.": outside the attribution there is
 * no verb, so nothing is asserted that could be true or false.
 */
function verblessBesidesAttribution(tokens: Token[]): boolean {
  for (let c = tokens.length - 1; c > 0 && c >= tokens.length - 10; c--) {
    if (tokens[c].text !== ",") continue;
    const tail = tokens.slice(c + 1, Math.min(tokens.length, c + 8));
    const reported =
      tail.some((t) => ATTRIBUTION_VERBS.has(t.lower) || t.lower === "say") ||
      (tail[0]?.lower === "according" && tail[1]?.lower === "to");
    if (!reported) return false;
    return !tokens.slice(0, c).some((t) => /^\p{Ll}/u.test(t.text) && isFiniteVerb(t.lower));
  }
  return false;
}

export function articleAdjustment(statement: string, tokens: Token[]): Adjustment {
  if (verblessBesidesAttribution(tokens))
    return { delta: -VERBLESS_PENALTY, reason: "no assertion besides the attribution (−)" };
  // A conditional asserts nothing whatever figures it quotes: a stronger correction.
  if (HYPOTHETICAL.test(statement))
    return { delta: -HYPOTHETICAL_PENALTY, reason: "forecast or plan: nothing to check yet (−)" };
  if (FUTURE.test(statement) && !hasPastVerb(tokens))
    return { delta: -FORECAST_PENALTY, reason: "forecast or plan: nothing to check yet (−)" };
  if (QUOTE_MARK.test(statement) && isQuotation(tokens) && !hasFigure(tokens))
    return { delta: -QUOTED_OPINION_PENALTY, reason: "quoted view without a figure (−)" };
  return { delta: 0, reason: null };
}

/** A score after a change of its log-odds by `delta`, rounded like the model's. */
export function shiftScore(score: number, delta: number): number {
  const p = Math.min(Math.max(score, 1e-6), 1 - 1e-6);
  const z = Math.log(p / (1 - p)) + delta;
  return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
}
