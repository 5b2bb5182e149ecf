// From candidates to suggestions: score each against the claim, keep those at or above the
// threshold that applies (stricter for short claims), best first, at most three. Pure.
import { scoreSimilarity, type MatchReasons } from "./score";
import { MAX_SUGGESTIONS, similarThresholds, thresholdFor, type SimilarThresholds } from "./settings";
import { readStatement, wordCount, type ReadStatement } from "./text";

export interface Candidate {
  id: string;
  statement: string;
}

export interface Suggestion {
  id: string;
  score: number;
  reasons: MatchReasons;
}

/**
 * Earlier claims are read again for every later claim they are a candidate of: their reading is
 * kept (by statement, so a reworded claim is read afresh), up to a desk's working set.
 */
const READ_CACHE_SIZE = 20_000;
const readings = new Map<string, ReadStatement>();

function readCached(statement: string): ReadStatement {
  let read = readings.get(statement);
  if (!read) {
    if (readings.size >= READ_CACHE_SIZE) readings.clear();
    read = readStatement(statement);
    readings.set(statement, read);
  }
  return read;
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
    const { score, reasons } = scoreSimilarity(read, readCached(candidate.statement));
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
