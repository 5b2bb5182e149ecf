// From candidates to suggestions: score each against the claim, keep those at or above the
// threshold that applies (stricter for short claims), best first, at most three; for an
// article's claims together, also the pairs its story aligns (story.ts). Pure.
import { EMPTY_LEXICON, type Lexicon } from "./lexicon";
import { scoreSimilarity } from "./score";
import { storyArticles, suggestWithStory, type ScoredPair, type StoryContext, type Suggestion } from "./story";
import { MAX_SUGGESTIONS, similarThresholds, thresholdFor, type SimilarThresholds } from "./settings";
import { readStatement, wordCount, type ReadStatement } from "./text";

export interface Candidate {
  id: string;
  statement: string;
  /** The earlier claim's article (for the story alignment; a search's candidates need none). */
  articleId?: string;
}

export type { Suggestion };

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

export interface RankOptions {
  thresholds?: SimilarThresholds;
  limit?: number;
  /** The bilingual lexicon (lexicon-file.ts on the server); without it, word families only. */
  lexicon?: Lexicon;
}

/**
 * Every candidate scored against the claim, with the threshold the pair must reach; pairs that
 * could not reach it even with `bonus` (the story bonus) are left out.
 */
export function scorePairs(
  claim: { id: string; statement: string },
  candidates: Candidate[],
  { thresholds = similarThresholds(), lexicon = EMPTY_LEXICON, bonus = 0 }: RankOptions & { bonus?: number } = {},
): ScoredPair[] {
  const read = readStatement(claim.statement);
  const words = wordCount(claim.statement);
  const pairs: ScoredPair[] = [];
  for (const candidate of candidates) {
    const { score, reasons } = scoreSimilarity(read, readCached(candidate.statement), lexicon);
    // A short claim on either side takes the stricter threshold: "12 people were killed" alone
    // shares everything with too many claims.
    const threshold = Math.max(
      thresholdFor(words, thresholds),
      thresholdFor(wordCount(candidate.statement), thresholds),
    );
    if (score + bonus >= threshold)
      pairs.push({
        claimId: claim.id,
        earlierId: candidate.id,
        earlierArticleId: candidate.articleId ?? "",
        score,
        threshold,
        reasons,
      });
  }
  return pairs;
}

/** One claim's suggestions on its own words: candidates at or above their threshold, best first. */
export function rankCandidates(
  statement: string,
  candidates: Candidate[],
  { thresholds, limit = MAX_SUGGESTIONS, lexicon }: RankOptions = {},
): Suggestion[] {
  const pairs = scorePairs({ id: "", statement }, candidates, { thresholds, lexicon });
  return suggestWithStory([""], pairs, { bonus: 0, limit }).get("")!;
}

/**
 * An article's claims ranked together: each on its own words against its candidates, and within
 * the stories they share with earlier articles (story.ts) given what the article's other claims
 * already matched (`context`). `storyClaims` reads the claims of the story's earlier articles
 * (most matched first) so that each claim left without a suggestion meets them all, not only
 * those its words found.
 */
export async function rankArticleClaims(
  claims: { id: string; statement: string; candidates: Candidate[] }[],
  {
    thresholds,
    limit = MAX_SUGGESTIONS,
    lexicon,
    bonus,
    context,
    storyClaims,
  }: RankOptions & {
    bonus: number;
    context?: StoryContext;
    storyClaims?: (articleIds: string[]) => Promise<Candidate[]>;
  },
): Promise<Map<string, Suggestion[]>> {
  const options = { thresholds, lexicon, bonus };
  const pairs = claims.flatMap((claim) => scorePairs(claim, claim.candidates, options));
  if (bonus > 0 && storyClaims) {
    const articles = storyArticles(pairs, context);
    const extra = articles.length ? await storyClaims(articles) : [];
    const matched = new Set(pairs.filter((pair) => pair.score >= pair.threshold).map((pair) => pair.claimId));
    for (const claim of claims) {
      if (matched.has(claim.id)) continue;
      const known = new Set(claim.candidates.map((candidate) => candidate.id));
      pairs.push(...scorePairs(claim, extra.filter((candidate) => !known.has(candidate.id)), options));
    }
  }
  return suggestWithStory(
    claims.map((claim) => claim.id),
    pairs,
    { context, bonus, limit },
  );
}
