// Reads for reports of many articles (a date range), batched across articles: whole articles are
// grouped into chunks of up to CHUNK_CLAIMS claims, and each chunk is read in a fixed number of
// statements (articles, summary counts, article events, claims, then claim-relations.ts per
// RELATION_BATCH claims), instead of a dozen statements per article. The history check of each
// article comes from the claims already read (deleted ones read apart when the report leaves them
// out). An article larger than a chunk is read on its own, batch by batch (data.ts). Memory holds
// at most two chunks: the one being written and the next, read meanwhile.
import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { verifyClaimHistory, type ChainBreak } from "@/lib/history/chain";
import { auditWitnesses, toChainRow } from "@/lib/history/data";
import { reportClaimsOf, type ClaimDetail } from "./claim-relations";
import {
  articleAuditEvents,
  CLAIM_BATCH_SIZE,
  claimBatches,
  loadReportArticle,
  reportArticle,
  reportArticleSelect,
  summaryCounts,
  summaryOf,
  type SummaryCountRow,
} from "./data";
import type { ArticleReportSource, ReportArticle, ReportClaim, Verification } from "./model";

/** Claims per chunk of articles (an article with more is read on its own). */
export const CHUNK_CLAIMS = 1000;
const CHUNK_ARTICLES = 100;
/** Article text per chunk, when the report carries it (an article may hold up to 2 MB). */
const CHUNK_BODY_BYTES = 8 * 1024 * 1024;
/** Claims per read of their relations (keeps each statement's id list moderate). */
const RELATION_BATCH = 1000;

export interface RangeReadOptions {
  /** Deleted claims too (the JSON archive). */
  includeDeleted: boolean;
  /** The article's text (only the JSON archive carries it; the others get ""). */
  articleBody: boolean;
  /**
   * How much of each claim the report shows (claim-relations.ts). With "table" (CSV, ClaimReview)
   * the article's summary and verification are not read either: those reports do not show them,
   * and the article carries them empty (zero counts, nothing checked).
   */
  detail?: ClaimDetail;
  /** Claims per chunk; tests pass small values to cross chunk boundaries. */
  chunkClaims?: number;
}

type Chunk = { kind: "articles"; ids: string[] } | { kind: "large"; id: string };

/** Groups the articles, in the given order, into chunks by claim count and text size. */
async function planChunks(articleIds: string[], options: RangeReadOptions): Promise<Chunk[]> {
  const limit = options.chunkClaims ?? CHUNK_CLAIMS;
  const rows = await db.$queryRaw<{ id: string; claims: number; bytes: number }[]>`
    SELECT a.id, octet_length(a.body)::int AS bytes,
      (SELECT count(*) FROM "Claim" c WHERE c."articleId" = a.id)::int AS claims
    FROM "Article" a WHERE a.id = ANY(${articleIds})`;
  const sizes = new Map(rows.map((row) => [row.id, row]));
  const chunks: Chunk[] = [];
  let current: string[] = [];
  let claims = 0;
  let bytes = 0;
  const close = () => {
    if (current.length) chunks.push({ kind: "articles", ids: current });
    current = [];
    claims = 0;
    bytes = 0;
  };
  for (const id of articleIds) {
    // An article that is gone now still gets its place, so that reading it says so (NOT_FOUND).
    const size = sizes.get(id) ?? { claims: 0, bytes: 0 };
    if (size.claims > limit) {
      close();
      chunks.push({ kind: "large", id });
      continue;
    }
    const textBytes = options.articleBody ? size.bytes : 0;
    if (current.length && (claims + size.claims > limit || current.length >= CHUNK_ARTICLES || bytes + textBytes > CHUNK_BODY_BYTES)) close();
    current.push(id);
    claims += size.claims;
    bytes += textBytes;
  }
  close();
  return chunks;
}

/** The history check of claims not in the report (deleted ones), which the article's verification counts. */
async function deletedClaimsVerdicts(articleIds: string[]) {
  const claims = await db.claim.findMany({
    where: { articleId: { in: articleIds }, deletedAt: { not: null } },
    select: { id: true, articleId: true, status: true },
  });
  if (!claims.length) return [];
  const ids = claims.map((claim) => claim.id);
  const [rows, witnesses] = await Promise.all([
    db.statusChange.findMany({
      where: { claimId: { in: ids } },
      select: { id: true, claimId: true, seq: true, fromStatus: true, toStatus: true, actorId: true, rationale: true, citedEvidence: true, createdAt: true, prevHash: true, hash: true, kind: true, ratingLabel: true },
      orderBy: [{ claimId: "asc" }, { seq: "asc" }],
    }),
    auditWitnesses(ids),
  ]);
  return claims.map((claim) => {
    const own = rows.filter((row) => row.claimId === claim.id).map(toChainRow);
    const verdict = verifyClaimHistory({ claimId: claim.id, status: claim.status, rows: own, witnesses: witnesses.get(claim.id) });
    return { id: claim.id, articleId: claim.articleId, verification: { ok: verdict.ok, checked: own.length, breaks: verdict.breaks } };
  });
}

/**
 * An article's verification from each of its claims' (all of them, deleted too): as
 * verifyArticleHistory gives it, the breaks in claim id order.
 */
function articleVerification(claims: { id: string; verification: Verification }[]): Verification {
  const sorted = [...claims].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const breaks: ChainBreak[] = sorted.flatMap((claim) => claim.verification.breaks);
  return {
    ok: sorted.every((claim) => claim.verification.ok),
    checked: sorted.reduce((sum, claim) => sum + claim.verification.checked, 0),
    breaks,
  };
}

/** The verification an article carries in reports that do not show one (nothing was checked). */
const NOT_CHECKED: Verification = { ok: true, checked: 0, breaks: [] };

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

/** Everything a report shows about a chunk of articles, as one source per article (in the given order). */
async function readChunk(ids: string[], options: RangeReadOptions): Promise<ArticleReportSource[]> {
  // CSV and ClaimReview show neither the article's summary nor its verification: not read for them.
  const checks = options.detail !== "table";
  const [articles, counts, events, claims, deleted] = await Promise.all([
    // The text only when the report carries it (true or false: Prisma leaves it out on false).
    db.article.findMany({ where: { id: { in: ids } }, select: { ...reportArticleSelect, body: options.articleBody } }),
    checks ? summaryCounts(ids) : Promise.resolve([]),
    articleAuditEvents(ids),
    db.claim.findMany({
      where: { articleId: { in: ids }, ...(options.includeDeleted ? {} : { deletedAt: null }) },
      orderBy: [{ articleId: "asc" }, { ordinal: "asc" }, { id: "asc" }],
    }),
    options.includeDeleted || !checks ? Promise.resolve([]) : deletedClaimsVerdicts(ids),
  ]);
  const reportClaims: ReportClaim[] = [];
  for (let offset = 0; offset < claims.length; offset += RELATION_BATCH) {
    reportClaims.push(...(await reportClaimsOf(claims.slice(offset, offset + RELATION_BATCH), options.detail)));
  }
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const countsOf = groupBy<SummaryCountRow>(counts, (row) => row.articleId);
  const eventsOf = groupBy(events, (event) => event.entityId);
  const claimsOf = groupBy(reportClaims, (claim) => claim.articleId);
  const deletedOf = groupBy(deleted, (claim) => claim.articleId);
  return ids.map((id) => {
    const row = articleById.get(id);
    if (!row) throw notFound("The article");
    const own = claimsOf.get(id) ?? [];
    const article: ReportArticle = reportArticle(
      { ...row, body: row.body ?? "" },
      summaryOf(countsOf.get(id) ?? []),
      checks ? articleVerification([...own, ...(deletedOf.get(id) ?? [])]) : NOT_CHECKED,
      eventsOf.get(id) ?? [],
    );
    return {
      article,
      claimBatches: async function* () {
        for (let offset = 0; offset < own.length; offset += CLAIM_BATCH_SIZE) yield own.slice(offset, offset + CLAIM_BATCH_SIZE);
      },
    };
  });
}

/**
 * The articles' report sources in the given order, read a chunk of articles at a time, the next
 * chunk read while the current one is written.
 */
export async function* rangeReportSources(articleIds: string[], options: RangeReadOptions): AsyncGenerator<ArticleReportSource> {
  if (!articleIds.length) return;
  const chunks = await planChunks(articleIds, options);
  const read = (chunk: Chunk): Promise<ArticleReportSource[]> =>
    chunk.kind === "articles"
      ? readChunk(chunk.ids, options)
      : loadReportArticle(chunk.id).then((article) => [
          { article: options.articleBody ? article : { ...article, body: "" }, claimBatches: () => claimBatches(chunk.id, { includeDeleted: options.includeDeleted, detail: options.detail }) },
        ]);
  let next: Promise<ArticleReportSource[]> | null = read(chunks[0]);
  for (let index = 0; index < chunks.length; index++) {
    const current: ArticleReportSource[] = await next!;
    next = index + 1 < chunks.length ? read(chunks[index + 1]) : null;
    // Awaited on the next turn; until then a failure must not count as unhandled (the reader may
    // stop before it, e.g. a client that hangs up).
    next?.catch(() => undefined);
    yield* current;
  }
}
