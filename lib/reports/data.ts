// Reads for reports, one article at a time. Claims come in batches by cursor (ordinal, then id)
// with everything a report shows about them (claim-relations.ts), so memory holds one batch at a
// time, however large the article. Reports of many articles read in batches across articles
// (range-data.ts) with the same pieces, defined here.
import "server-only";
import { articlesWhere } from "@/lib/access";
import { auditEventFields } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { verifyHistories } from "@/lib/history/data";
import { reportPublicationSelect, toReportPublication } from "@/lib/publishing/report";
import { reportClaimsOf, userSelect, type ClaimDetail } from "./claim-relations";
import { STATUSES, type ArticleSummary, type ReportArticle, type ReportClaim, type Status, type Verification } from "./model";

export const CLAIM_BATCH_SIZE = 100;

const auditSelect = { ...auditEventFields, actor: { select: userSelect } } as const;

/** The article's own columns a report shows (its summary, verification and events come apart). */
export const reportArticleSelect = {
  id: true,
  title: true,
  publisher: true,
  url: true,
  publishedAt: true,
  createdAt: true,
  body: true,
  bodySha256: true,
  revision: true,
  finalizedAt: true,
  importedBy: { select: userSelect },
  finalizedBy: { select: userSelect },
  ...reportPublicationSelect,
} as const;

/** A row of summaryCounts: one per article and status. */
export interface SummaryCountRow {
  articleId: string;
  status: Status;
  claims: number;
  deleted: number;
  evidence: number;
  removed: number;
  changes: number;
}

/** Every count of these articles' summaries in one statement (index probes on their claims). */
export function summaryCounts(articleIds: string[]) {
  return db.$queryRaw<SummaryCountRow[]>`
    SELECT c."articleId", c.status, count(*) FILTER (WHERE c."deletedAt" IS NULL)::int AS claims,
      count(*) FILTER (WHERE c."deletedAt" IS NOT NULL)::int AS deleted,
      coalesce(sum(x.evidence) FILTER (WHERE c."deletedAt" IS NULL), 0)::int AS evidence,
      coalesce(sum(x.removed) FILTER (WHERE c."deletedAt" IS NULL), 0)::int AS removed,
      coalesce(sum(x.changes) FILTER (WHERE c."deletedAt" IS NULL), 0)::int AS changes
    FROM "Claim" c
    CROSS JOIN LATERAL (SELECT
      (SELECT count(*) FROM "Evidence" e WHERE e."claimId" = c.id AND e."removedAt" IS NULL) AS evidence,
      (SELECT count(*) FROM "Evidence" e WHERE e."claimId" = c.id AND e."removedAt" IS NOT NULL) AS removed,
      (SELECT count(*) FROM "StatusChange" h WHERE h."claimId" = c.id) AS changes) x
    WHERE c."articleId" = ANY(${articleIds})
    GROUP BY c."articleId", c.status`;
}

/** One article's summary from its rows of summaryCounts. */
export function summaryOf(counts: SummaryCountRow[]): ArticleSummary {
  const total = (key: "deleted" | "evidence" | "removed" | "changes") => counts.reduce((sum, row) => sum + row[key], 0);
  const byStatus = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  for (const row of counts) if (row.claims > 0) byStatus[row.status] = row.claims;
  const claims = Object.values(byStatus).reduce((sum, count) => sum + count, 0);
  return {
    claims,
    deletedClaims: total("deleted"),
    byStatus,
    evidence: total("evidence"),
    removedEvidence: total("removed"),
    statusChanges: total("changes"),
  };
}

/** Events about the articles themselves (import, finalize, reopen, exports), oldest first. */
export function articleAuditEvents(articleIds: string[]) {
  return db.auditEvent.findMany({
    where: { entityType: "Article", entityId: { in: articleIds } },
    select: auditSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/**
 * Verifies every claim's history (deleted claims too), a batch of claims at a time, exactly as
 * `claimledger verify --article` does: chain, head against the current status, audit witnesses.
 */
export async function verifyArticleHistory(articleId: string, batchSize = CLAIM_BATCH_SIZE): Promise<Verification> {
  const result = await verifyHistories({ articleId, batchSize });
  return { ok: result.ok, checked: result.checkedRows, breaks: result.breaks };
}

type ArticleRow = Omit<ReportArticle, "summary" | "verification" | "auditEvents" | "publication"> & Parameters<typeof toReportPublication>[0];

/** The report's article, its members in a fixed order (the JSON archive writes them in this order). */
export function reportArticle(row: ArticleRow, summary: ArticleSummary, verification: Verification, auditEvents: ReportArticle["auditEvents"]): ReportArticle {
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    url: row.url,
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
    body: row.body,
    bodySha256: row.bodySha256,
    revision: row.revision,
    finalizedAt: row.finalizedAt,
    importedBy: row.importedBy,
    finalizedBy: row.finalizedBy,
    summary,
    verification,
    auditEvents,
    publication: toReportPublication(row),
  };
}

export async function loadReportArticle(articleId: string): Promise<ReportArticle> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: reportArticleSelect });
  if (!article) throw notFound("The article");
  const [counts, auditEvents, verification] = await Promise.all([
    summaryCounts([articleId]),
    articleAuditEvents([articleId]),
    verifyArticleHistory(articleId),
  ]);
  return reportArticle(article, summaryOf(counts), verification, auditEvents);
}

/** The article's claims in reading order, a batch at a time, with their sources, history and events. */
export async function* claimBatches(
  articleId: string,
  options: { includeDeleted?: boolean; batchSize?: number; detail?: ClaimDetail } = {},
): AsyncGenerator<ReportClaim[]> {
  const batchSize = options.batchSize ?? CLAIM_BATCH_SIZE;
  let cursor: string | undefined;
  for (;;) {
    const claims = await db.claim.findMany({
      where: { articleId, ...(options.includeDeleted ? {} : { deletedAt: null }) },
      orderBy: [{ ordinal: "asc" }, { id: "asc" }],
      take: batchSize,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (claims.length === 0) return;
    yield await reportClaimsOf(claims, options.detail);
    if (claims.length < batchSize) return;
    cursor = claims[claims.length - 1].id;
  }
}

/**
 * Articles for a date-range report that the actor may export: imported in the range, or with a
 * verdict (status change) recorded in it. `to` is exclusive here; callers pass the day after the
 * last day.
 */
export async function articleIdsInRange(actor: Actor, from: Date, toExclusive: Date): Promise<string[]> {
  const inRange = { gte: from, lt: toExclusive };
  const rows = await db.article.findMany({
    where: {
      AND: [
        articlesWhere(actor, "report.export"),
        { OR: [{ createdAt: inRange }, { claims: { some: { statusChanges: { some: { createdAt: inRange } } } } }] },
      ],
    },
    select: { id: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => row.id);
}
