// From candidates to suggestions: score each against the claim, keep those at or above the
// threshold that applies (stricter for short claims), best first, at most three. Pure.
import { scoreSimilarity, type MatchReasons } from "./score";
import { MAX_SUGGESTIONS, similarThresholds, thresholdFor, type SimilarThresholds } from "./settings";
import { readStatement, wordCount } from "./text";

export interface Candidate {
  id: string;
  statement: string;
}

export interface Suggestion {
  id: string;
  score: number;
  reasons: MatchReasons;
}

export function rankCandidates(
  statement: string,
  candidates: Candidate[],
  thresholds: SimilarThresholds = similarThresholds(),
  limit = MAX_SUGGESTIONS,
): Suggestion[] {
  const read = readStatement(statement);
  const words = wordCount(statement);
  const scored: Suggestion[] = [];
  for (const candidate of candidates) {
    const { score, reasons } = scoreSimilarity(read, readStatement(candidate.statement));
    // A short claim on either side takes the stricter threshold: "12 people were killed" alone
    // shares everything with too many claims.
    const threshold = Math.max(
      thresholdFor(words, thresholds),
      thresholdFor(wordCount(candidate.statement), thresholds),
    );
    if (score >= threshold) scored.push({ id: candidate.id, score, reasons });
  }
  return scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}
