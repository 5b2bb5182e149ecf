// Claims told by two articles on the same story. An article that reports an event an earlier
// article reported shares several facts with it, each told in other words: a claim pair that
// scores under the threshold on its words alone is far more likely the same fact when the two
// articles already share a claim that matched on its own. So an earlier article with a claim at
// or above the threshold for one of this article's claims is "the same story", and this article's
// claims left without a suggestion are aligned one to one with its claims left unmatched, best
// pair first, each pair's score raised by the story bonus (a setting): a pair still has to reach
// the threshold with it. One to one, because an article's facts are told once each: a claim on the
// same story but another fact meets a claim already taken. Pure.
import type { MatchReasons } from "./score";

/** One earlier claim scored against one of this article's claims. */
export interface ScoredPair {
  claimId: string;
  earlierId: string;
  earlierArticleId: string;
  score: number;
  /** The threshold this pair must reach (the stricter one when either claim is short). */
  threshold: number;
  reasons: MatchReasons;
}

/** What is already known of the article's other claims (their stored matches). */
export interface StoryContext {
  /** Earlier articles one of the article's other claims matched on its own words, or confirmed. */
  relatedArticles: ReadonlySet<string>;
  /** Earlier claims already matched by another claim of the article (suggested or confirmed). */
  takenEarlier: ReadonlySet<string>;
}

export const NO_STORY_CONTEXT: StoryContext = { relatedArticles: new Set(), takenEarlier: new Set() };

export interface Suggestion {
  id: string;
  score: number;
  reasons: MatchReasons;
}

/**
 * The earlier articles telling the article's story, most matched first: those the context names,
 * then those a pair reached its threshold with on its own words.
 */
export function storyArticles(pairs: ScoredPair[], context: StoryContext = NO_STORY_CONTEXT): string[] {
  const counts = new Map<string, number>([...context.relatedArticles].map((id) => [id, 0]));
  for (const pair of pairs)
    if (pair.score >= pair.threshold) counts.set(pair.earlierArticleId, (counts.get(pair.earlierArticleId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

/**
 * Each claim's suggestions, best first, at most `limit`: its pairs at or above their threshold,
 * and at most one pair aligned within a story (score + bonus at or above the threshold), whose
 * reasons name the story's article. `bonus` 0 turns the alignment off.
 */
export function suggestWithStory(
  claimIds: string[],
  pairs: ScoredPair[],
  { context = NO_STORY_CONTEXT, bonus, limit }: { context?: StoryContext; bonus: number; limit: number },
): Map<string, Suggestion[]> {
  const byClaim = new Map<string, Suggestion[]>(claimIds.map((id) => [id, []]));
  const related = new Set(storyArticles(pairs, context));
  const takenEarlier = new Set(context.takenEarlier);
  const matched = new Set<string>();
  for (const pair of pairs) {
    if (pair.score < pair.threshold) continue;
    byClaim.get(pair.claimId)?.push({ id: pair.earlierId, score: pair.score, reasons: pair.reasons });
    takenEarlier.add(pair.earlierId);
    matched.add(pair.claimId);
  }
  if (bonus > 0) {
    const aligned = pairs
      .filter(
        (pair) =>
          pair.score < pair.threshold && pair.score + bonus >= pair.threshold && related.has(pair.earlierArticleId),
      )
      .sort((a, b) => b.score - a.score || a.claimId.localeCompare(b.claimId) || a.earlierId.localeCompare(b.earlierId));
    for (const pair of aligned) {
      if (matched.has(pair.claimId) || takenEarlier.has(pair.earlierId)) continue;
      matched.add(pair.claimId);
      takenEarlier.add(pair.earlierId);
      const score = Math.min(1, Math.round((pair.score + bonus) * 1000) / 1000);
      byClaim.get(pair.claimId)?.push({
        id: pair.earlierId,
        score,
        reasons: { ...pair.reasons, sameStory: { articleId: pair.earlierArticleId, wordScore: pair.score } },
      });
    }
  }
  for (const [id, list] of byClaim)
    byClaim.set(id, list.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit));
  return byClaim;
}
