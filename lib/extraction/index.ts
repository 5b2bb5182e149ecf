// Claim extraction: plain text in, check-worthy claim spans out. Pure and deterministic:
// no I/O, no clock, no network. See docs/extraction.md for the pipeline and measured quality.

import { suggestClaimant } from "./claimant";
import { debrisReason, isHeadlineLike, opensRelatedBlock, trimDebris, type Span } from "./debris";
import { tokenize } from "./features";
import { scoreSentence } from "./score";
import { segment } from "./segment";
import { splitAssertions } from "./split";

export { segment, type Segment } from "./segment";
export { scoreSentence, type SentenceScore } from "./score";
export { tokenize, extractFeatures, FEATURE_REASONS, type FeatureName } from "./features";
export { splitAssertions } from "./split";
export { debrisReason, trimDebris, type DropReason, type Span } from "./debris";

export interface ExtractedClaim {
  /** Exact substring of the input: input.slice(start, end) === text. */
  text: string;
  /** UTF-16 code unit offsets into the input string. */
  start: number;
  end: number;
  /** Up to 32 characters before start. */
  prefix: string;
  /** Up to 32 characters after end. */
  suffix: string;
  /** Check-worthiness 0..1, rounded to 3 decimals. */
  score: number;
  reasons: string[];
  /** 0-based order in the text. */
  ordinal: number;
  /** Whose assertion it is, when the sentence attributes it ("X said", "according to X"). */
  claimant: string | null;
}

/**
 * Minimum score for a span to be kept as a claim. The model is trained with balanced class
 * weights, so 0.5 means "as likely check-worthy as not"; see docs/extraction.md.
 */
export const CLAIM_SCORE_THRESHOLD = 0.4;

export const CONTEXT_CHARS = 32;

export interface CandidateSpan extends Span {
  score: number;
  reasons: string[];
  /** The whole sentence the span was cut from (attribution may sit in another part of it). */
  sentence: Span;
}

/** Every candidate assertion span with its score, before the threshold is applied. */
export function candidateSpans(text: string): CandidateSpan[] {
  const out: CandidateSpan[] = [];
  const seen = new Set<string>();
  let relatedParagraph = -1;
  for (const seg of segment(text)) {
    const { start, end } = trimDebris(text, seg);
    if (end <= start) continue;
    const s = text.slice(start, end);
    if (seg.paragraph === relatedParagraph && isHeadlineLike(s)) continue;
    if (seg.wholeLine && opensRelatedBlock(s)) {
      relatedParagraph = seg.paragraph;
      continue;
    }
    if (debrisReason(s, seg) !== null) continue;
    // The same headline or sentence repeated (page title and article title): keep the first.
    const key = s.toLowerCase().replace(/\s+/g, " ");
    if (seen.has(key)) continue;
    seen.add(key);

    const tokens = tokenize(s, start);
    for (const part of splitAssertions(text, { start, end }, tokens)) {
      const partText = text.slice(part.start, part.end);
      // A verb phrase cut from its subject is scored with the subject in front ("State media
      // rejected military departures"), so it is judged as the assertion it is.
      const scored = part.subject ? `${text.slice(part.subject.start, part.subject.end)} ${partText}` : partText;
      const partTokens = part.start === start && part.end === end ? tokens : tokenize(scored);
      const { score, reasons } = scoreSentence(scored, partTokens);
      out.push({ start: part.start, end: part.end, score, reasons, sentence: { start, end } });
    }
  }
  return out;
}

export function extractClaims(text: string, options?: { threshold?: number }): ExtractedClaim[] {
  const threshold = options?.threshold ?? CLAIM_SCORE_THRESHOLD;
  const claims: ExtractedClaim[] = [];
  // The parts of one split sentence share its claimant: look it up once per sentence, not once
  // per part (a sentence can be long, and has up to MAX_TOKENS parts).
  let claimantOf = { start: -1, end: -1, claimant: null as string | null };
  for (const c of candidateSpans(text)) {
    if (c.score < threshold) continue;
    if (c.sentence.start !== claimantOf.start || c.sentence.end !== claimantOf.end) {
      claimantOf = { ...c.sentence, claimant: suggestClaimant(text.slice(c.sentence.start, c.sentence.end)) };
    }
    claims.push({
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      prefix: text.slice(Math.max(0, c.start - CONTEXT_CHARS), c.start),
      suffix: text.slice(c.end, c.end + CONTEXT_CHARS),
      score: c.score,
      reasons: c.reasons,
      ordinal: claims.length,
      claimant: claimantOf.claimant,
    });
  }
  return claims;
}
