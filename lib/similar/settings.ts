// The thresholds of similar-claim suggestions, as settings with documented defaults
// (docs/similar-claims.md, README's configuration table). Pure.

/** Suggest an earlier claim at this score or above (CLAIMLEDGER_SIMILAR_SUGGEST). */
export const DEFAULT_SUGGEST_THRESHOLD = 0.42;
/** A short claim (fewer than 8 words) needs this score or above (CLAIMLEDGER_SIMILAR_SUGGEST_SHORT). */
export const DEFAULT_SHORT_THRESHOLD = 0.55;
/**
 * Within a story an earlier article shares with this one (story.ts), a claim left without a
 * suggestion is aligned with an unmatched claim of that article at a score this much under the
 * threshold (CLAIMLEDGER_SIMILAR_STORY_BONUS; 0 turns the alignment off).
 */
export const DEFAULT_STORY_BONUS = 0.17;
/** Fewer words than this make a claim short. */
export const SHORT_CLAIM_WORDS = 8;
/** At most this many suggestions are kept per claim. */
export const MAX_SUGGESTIONS = 3;

function fromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 1)
    throw new Error(`${name} must be a number from 0 to 1 (got "${raw}").`);
  return value;
}

export interface SimilarThresholds {
  suggest: number;
  short: number;
}

export function similarThresholds(): SimilarThresholds {
  const suggest = fromEnv("CLAIMLEDGER_SIMILAR_SUGGEST", DEFAULT_SUGGEST_THRESHOLD);
  // The short-claim threshold is the stricter one: never below the general one.
  const short = Math.max(suggest, fromEnv("CLAIMLEDGER_SIMILAR_SUGGEST_SHORT", DEFAULT_SHORT_THRESHOLD));
  return { suggest, short };
}

/** The story bonus (DEFAULT_STORY_BONUS), from the environment. */
export function similarStoryBonus(): number {
  return fromEnv("CLAIMLEDGER_SIMILAR_STORY_BONUS", DEFAULT_STORY_BONUS);
}

/** The threshold a claim of this many words must reach (the higher of either claim's length rule). */
export function thresholdFor(words: number, thresholds: SimilarThresholds = similarThresholds()): number {
  return words < SHORT_CLAIM_WORDS ? thresholds.short : thresholds.suggest;
}
