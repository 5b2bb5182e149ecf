// Reads of similar claims: candidates by index (full-text pairs of the statement's rarest word
// groups, concept families in both languages, ranked then re-ranked by trigram similarity), the
// suggestions and confirmed links a person may see on a claim, and the "similar claims" search of
// the articles list. Access: every claim shown
// is one the actor may read (lib/access); a suggestion whose earlier claim they may not read is
// left out entirely, content and existence alike.
import "server-only";
import { claimFor, claimsWhere } from "@/lib/access";
import { can, type Actor } from "@/lib/auth/permissions";
import { db, Prisma, type DbClient, type DbTransaction } from "@/lib/db/client";
import { parseInput } from "@/lib/validation";
import type { ClaimStatus } from "@/lib/workflow/states";
import { highlightShared, type TextRun } from "./highlight";
import { groupRows } from "./frequencies";
import { bilingualLexicon } from "./lexicon-file";
import { anchorTerms, candidateQuestion, rankQuery, searchQuery, wordGroups } from "./query";
import type { Candidate, Suggestion } from "./rank";
import { rankArticleClaims, rankCandidates } from "./rank";
import type { FigureConflict, MatchReasons } from "./score";
import { similarStoryBonus, similarThresholds, thresholdFor } from "./settings";
import type { StoryContext } from "./story";
import { similarSearchSchema } from "./schema";
import { wordCount } from "./text";

type Client = DbClient | DbTransaction;

/**
 * A to_tsquery text (lib/similar/query.ts) read the way claimledger_search_query reads a search:
 * normalised, then in both the English and the Arabic reading (either may match).
 */
function tsquery(query: string | null): Prisma.Sql {
  const text = query ?? "";
  return Prisma.sql`(to_tsquery('english'::regconfig, claimledger_search_normalise(${text}))
    || to_tsquery('arabic'::regconfig, claimledger_search_normalise(${text})))`;
}

/** Full-text matches ranked by the database, then re-ranked with trigram similarity; the scorer sees the best. */
const RANKED = 100;
const CANDIDATES = 40;

/**
 * Live claims of articles imported before `articleId` (never the same article) that answer the
 * claim's candidate question (query.ts: on a large desk a rare word group and one more, or a place
 * or name and two of the least common groups when none is rare, and pairs of common groups only
 * when that matches nothing; the GIN index on similarVector finds them), the best RANKED by
 * full-text rank, of those the best CANDIDATES by full-text rank plus pg_trgm similarity of the
 * normalised text (spelling variants and word order the stems miss). A trigram index scan over every claim was measured at
 * over a second at 50,000 claims (docs/similar-claims.md), so trigrams only re-rank here; the
 * trigram index serves the articles list's search.
 */
export async function findCandidates(
  client: Client,
  claim: { id: string; articleId: string; statement: string },
): Promise<Candidate[]> {
  const sql = await candidateSql(client, claim);
  if (!sql) return [];
  const found = await client.$queryRaw<Candidate[]>(sql.primary);
  // The fallback only when the primary question matched nothing (rare: one more round trip).
  return found.length || !sql.fallback ? found : client.$queryRaw<Candidate[]>(sql.fallback);
}

/**
 * The candidate statements (null when the claim has no words): the primary question's, and the
 * fallback's when there is one, so the benchmark can EXPLAIN what the product runs.
 */
export async function candidateSql(
  client: Client,
  claim: { id: string; articleId: string; statement: string },
): Promise<{ primary: Prisma.Sql; fallback: Prisma.Sql | null } | null> {
  const groups = wordGroups(claim.statement, bilingualLexicon());
  const question = candidateQuestion(groups, await groupRows(client, groups), anchorTerms(claim.statement));
  if (!question) return null;
  const rank = rankQuery(claim.statement) ?? question.primary;
  const statement = (query: string) => Prisma.sql`
    WITH self AS (SELECT "createdAt" FROM "Article" WHERE id = ${claim.articleId}),
         q AS (SELECT ${tsquery(query)} AS tsq, ${tsquery(rank)} AS rankq,
                      claimledger_similar_text(${claim.statement}) AS txt),
         ranked AS (
           SELECT c.id, c.statement, c."articleId", c."similarText", ts_rank(c."similarVector", q.rankq) AS rank
           FROM "Claim" c JOIN "Article" a ON a.id = c."articleId", self, q
           WHERE c."similarVector" @@ q.tsq AND c."deletedAt" IS NULL
             AND c."articleId" <> ${claim.articleId} AND a."createdAt" < self."createdAt"
           ORDER BY rank DESC LIMIT ${RANKED})
    SELECT ranked.id, ranked.statement, ranked."articleId" FROM ranked, q
    ORDER BY ranked.rank + public.similarity(ranked."similarText", q.txt) DESC, ranked.id
    LIMIT ${CANDIDATES}`;
  return {
    primary: statement(question.primary),
    fallback: question.fallback ? statement(question.fallback) : null,
  };
}

type CheckedClaim = { id: string; articleId: string; statement: string };

/**
 * What the article's other claims (those not being checked now) already matched, as stored:
 * the earlier articles they matched on their own words or that someone confirmed (the story's
 * articles), and the earlier claims they took (story.ts).
 */
async function storyContext(client: Client, articleId: string, checking: string[]): Promise<StoryContext> {
  const rows = await client.claimMatch.findMany({
    where: {
      state: { in: ["SUGGESTED", "CONFIRMED"] },
      claim: { articleId, deletedAt: null, id: { notIn: checking } },
      earlierClaim: { deletedAt: null },
    },
    select: { state: true, score: true, reasons: true, earlierClaimId: true, earlierClaim: { select: { articleId: true } } },
  });
  const thresholds = similarThresholds();
  const relatedArticles = new Set<string>();
  for (const row of rows) {
    // A pair aligned by its story does not make a story of its own (only words or a person do).
    const onItsWords = !reasonsOf(row.reasons).sameStory && row.score >= thresholds.suggest;
    if (row.state === "CONFIRMED" || onItsWords) relatedArticles.add(row.earlierClaim.articleId);
  }
  return { relatedArticles, takenEarlier: new Set(rows.map((row) => row.earlierClaimId)) };
}

/** At most this many earlier articles of a story, and claims of them, are read to align with. */
const STORY_ARTICLES = 3;
const STORY_CLAIMS = 600;

/**
 * The live claims of a story's earlier articles, earlier than `articleId`: the most matched
 * article first, so the budget of claims goes to it before the others.
 */
async function claimsOfStory(client: Client, articleId: string, articleIds: string[]): Promise<Candidate[]> {
  const self = await client.article.findUniqueOrThrow({ where: { id: articleId }, select: { createdAt: true } });
  const claims: Candidate[] = [];
  for (const earlierId of articleIds.filter((id) => id !== articleId).slice(0, STORY_ARTICLES)) {
    if (claims.length >= STORY_CLAIMS) break;
    claims.push(
      ...(await client.claim.findMany({
        where: { articleId: earlierId, deletedAt: null, article: { createdAt: { lt: self.createdAt } } },
        select: { id: true, statement: true, articleId: true },
        orderBy: { ordinal: "asc" },
        take: STORY_CLAIMS - claims.length,
      })),
    );
  }
  return claims;
}

/**
 * The suggestions for claims, as the scorer ranks their candidates (nothing stored): each
 * article's claims together, so the stories they share with earlier articles align the pairs
 * their words alone leave under the threshold (story.ts), given what the article's other claims
 * already matched.
 */
export async function suggestionsForClaims(client: Client, claims: CheckedClaim[]): Promise<Map<string, Suggestion[]>> {
  const byArticle = new Map<string, CheckedClaim[]>();
  for (const claim of claims) byArticle.set(claim.articleId, [...(byArticle.get(claim.articleId) ?? []), claim]);
  const lexicon = bilingualLexicon();
  const bonus = similarStoryBonus();
  const result = new Map<string, Suggestion[]>();
  for (const [articleId, group] of byArticle) {
    const withCandidates = [];
    for (const claim of group) withCandidates.push({ ...claim, candidates: await findCandidates(client, claim) });
    const context = bonus > 0 ? await storyContext(client, articleId, group.map((claim) => claim.id)) : undefined;
    const storyClaims = (articleIds: string[]) => claimsOfStory(client, articleId, articleIds);
    for (const [id, suggestions] of await rankArticleClaims(withCandidates, { lexicon, bonus, context, storyClaims }))
      result.set(id, suggestions);
  }
  return result;
}

/** The suggestions for one claim (nothing stored); see suggestionsForClaims. */
export async function suggestionsFor(client: Client, claim: CheckedClaim): Promise<Suggestion[]> {
  return (await suggestionsForClaims(client, [claim])).get(claim.id) ?? [];
}

export interface SimilarClaimView {
  /** The ClaimMatch row: what confirm, dismiss and reuse name. */
  matchId: string;
  state: "SUGGESTED" | "CONFIRMED" | "DISMISSED";
  /** The other claim: the earlier one for a suggestion, the later one for a link made from a later article. */
  claimId: string;
  articleId: string;
  direction: "earlier" | "later";
  score: number;
  status: ClaimStatus;
  number: number;
  statement: string;
  statementRuns: TextRun[];
  language: string;
  articleTitle: string;
  rationale: string | null;
  sourceCount: number;
  sharedWords: string[];
  sharedNumbers: string[];
  conflicts: FigureConflict[];
  /**
   * Set when the pair was aligned within a story both articles tell (story.ts): the score on the
   * words alone, the shown score adding the story bonus.
   */
  sameStory: { wordScore: number } | null;
  decidedAt: string | null;
}

const matchSelect = {
  id: true,
  claimId: true,
  earlierClaimId: true,
  score: true,
  reasons: true,
  state: true,
  decidedAt: true,
} as const;

function reasonsOf(value: unknown): MatchReasons {
  const reasons = (value ?? {}) as Partial<MatchReasons>;
  return {
    sharedKeys: reasons.sharedKeys ?? [],
    sharedWords: reasons.sharedWords ?? [],
    sharedNumbers: reasons.sharedNumbers ?? [],
    conflicts: reasons.conflicts ?? [],
    ...(reasons.sameStory ? { sameStory: reasons.sameStory } : {}),
  };
}

/** Claims (by id) the actor may read, with what a suggestion shows of them. */
async function readableClaims(client: Client, actor: Actor, ids: string[]) {
  if (!ids.length) return new Map();
  const claims = await client.claim.findMany({
    where: { id: { in: ids }, deletedAt: null, ...claimsWhere(actor) },
    select: {
      id: true,
      articleId: true,
      number: true,
      statement: true,
      status: true,
      article: { select: { title: true, language: true } },
      // The verdict's rationale: approvals and publications are chain rows too, with none.
      statusChanges: {
        where: { kind: "VERDICT" },
        orderBy: { seq: "desc" },
        take: 1,
        select: { rationale: true, toStatus: true },
      },
      _count: { select: { evidence: { where: { removedAt: null } } } },
    },
  });
  return new Map(claims.map((claim) => [claim.id, claim]));
}

/**
 * What the claim page and GET /claims/{id}/similar show: suggestions and confirmed links of this
 * claim to earlier ones (above the suggestion threshold, best first, at most three suggestions),
 * and confirmed links made to it from later articles. NOT_FOUND / FORBIDDEN like the claim.
 */
export async function similarForClaim(actor: Actor, claimId: unknown, client: Client = db) {
  const { claim, facts } = await claimFor(client, actor, claimId, "claim.read");
  const own = await client.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { statement: true } });
  const [outgoing, incoming] = await Promise.all([
    client.claimMatch.findMany({
      where: { claimId: claim.id, state: { in: ["SUGGESTED", "CONFIRMED"] } },
      select: matchSelect,
      orderBy: [{ score: "desc" }, { id: "asc" }],
    }),
    client.claimMatch.findMany({
      where: { earlierClaimId: claim.id, state: "CONFIRMED" },
      select: matchSelect,
      orderBy: [{ decidedAt: "desc" }, { id: "asc" }],
    }),
  ]);
  const others = await readableClaims(client, actor, [
    ...outgoing.map((match) => match.earlierClaimId),
    ...incoming.map((match) => match.claimId),
  ]);
  const view = (match: MatchRow, direction: "earlier" | "later") =>
    toView(match, others.get(direction === "earlier" ? match.earlierClaimId : match.claimId), direction);
  const items = shown(
    own.statement,
    outgoing.map((match) => view(match, "earlier")),
  );
  const later = incoming.map((match) => view(match, "later")).filter((item): item is SimilarClaimView => item !== null);
  return {
    claimId: claim.id,
    items,
    linkedFrom: later,
    // What the page offers this reader (lib/ checks again on every action).
    mayDecide: can(actor, "claim.match", facts),
    mayReuse: can(actor, "evidence.write", facts) && !claim.article.finalizedAt,
  };
}

type MatchRow = {
  id: string;
  claimId: string;
  earlierClaimId: string;
  score: number;
  reasons: unknown;
  state: SimilarClaimView["state"];
  decidedAt: Date | null;
};
type ReadableClaim = Awaited<ReturnType<typeof readableClaims>> extends Map<string, infer C> ? C : never;

/**
 * What a claim shows: confirmed links, and at most three suggestions above the threshold that
 * applies now (thresholds are settings: a suggestion stored under a lower one is not shown once
 * it is raised), best first.
 */
function shown(ownStatement: string, views: (SimilarClaimView | null)[]): SimilarClaimView[] {
  const thresholds = similarThresholds();
  const ownWords = wordCount(ownStatement);
  const items = views.filter(
    (item): item is SimilarClaimView =>
      item !== null &&
      (item.state === "CONFIRMED" ||
        item.score >=
          Math.max(thresholdFor(ownWords, thresholds), thresholdFor(wordCount(item.statement), thresholds))),
  );
  const confirmed = items.filter((item) => item.state === "CONFIRMED");
  const suggested = items.filter((item) => item.state === "SUGGESTED").slice(0, 3);
  return [...confirmed, ...suggested].sort((a, b) => b.score - a.score);
}

function toView(
  match: MatchRow,
  other: ReadableClaim | undefined,
  direction: "earlier" | "later",
): SimilarClaimView | null {
  if (!other) return null;
  const reasons = reasonsOf(match.reasons);
  return {
    matchId: match.id,
    state: match.state,
    claimId: other.id,
    articleId: other.articleId,
    direction,
    score: match.score,
    status: other.status,
    number: other.number,
    statement: other.statement,
    statementRuns: highlightShared(other.statement, reasons),
    language: other.article.language,
    articleTitle: other.article.title,
    // The rationale of the verdict in force; none while the claim is not yet reviewed.
    rationale: other.status === "PENDING" ? null : (other.statusChanges[0]?.rationale ?? null),
    sourceCount: other._count.evidence,
    sharedWords: reasons.sharedWords,
    sharedNumbers: reasons.sharedNumbers,
    conflicts: reasons.conflicts,
    sameStory: reasons.sameStory ? { wordScore: reasons.sameStory.wordScore } : null,
    decidedAt: match.decidedAt?.toISOString() ?? null,
  };
}

export interface ArticleClaimSimilar {
  claimId: string;
  number: number;
  items: SimilarClaimView[];
}

/**
 * The article page's summary: for each claim of the article the actor may read, its confirmed
 * links and up to three suggestions from earlier articles (the actor's access as on the claim page).
 */
export async function similarForArticle(
  actor: Actor,
  articleId: string,
  client: Client = db,
): Promise<ArticleClaimSimilar[]> {
  const matches = await client.claimMatch.findMany({
    where: {
      state: { in: ["SUGGESTED", "CONFIRMED"] },
      claim: { AND: [{ articleId, deletedAt: null }, claimsWhere(actor)] },
    },
    select: { ...matchSelect, claim: { select: { number: true, statement: true } } },
    orderBy: [{ score: "desc" }, { id: "asc" }],
  });
  if (!matches.length) return [];
  const others = await readableClaims(
    client,
    actor,
    matches.map((match) => match.earlierClaimId),
  );
  const byClaim = new Map<string, typeof matches>();
  for (const match of matches) byClaim.set(match.claimId, [...(byClaim.get(match.claimId) ?? []), match]);
  return [...byClaim.entries()]
    .map(([claimId, rows]) => ({
      claimId,
      number: rows[0]!.claim.number,
      items: shown(
        rows[0]!.claim.statement,
        rows.map((row) => toView(row, others.get(row.earlierClaimId), "earlier")),
      ),
    }))
    .filter((entry) => entry.items.length > 0)
    .sort((a, b) => a.number - b.number);
}

export interface SimilarSearchHit {
  claimId: string;
  articleId: string;
  number: number;
  statement: string;
  statementRuns: TextRun[];
  status: ClaimStatus;
  language: string;
  articleTitle: string;
  score: number;
}

/**
 * The articles list's "similar claims" search: reviewed claims (a verdict recorded) of any
 * article the actor may read, ranked by the same scorer, best first.
 */
export async function searchSimilarClaims(actor: Actor, input: unknown, limit = 10): Promise<SimilarSearchHit[]> {
  const { q } = parseInput(similarSearchSchema, input);
  const query = searchQuery(q);
  const readable = claimsWhere(actor);
  const candidateIds = await db.$queryRaw<{ id: string }[]>`
    WITH q AS (SELECT ${tsquery(query)} AS tsq, claimledger_similar_text(${q}) AS txt)
    (SELECT c.id FROM "Claim" c, q WHERE c."similarVector" @@ q.tsq AND c."deletedAt" IS NULL AND c.status <> 'PENDING'
      ORDER BY ts_rank(c."similarVector", q.tsq) DESC LIMIT 200)
    UNION
    (SELECT c.id FROM "Claim" c, q WHERE q.txt OPERATOR(public.<%) c."similarText" AND c."deletedAt" IS NULL AND c.status <> 'PENDING'
      ORDER BY public.word_similarity(q.txt, c."similarText") DESC LIMIT 50)`;
  if (!candidateIds.length) return [];
  const claims = await db.claim.findMany({
    where: { AND: [{ id: { in: candidateIds.map((row) => row.id) } }, readable] },
    select: {
      id: true,
      articleId: true,
      number: true,
      statement: true,
      status: true,
      article: { select: { title: true, language: true } },
    },
  });
  // A search is a question, not a claim: any shared meaning ranks, without the suggestion threshold.
  const ranked = rankCandidates(q, claims, {
    thresholds: { suggest: 0.2, short: 0.2 },
    limit,
    lexicon: bilingualLexicon(),
  });
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  return ranked.map((hit) => {
    const claim = byId.get(hit.id)!;
    return {
      claimId: claim.id,
      articleId: claim.articleId,
      number: claim.number,
      statement: claim.statement,
      statementRuns: highlightShared(claim.statement, hit.reasons),
      status: claim.status,
      language: claim.article.language,
      articleTitle: claim.article.title,
      score: hit.score,
    };
  });
}
