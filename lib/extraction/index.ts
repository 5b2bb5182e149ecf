// Claim extraction: plain text in, check-worthy claim spans out. Pure and deterministic:
// no I/O, no clock, no network. See docs/extraction.md for the pipeline and measured quality.

import { articleAdjustment, shiftScore } from "./adjust";
import { suggestClaimant } from "./claimant";
import { debrisReason, isBareSpan, isHeadlineLike, isPhotoCredit, opensRelatedBlock, trimDebris, type Span } from "./debris";
import { tokenize, type Token } from "./features";
import { addLanguageCounts, countLanguage, judgeLanguage, type LanguageCounts } from "./language";
import { restatedHeadlines, type SentenceInfo } from "./restatement";
import { scoreSentence } from "./score";
import { segment, type Segment } from "./segment";
import { splitAssertions } from "./split";
import { buildStatement, type StatementContext } from "./statement";

export { segment, type Segment } from "./segment";
export { scoreSentence, type SentenceScore } from "./score";
export { tokenize, extractFeatures, FEATURE_REASONS, type FeatureName } from "./features";
export { splitAssertions } from "./split";
export { debrisReason, isBareSpan, trimDebris, type DropReason, type Span } from "./debris";
export { assessLanguage, notLanguageMessage, type LanguageAssessment, type NotLanguageReason } from "./language";

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
  /**
   * The assertion as a reviewer should read it alone: the quote with the subject of a split verb
   * phrase, the speaker of ", adding that …" or a trailing attribution restored. Equal to `text`
   * when nothing is missing. Derived from the text, never an anchor.
   */
  statement: string;
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
  /** The assertion as a reviewer should read it alone (statement.ts); the quote when nothing is missing. */
  statement: string;
}

const TERMINAL_END = /[.!?…؟۔]["”’')\]»]*$/u;
const HEADLINE_MAX_WORDS = 30;

interface KeptSentence extends SentenceInfo {
  seg: Segment;
}

/**
 * Paragraphs that may carry claims, judged from one pass over the text: when the whole text is
 * language, every paragraph that is language or too short to judge; when it is not, only paragraphs
 * that are language on their own and long enough to judge. So an article with random characters
 * pasted into it keeps its article, and noise cut into short lines gives nothing.
 */
function languageParagraphs(text: string, segments: readonly Segment[]): Set<number> {
  const spans = new Map<number, Span>();
  for (const seg of segments) {
    const p = spans.get(seg.paragraph);
    if (p) p.end = seg.end;
    else spans.set(seg.paragraph, { start: seg.start, end: seg.end });
  }
  const counts = new Map<number, LanguageCounts>();
  let total: LanguageCounts | null = null;
  for (const [paragraph, { start, end }] of spans) {
    const c = countLanguage(text, start, end);
    counts.set(paragraph, c);
    total = total ? addLanguageCounts(total, c) : c;
  }
  const wholeIsLanguage = total === null || judgeLanguage(total).isLanguage;
  const ok = new Set<number>();
  for (const [paragraph, c] of counts) {
    if (!judgeLanguage(c).isLanguage) continue;
    if (wholeIsLanguage || c.nonSpace >= MIN_JUDGED_CHARS) ok.add(paragraph);
  }
  return ok;
}
const MIN_JUDGED_CHARS = 20;

/** Pass 1: the segments that may carry a claim, trimmed of debris, in text order. */
function keptSentences(text: string): KeptSentence[] {
  const out: KeptSentence[] = [];
  const seen = new Set<string>();
  let relatedParagraph = -1;
  const segments = segment(text);
  const allowed = languageParagraphs(text, segments);
  const captionLines = new Set<number>();
  for (const seg of segments) {
    if (!allowed.has(seg.paragraph)) continue;
    const { start, end } = trimDebris(text, seg);
    if (end <= start) continue;
    const s = text.slice(start, end);
    if (seg.paragraph === relatedParagraph && isHeadlineLike(s)) continue;
    if (seg.wholeLine && opensRelatedBlock(s)) {
      relatedParagraph = seg.paragraph;
      continue;
    }
    if (isPhotoCredit(s)) {
      captionLines.add(seg.line);
      continue;
    }
    if (debrisReason(s, seg) !== null) continue;
    // The same headline or sentence repeated (page title and article title): keep the first.
    const key = s.toLowerCase().replace(/\s+/g, " ");
    if (seen.has(key)) continue;
    seen.add(key);
    const headline = seg.wholeLine && !TERMINAL_END.test(s) && (s.match(/\S+/g)?.length ?? 0) <= HEADLINE_MAX_WORDS;
    out.push({ start, end, headline, seg });
  }
  // A line that ends in a photographer's credit is a caption: none of it is a claim.
  return captionLines.size === 0 ? out : out.filter((k) => !captionLines.has(k.seg.line));
}

/** The parts of one kept sentence, each with its statement, scored. */
function scoreSentenceParts(text: string, start: number, end: number, out: CandidateSpan[], tokens = tokenize(text.slice(start, end), start)): void {
  const sentence = { start, end };
  let speaker: string | null | undefined;
  const ctx: StatementContext = {
    text,
    sentence,
    speaker: () => (speaker === undefined ? (speaker = suggestClaimant(text.slice(start, end))) : speaker),
  };
  for (const part of splitAssertions(text, sentence, tokens)) {
    const partText = text.slice(part.start, part.end);
    if (isBareSpan(partText)) continue;
    const statement = buildStatement(part, ctx);
    // A part is scored as its statement: a verb phrase with its subject in front ("State media said
    // the army rejected military departures"), a continuation with its speaker.
    const partTokens = statement === partText ? (part.start === start && part.end === end ? tokens : tokenize(partText)) : tokenize(statement);
    const scored = scoreSentence(statement, partTokens);
    const adjustment = articleAdjustment(statement, partTokens);
    const score = adjustment.delta === 0 ? scored.score : shiftScore(scored.score, adjustment.delta);
    const reasons = adjustment.reason ? [...scored.reasons, adjustment.reason] : scored.reasons;
    out.push({ start: part.start, end: part.end, score, reasons, sentence, statement });
  }
}

/** Every candidate assertion span with its score, before the threshold is applied. */
export function candidateSpans(text: string): CandidateSpan[] {
  const kept = keptSentences(text);
  const tokens: Token[][] = [];
  const tokensOf = (i: number): Token[] => (tokens[i] ??= tokenize(text.slice(kept[i].start, kept[i].end), kept[i].start));
  const restated = restatedHeadlines(kept, tokensOf);
  const out: CandidateSpan[] = [];
  kept.forEach((k, i) => {
    if (!restated.has(i)) scoreSentenceParts(text, k.start, k.end, out, tokensOf(i));
  });
  return out;
}

/**
 * The statement for any span of a text (a claim added from a selection, or a stored claim whose
 * statement is derived again): the statement extraction gives when the span is one of its parts,
 * otherwise the span's own text, trimmed.
 */
export function deriveStatement(text: string, span: Span): string {
  const quote = text.slice(span.start, span.end).trim();
  for (const seg of segment(text)) {
    if (seg.end <= span.start) continue;
    if (seg.start >= span.end) break;
    const { start, end } = trimDebris(text, seg);
    if (span.start < start - 1 || span.end > end + 1) return quote;
    const parts: CandidateSpan[] = [];
    scoreSentenceParts(text, start, end, parts);
    const same = parts.find((p) => p.start === span.start && p.end === span.end);
    return same?.statement ?? quote;
  }
  return quote;
}

function toClaim(text: string, c: CandidateSpan, ordinal: number, claimant: string | null): ExtractedClaim {
  return {
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    prefix: text.slice(Math.max(0, c.start - CONTEXT_CHARS), c.start),
    suffix: text.slice(c.end, c.end + CONTEXT_CHARS),
    score: c.score,
    reasons: c.reasons,
    ordinal,
    claimant,
    statement: c.statement,
  };
}

export interface ExtractionResult {
  /** Spans scoring at least the threshold: the claims. */
  claims: ExtractedClaim[];
  /** Spans scoring under it (debris, chrome and non-language never appear), for an editor to
   * promote; ordinals count within this list. */
  belowThreshold: ExtractedClaim[];
}

/** Claims and the candidates under the threshold, from one pass over the text. */
export function extractWithCandidates(text: string, options?: { threshold?: number }): ExtractionResult {
  return extract(text, options?.threshold ?? CLAIM_SCORE_THRESHOLD, true);
}

export function extractClaims(text: string, options?: { threshold?: number }): ExtractedClaim[] {
  return extract(text, options?.threshold ?? CLAIM_SCORE_THRESHOLD, false).claims;
}

function extract(text: string, threshold: number, withCandidates: boolean): ExtractionResult {
  const claims: ExtractedClaim[] = [];
  const belowThreshold: ExtractedClaim[] = [];
  // The parts of one split sentence share its claimant: look it up once per sentence, not once
  // per part (a sentence can be long, and has up to MAX_TOKENS parts).
  let claimantOf = { start: -1, end: -1, claimant: null as string | null };
  for (const c of candidateSpans(text)) {
    const isClaim = c.score >= threshold;
    // The claimant is looked up only for what is returned.
    if (!isClaim && !withCandidates) continue;
    if (c.sentence.start !== claimantOf.start || c.sentence.end !== claimantOf.end) {
      claimantOf = { ...c.sentence, claimant: suggestClaimant(text.slice(c.sentence.start, c.sentence.end)) };
    }
    const list = isClaim ? claims : belowThreshold;
    list.push(toClaim(text, c, list.length, claimantOf.claimant));
  }
  return { claims, belowThreshold };
}

