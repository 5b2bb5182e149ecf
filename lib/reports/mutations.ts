// Exporting a report (the write is its audit record): check permission, validate, record the
// export (AuditEvent "article.exported" per article, and for a date range one "report.exported"
// for the range, in one transaction, before the first byte is sent), then hand back a stream that
// loads and renders claims batch by batch.
import "server-only";
import type { CurrentUser } from "@/lib/auth/identity";
import { can } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { forbidden, notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { articleIdsInRange } from "./data";
import type { ReportContext, ReportScope } from "./model";
import { renderReport } from "./render";
import { articleReportSchema, rangeReportSchema, type ReportFormat } from "./schema";

export const RANGE_CRITERION =
  "Articles imported in the range, or with a verdict (status change) recorded in it; whole UTC days, both ends included.";

export interface ReportFile {
  filename: string;
  contentType: string;
  body: ReadableStream<Uint8Array>;
}

const CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: "application/pdf",
  csv: "text/csv; charset=utf-8; header=present",
  json: "application/json; charset=utf-8",
  claimreview: "application/ld+json; charset=utf-8",
};

const EXTENSIONS: Record<ReportFormat, string> = { pdf: "pdf", csv: "csv", json: "json", claimreview: "jsonld" };

/** Deployment settings for links and the ClaimReview author (documented in docs/reports.md). */
export function reportContext(actor: CurrentUser, scope: ReportScope, now = new Date()): ReportContext {
  const baseUrl = (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  return {
    generatedAt: now,
    generatedBy: { id: actor.id, name: actor.name, email: actor.email },
    scope,
    baseUrl,
    organisation: {
      name: process.env.CLAIMLEDGER_ORG_NAME?.trim() || "ClaimLedger",
      url: process.env.CLAIMLEDGER_ORG_URL?.trim() || baseUrl,
    },
  };
}

/** The range-level event's entity id: the range itself, so every export of it can be found. */
export const rangeEntityId = (from: string, to: string) => `${from}..${to}`;

async function recordExports(
  actor: CurrentUser,
  articleIds: string[],
  details: Record<string, string>,
  range?: { from: string; to: string },
) {
  await writeTransaction(async (tx) => {
    for (const articleId of articleIds) {
      await recordAudit(tx, { actorId: actor.id, action: "article.exported", entityType: "Article", entityId: articleId, after: details });
    }
    // Also when no article matched: an empty export was still made, by someone, of something.
    if (range) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "report.exported",
        entityType: "Report",
        entityId: rangeEntityId(range.from, range.to),
        after: { ...details, articles: articleIds.length },
      });
    }
  });
}

function assertMayExport(actor: CurrentUser) {
  if (!can(actor, "report.export")) throw forbidden("Only editors and admins export reports.");
}

export async function exportArticleReport(actor: CurrentUser, articleId: string, input: unknown): Promise<ReportFile> {
  assertMayExport(actor);
  articleId = assertId(articleId, "article");
  const { format, kind } = parseInput(articleReportSchema, input);
  const exists = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!exists) throw notFound("The article");
  await recordExports(actor, [articleId], { format, ...(format === "csv" ? { kind } : {}), scope: "article" });
  const context = reportContext(actor, { type: "article", articleId });
  const suffix = format === "csv" ? `${kind}` : format;
  return {
    filename: `claimledger-${articleId}-${suffix}.${EXTENSIONS[format]}`,
    contentType: CONTENT_TYPES[format],
    body: renderReport(format, kind, context, [articleId]),
  };
}

export async function exportRangeReport(actor: CurrentUser, input: unknown): Promise<ReportFile> {
  assertMayExport(actor);
  const { from, to, format, kind } = parseInput(rangeReportSchema, input);
  const start = new Date(`${from}T00:00:00.000Z`);
  const end = new Date(new Date(`${to}T00:00:00.000Z`).getTime() + 24 * 60 * 60 * 1000);
  const articleIds = await articleIdsInRange(start, end);
  await recordExports(actor, articleIds, { format, ...(format === "csv" ? { kind } : {}), scope: "range", from, to }, { from, to });
  const context = reportContext(actor, { type: "range", from, to, criterion: RANGE_CRITERION });
  const suffix = format === "csv" ? `${kind}` : format;
  return {
    filename: `claimledger-${from}_${to}-${suffix}.${EXTENSIONS[format]}`,
    contentType: CONTENT_TYPES[format],
    body: renderReport(format, kind, context, articleIds),
  };
}
