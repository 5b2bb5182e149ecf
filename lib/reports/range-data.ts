// Reads for reports of many articles (a date range), batched across articles: whole articles are
// grouped into chunks of up to CHUNK_CLAIMS claims, and each chunk is read in a fixed number of
// statements (articles, summary counts, article events, claims, then claim-relations.ts per
// RELATION_BATCH claims), instead of a dozen statements per article. CSV and ClaimReview read
// their claims as JSON built by the database (table-data.ts), the JSON archive reads them as its
// own text (archive-data.ts, rangeArchiveSources, with the summary counted from those claims);
// both instead of Prisma rows mapped to objects, which was most of the export's time. The
// history check of each article comes from the claims already read (deleted ones read apart when
// the report leaves them out). An article larger than a chunk is read on its own, batch by batch
// (data.ts). Memory holds at most three chunks: the one being written and the next two, read
// meanwhile.
import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { verifyClaimHistory, type ChainBreak } from "@/lib/history/chain";
import { auditWitnesses, toChainRow } from "@/lib/history/data";
import { archiveClaimsOf, type ArchiveClaim } from "./archive-data";
import { reportClaimsOf, type ClaimDetail } from "./claim-relations";
import { tableClaimsOf } from "./table-data";
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
import type { CsvKind } from "./schema";
import type { ArticleReportSource, ReportArticle, ReportClaim, SerialisedArticleSource, Verification } from "./model";

/** Claims per chunk of articles (an article with more is read on its own). */
export const CHUNK_CLAIMS = 1000;
const CHUNK_ARTICLES = 100;
/** Article text per chunk, when the report carries it (an article may hold up to 2 MB). */
const CHUNK_BODY_BYTES = 8 * 1024 * 1024;
/**
 * Claims per chunk when they are read as text (archive-data.ts, table-data.ts): each chunk costs
 * a fixed number of statements (nine of them the articles'), and its claims are small as text.
 */
const TEXT_CHUNK_CLAIMS = 2500;
/** Chunks read ahead of the one being written (see readAhead). */
const READ_AHEAD = 2;
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
  /**
   * With "table", the CSV file being written: its claims are read with only what that file shows,
   * the rest left empty (table-data.ts). An article read on its own still gets everything.
   */
  csv?: CsvKind;
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

/** The chunk's claims with what the report shows of them, in reading order by article. */
async function chunkClaims(ids: string[], options: RangeReadOptions): Promise<ReportClaim[]> {
  // What CSV and ClaimReview show is read as JSON built by the database (table-data.ts).
  if (options.detail === "table") return tableClaimsOf(ids, { includeDeleted: options.includeDeleted, csv: options.csv });
  const claims = await db.claim.findMany({
    where: { articleId: { in: ids }, ...(options.includeDeleted ? {} : { deletedAt: null }) },
    orderBy: [{ articleId: "asc" }, { ordinal: "asc" }, { id: "asc" }],
  });
  const reportClaims: ReportClaim[] = [];
  for (let offset = 0; offset < claims.length; offset += RELATION_BATCH) {
    reportClaims.push(...(await reportClaimsOf(claims.slice(offset, offset + RELATION_BATCH), options.detail)));
  }
  return reportClaims;
}

/** Everything a report shows about a chunk of articles, as one source per article (in the given order). */
async function readChunk(ids: string[], options: RangeReadOptions): Promise<ArticleReportSource[]> {
  // CSV and ClaimReview show neither the article's summary nor its verification: not read for them.
  const checks = options.detail !== "table";
  const [articles, counts, events, reportClaims, deleted] = await Promise.all([
    // The text only when the report carries it (true or false: Prisma leaves it out on false).
    db.article.findMany({ where: { id: { in: ids } }, select: { ...reportArticleSelect, body: options.articleBody } }),
    checks ? summaryCounts(ids) : Promise.resolve([]),
    articleAuditEvents(ids),
    chunkClaims(ids, options),
    options.includeDeleted || !checks ? Promise.resolve([]) : deletedClaimsVerdicts(ids),
  ]);
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
 * Reads the chunks in order and yields what each gives, with `depth` chunks read ahead: the next
 * ones are read while the current one is written. Two ahead lets the database work on one chunk
 * while this process completes the one before (archive-data.ts parses and checks each chunk).
 */
async function* readAhead<T>(chunks: Chunk[], read: (chunk: Chunk) => Promise<T[]>, depth = 1): AsyncGenerator<T> {
  const pending: Promise<T[]>[] = [];
  let started = 0;
  const fill = () => {
    while (started < chunks.length && pending.length < depth + 1) {
      const promise = read(chunks[started++]);
      // Awaited on a later turn; until then a failure must not count as unhandled (the reader may
      // stop before it, e.g. a client that hangs up).
      promise.catch(() => undefined);
      pending.push(promise);
    }
  };
  fill();
  while (pending.length) {
    const current = await pending.shift()!;
    fill();
    yield* current;
  }
}

/**
 * The articles' report sources in the given order, read a chunk of articles at a time, the next
 * chunks read while the current one is written.
 */
export async function* rangeReportSources(articleIds: string[], options: RangeReadOptions): AsyncGenerator<ArticleReportSource> {
  if (!articleIds.length) return;
  const chunks = await planChunks(articleIds, { ...options, chunkClaims: options.chunkClaims ?? (options.detail === "table" ? TEXT_CHUNK_CLAIMS : CHUNK_CLAIMS) });
  yield* readAhead(chunks, (chunk): Promise<ArticleReportSource[]> =>
    chunk.kind === "articles"
      ? readChunk(chunk.ids, options)
      : loadReportArticle(chunk.id).then((article) => [
          { article: options.articleBody ? article : { ...article, body: "" }, claimBatches: () => claimBatches(chunk.id, { includeDeleted: options.includeDeleted, detail: options.detail }) },
        ]),
    READ_AHEAD,
  );
}

/** summaryCounts' rows (per article and status) counted from the claims of an archive chunk. */
function summaryRows(claims: ArchiveClaim[]): SummaryCountRow[] {
  const rows = new Map<string, SummaryCountRow>();
  for (const claim of claims) {
    const key = `${claim.articleId} ${claim.status}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { articleId: claim.articleId, status: claim.status, claims: 0, deleted: 0, evidence: 0, removed: 0, changes: 0 }));
    if (claim.deleted) {
      row.deleted++;
      continue;
    }
    // As summaryCounts: sources and status changes of current claims only.
    row.claims++;
    row.evidence += claim.evidence;
    row.removed += claim.removedEvidence;
    row.changes += claim.statusChanges;
  }
  return [...rows.values()];
}

/** A chunk of the JSON archive: the articles as readChunk gives them, the claims as JSON (archive-data.ts). */
async function readArchiveChunk(ids: string[]): Promise<SerialisedArticleSource[]> {
  const [articles, events, claims] = await Promise.all([
    db.article.findMany({ where: { id: { in: ids } }, select: reportArticleSelect }),
    articleAuditEvents(ids),
    archiveClaimsOf(ids),
  ]);
  const articleById = new Map(articles.map((article) => [article.id, article]));
  // The summary from the claims themselves (the archive holds all of them): summaryCounts' rows.
  const countsOf = groupBy<SummaryCountRow>(summaryRows(claims), (row) => row.articleId);
  const eventsOf = groupBy(events, (event) => event.entityId);
  const claimsOf = groupBy(claims, (claim) => claim.articleId);
  return ids.map((id) => {
    const row = articleById.get(id);
    if (!row) throw notFound("The article");
    const own = claimsOf.get(id) ?? [];
    // The archive lists deleted claims too: the article's verification is its claims'.
    const article = reportArticle(row, summaryOf(countsOf.get(id) ?? []), articleVerification(own), eventsOf.get(id) ?? []);
    return {
      article,
      claimJson: async function* () {
        for (let offset = 0; offset < own.length; offset += CLAIM_BATCH_SIZE) yield own.slice(offset, offset + CLAIM_BATCH_SIZE).map((claim) => claim.json);
      },
    };
  });
}

/**
 * The JSON archive of several articles (deleted claims and the articles' text included), read as
 * rangeReportSources reads them but with each chunk's claims as JSON built by PostgreSQL
 * (archive-data.ts). An article larger than a chunk is read on its own, as objects.
 */
export async function* rangeArchiveSources(articleIds: string[], options: { chunkClaims?: number } = {}): AsyncGenerator<SerialisedArticleSource> {
  if (!articleIds.length) return;
  const chunks = await planChunks(articleIds, { includeDeleted: true, articleBody: true, chunkClaims: options.chunkClaims ?? TEXT_CHUNK_CLAIMS });
  yield* readAhead(chunks, (chunk): Promise<SerialisedArticleSource[]> =>
    chunk.kind === "articles"
      ? readArchiveChunk(chunk.ids)
      : loadReportArticle(chunk.id).then((article) => [
          {
            article,
            claimJson: async function* () {
              for await (const batch of claimBatches(chunk.id, { includeDeleted: true, detail: "archive" })) yield batch.map((claim) => JSON.stringify(claim));
            },
          },
        ]),
    READ_AHEAD,
  );
}
