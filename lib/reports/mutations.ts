// Exporting a report (the write is its audit record): check permission, validate, record the
// export (AuditEvent "article.exported" per article, and for a date range one "report.exported"
// for the range, in one transaction, before the first byte is sent), then hand back a stream that
// loads and renders claims batch by batch.
import "server-only";
import type { CurrentUser } from "@/lib/auth/identity";
import { can } from "@/lib/auth/permissions";
import { recordAudit, recordAudits } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { forbidden, notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { dayInZone, nextDay, resolveTimeZone, startOfDayInZone } from "@/lib/time";
import { withByteOrderMark } from "./csv";
import { articleIdsInRange } from "./data";
import { articleReportFileName, rangeReportFileName, type ReportFileName } from "./file-name";
import type { ReportContext, ReportScope } from "./model";
import { renderReportReady } from "./render";
import { articleReportSchema, rangeReportSchema, type ReportFormat } from "./schema";

export const rangeCriterion = (timeZone: string) =>
  `Articles imported in the range, or with a verdict (status change) recorded in it; whole days in ${timeZone}, both ends included.`;

export interface ReportFile {
  /** An ASCII name and one keeping the title's own script (see file-name.ts). */
  filename: ReportFileName;
  contentType: string;
  body: ReadableStream<Uint8Array>;
}

const CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: "application/pdf",
  csv: "text/csv; charset=utf-8; header=present",
  json: "application/json; charset=utf-8",
  claimreview: "application/ld+json; charset=utf-8",
};

/** Where the export was asked for: the zone the caller's browser reported, if any. */
export interface ExportOptions {
  browserTimeZone?: string | null;
}

/** The zone a report writes times in: the user's choice, else their browser's, else UTC. */
export const reportTimeZone = (actor: Pick<CurrentUser, "timeZone">, options: ExportOptions = {}) =>
  resolveTimeZone(actor.timeZone, options.browserTimeZone);

/** Deployment settings for links and the ClaimReview author (documented in docs/reports.md). */
export function reportContext(
  actor: CurrentUser,
  scope: ReportScope,
  now = new Date(),
  timeZone = reportTimeZone(actor),
): ReportContext {
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
    timeZone,
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
    // One statement for all the articles' events (a range may hold thousands of articles).
    await recordAudits(
      tx,
      articleIds.map((articleId) => ({
        actorId: actor.id,
        action: "article.exported" as const,
        entityType: "Article" as const,
        entityId: articleId,
        after: details,
      })),
    );
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

export async function exportArticleReport(
  actor: CurrentUser,
  articleId: string,
  input: unknown,
  options: ExportOptions = {},
): Promise<ReportFile> {
  assertMayExport(actor);
  articleId = assertId(articleId, "article");
  const { format, kind, bom } = parseInput(articleReportSchema, input);
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, title: true, publishedAt: true, createdAt: true },
  });
  if (!article) throw notFound("The article");
  const timeZone = reportTimeZone(actor, options);
  const context = reportContext(actor, { type: "article", articleId }, new Date(), timeZone);
  // A publication date is a calendar day (stored as its UTC midnight); the import is an instant,
  // named by its day where the exporting user is.
  const day = article.publishedAt ? dayInZone(article.publishedAt, "UTC") : dayInZone(article.createdAt, timeZone);
  // A PDF is drawn (off the event loop) before the answer starts, so that a drawing over its time
  // budget is a 503, not a broken download; the export is recorded once it can be delivered.
  const body = await renderReportReady(format, kind, context, [articleId]);
  await recordExports(actor, [articleId], { format, ...(format === "csv" ? { kind } : {}), scope: "article" });
  return {
    filename: articleReportFileName({ id: article.id, title: article.title, day }, format, kind),
    contentType: CONTENT_TYPES[format],
    body: format === "csv" && bom ? withByteOrderMark(body) : body,
  };
}

export async function exportRangeReport(
  actor: CurrentUser,
  input: unknown,
  options: ExportOptions = {},
): Promise<ReportFile> {
  assertMayExport(actor);
  const { from, to, format, kind, bom } = parseInput(rangeReportSchema, input);
  // Whole days where the exporting user is: from the start of `from` to the end of `to` there.
  const timeZone = reportTimeZone(actor, options);
  const start = startOfDayInZone(from, timeZone);
  const end = startOfDayInZone(nextDay(to), timeZone);
  const articleIds = await articleIdsInRange(actor, start, end);
  const context = reportContext(actor, { type: "range", from, to, criterion: rangeCriterion(timeZone) }, new Date(), timeZone);
  const body = await renderReportReady(format, kind, context, articleIds);
  await recordExports(
    actor,
    articleIds,
    { format, ...(format === "csv" ? { kind } : {}), scope: "range", from, to },
    { from, to },
  );
  return {
    filename: rangeReportFileName({ from, to }, format, kind),
    contentType: CONTENT_TYPES[format],
    body: format === "csv" && bom ? withByteOrderMark(body) : body,
  };
}
