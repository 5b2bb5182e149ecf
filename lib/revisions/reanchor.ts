// Re-anchoring: where each claim's quote is in a new revision of its article. Pure. In order:
//   1. the same offsets, when the quote and its context are still there;
//   2. where the diff carried the quote, when every character of it was kept;
//   3. a unique exact match of the quote (its context decides between several);
//   4. an approximate match (approx-string-match, Myers' bit-parallel algorithm, as Hypothesis
//      uses to re-anchor annotations), with a stricter minimum score for short quotes.
// 1–3 are EXACT; 4 is NEEDS_RECHECK (an editor confirms it); nothing found is ORPHANED.
// Steps 3 and 4 only look where the claim's own text can be: text the diff kept from elsewhere in
// the old revision (a repeated or look-alike sentence) never captures a claim whose text is gone.
import search from "approx-string-match";
import { CONTEXT_CHARS, isGraphemeBoundary, overlaps, trimSpan, type Span } from "@/lib/claims/spans";
import { OriginMap, type TextDiff } from "./diff";

export type AnchorState = "EXACT" | "NEEDS_RECHECK" | "ORPHANED";

export interface AnchoredClaim {
  id: string;
  /** The quote: the old body's text at [start, end). */
  text: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  /** An orphan's offsets refer to an older revision than the old body: only steps 3 (with context) apply. */
  orphaned?: boolean;
}

export type Reanchored =
  | { id: string; state: "EXACT"; start: number; end: number; how: "same-offsets" | "moved" | "exact-match" }
  | { id: string; state: "NEEDS_RECHECK"; start: number; end: number; score: number; how: "ambiguous" | "approximate" }
  | { id: string; state: "ORPHANED" };

/** Quotes shorter than this (characters) are "short": an approximate match must be closer. */
export const SHORT_QUOTE_CHARS = 40;
/** Minimum share of a quote's characters an approximate match keeps (1 − errors / length). */
export const MIN_SCORE = 0.75;
export const MIN_SCORE_SHORT = 0.9;
/** Exact occurrences considered before giving up on telling them apart. */
const MAX_OCCURRENCES = 50;

export function minScoreFor(quote: string): number {
  return quote.length < SHORT_QUOTE_CHARS ? MIN_SCORE_SHORT : MIN_SCORE;
}

/** How many characters of the claim's context sit next to [start, end) in `text` (0..1). */
function contextScore(text: string, span: Span, claim: Pick<AnchoredClaim, "prefix" | "suffix">): number {
  const before = text.slice(Math.max(0, span.start - CONTEXT_CHARS), span.start);
  const after = text.slice(span.end, span.end + CONTEXT_CHARS);
  let head = 0;
  while (head < claim.prefix.length && head < before.length && claim.prefix.at(-1 - head) === before.at(-1 - head)) head++;
  let tail = 0;
  while (tail < claim.suffix.length && tail < after.length && claim.suffix[tail] === after[tail]) tail++;
  const total = claim.prefix.length + claim.suffix.length;
  return total === 0 ? 1 : (head + tail) / total;
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0 && found.length < MAX_OCCURRENCES; at = text.indexOf(quote, at + 1))
    found.push(at);
  return found;
}

/** A span of the new text trimmed of surrounding spaces and kept whole at grapheme boundaries. */
function cleanSpan(text: string, span: Span): Span | null {
  const trimmed = trimSpan(text, span);
  if (!trimmed) return null;
  let { start, end } = trimmed;
  while (start > 0 && !isGraphemeBoundary(text, start)) start--;
  while (end < text.length && !isGraphemeBoundary(text, end)) end++;
  return { start, end };
}

interface Context {
  oldBody: string;
  newBody: string;
  origins: OriginMap;
  /** The new text with every kept character blanked: only inserted (new or moved) text remains. */
  insertedOnly: string;
}

/**
 * True unless most of [start, end) in the new text was kept from outside the claim's old span
 * (then it is other text that was there before: a repeated or look-alike sentence). "Most", not
 * "any": a common word the diff kept inside a moved paragraph does not make it someone else's.
 */
function ownedBy(context: Context, claim: AnchoredClaim, span: Span): boolean {
  let foreign = 0;
  for (let index = span.start; index < span.end; index++) {
    const origin = context.origins.oldOffset(index);
    if (origin >= 0 && (claim.orphaned || origin < claim.start || origin >= claim.end)) foreign++;
  }
  return foreign * 2 < span.end - span.start;
}

function exactStep(context: Context, claim: AnchoredClaim): Reanchored | null {
  const { newBody, oldBody, origins } = context;
  const { text: quote, start, end } = claim;
  if (!claim.orphaned) {
    const contextKept =
      newBody.slice(Math.max(0, start - claim.prefix.length), start) === claim.prefix ||
      newBody.slice(end, end + claim.suffix.length) === claim.suffix;
    if (newBody.slice(start, end) === quote && contextKept && oldBody.slice(start, end) === quote)
      return { id: claim.id, state: "EXACT", start, end, how: "same-offsets" };
    const from = origins.newOffset(start);
    const to = end > start ? origins.newOffset(end - 1) : -1;
    if (from >= 0 && to >= 0 && newBody.slice(from, to + 1) === quote)
      return { id: claim.id, state: "EXACT", start: from, end: to + 1, how: "moved" };
  }
  const candidates = occurrences(newBody, quote)
    .map((at) => ({ start: at, end: at + quote.length }))
    .filter((span) => ownedBy(context, claim, span));
  if (claim.orphaned) {
    // An orphan comes back only where its quote and its whole context are together again.
    const whole = candidates.filter((span) => contextScore(newBody, span, claim) === 1);
    return whole.length === 1 ? { id: claim.id, state: "EXACT", ...whole[0], how: "exact-match" } : null;
  }
  if (candidates.length === 1) return { id: claim.id, state: "EXACT", ...candidates[0], how: "exact-match" };
  if (candidates.length > 1) {
    const scored = candidates
      .map((span) => ({ span, score: contextScore(newBody, span, claim) }))
      .sort((a, b) => b.score - a.score);
    if (scored[0].score === 1 && scored[1].score < 1)
      return { id: claim.id, state: "EXACT", ...scored[0].span, how: "exact-match" };
    return { id: claim.id, state: "NEEDS_RECHECK", ...scored[0].span, score: 1, how: "ambiguous" };
  }
  return null;
}

/** A match's edges matched again in the real text around it, where kept characters may belong to the quote. */
function refine(newBody: string, quote: string, span: Span, errors: number): { span: Span; errors: number } {
  const lo = Math.max(0, span.start - 8);
  const window = newBody.slice(lo, Math.min(newBody.length, span.end + 8));
  const [refined] = search(window, quote, errors);
  return refined
    ? { span: { start: lo + refined.start, end: lo + refined.end }, errors: refined.errors }
    : { span, errors };
}

function approximateStep(context: Context, claim: AnchoredClaim, taken: readonly Span[]): Reanchored | null {
  const { newBody, origins, insertedOnly } = context;
  const quote = claim.text;
  if (claim.orphaned || quote.trim().length < 4) return null;
  const maxErrors = Math.floor(quote.length * (1 - minScoreFor(quote)));
  const region = origins.regionOf(claim.start, claim.end, newBody.length);
  const found: { span: Span; errors: number }[] = [];
  // Where the claim stood (between the kept text around it), then anywhere the new revision
  // inserted text (a moved and edited paragraph).
  for (const match of search(newBody.slice(region.start, region.end), quote, maxErrors)) {
    const span = { start: region.start + match.start, end: region.start + match.end };
    found.push(refine(newBody, quote, span, match.errors));
  }
  if (/[^\u0000]/u.test(insertedOnly)) {
    for (const match of search(insertedOnly, quote, maxErrors))
      found.push(refine(newBody, quote, { start: match.start, end: match.end }, match.errors));
  }
  let best: { span: Span; score: number; rank: number } | null = null;
  for (const candidate of found) {
    const span = cleanSpan(newBody, candidate.span);
    if (!span || !ownedBy(context, claim, span) || !/[\p{L}\p{N}]/u.test(newBody.slice(span.start, span.end))) continue;
    // Text another claim is anchored on is that claim's (a templated sentence moved elsewhere).
    if (taken.some((other) => overlaps(other, span))) continue;
    const score = 1 - candidate.errors / quote.length;
    if (score < minScoreFor(quote)) continue;
    // As Hypothesis weighs it: the quote first, then its context, then nearness to where it was.
    const nearness = 1 - Math.min(1, Math.abs(span.start - claim.start) / Math.max(1, newBody.length));
    const rank = 50 * score + 20 * contextScore(newBody, span, claim) + 2 * nearness;
    if (!best || rank > best.rank) best = { span, score, rank };
  }
  if (!best) return null;
  return {
    id: claim.id,
    state: "NEEDS_RECHECK",
    ...best.span,
    score: Math.round(best.score * 1000) / 1000,
    how: "approximate",
  };
}

/** Re-anchors each claim of the old body onto the new one (see the file comment for the steps). */
export function reanchorClaims(
  oldBody: string,
  newBody: string,
  diff: TextDiff,
  claims: readonly AnchoredClaim[],
): Reanchored[] {
  const origins = new OriginMap(diff);
  const blanked = newBody.split("");
  for (const part of diff.parts) {
    if (part.kind !== "equal") continue;
    for (let index = part.newStart; index < part.newStart + part.text.length; index++) blanked[index] = "\u0000";
  }
  const context: Context = { oldBody, newBody, origins, insertedOnly: blanked.join("") };
  // Exact anchors first: the text they hold is out of reach of every approximate match, and each
  // approximate match, best first, takes its text from the ones after it.
  const results: (Reanchored | null)[] = claims.map((claim) => exactStep(context, claim));
  const taken: Span[] = results.flatMap((result) => (result && result.state !== "ORPHANED" ? [result] : []));
  const approximate = claims
    .map((claim, index) => ({ index, match: results[index] ? null : approximateStep(context, claim, taken) }))
    .filter((entry): entry is { index: number; match: Reanchored & { score: number } } => entry.match !== null)
    .sort((a, b) => b.match.score - a.match.score);
  for (const { index, match } of approximate) {
    // Re-run against what the better matches took; usually the same answer.
    const settled = taken.some((span) => overlaps(span, match as Span))
      ? approximateStep(context, claims[index], taken)
      : match;
    if (settled && settled.state !== "ORPHANED") taken.push(settled);
    results[index] = settled;
  }
  return claims.map((claim, index) => results[index] ?? { id: claim.id, state: "ORPHANED" });
}
