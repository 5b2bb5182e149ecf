import "server-only";
// The articles list with per-article progress, filters, sort and full-text search, as one SQL
// query: every user value is a bound parameter (Prisma.sql), sort keys come from a fixed table.
// Search uses to_tsvector/websearch_to_tsquery computed on the fly (no index: see docs/reports.md).
// Paged by OFFSET: every sort ends with a.id, so pages of one ordering never overlap or skip.
import type { CurrentUser } from "@/lib/auth/identity";
import { articlesSql } from "@/lib/access";
import { can } from "@/lib/auth/permissions";
import { db, Prisma } from "@/lib/db/client";
import { articleEventFilter } from "./sql";
import { ARTICLES_PAGE_SIZE, type ArticleListFilters, type ArticleSort } from "./schema";

export interface ArticleOverview {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  finalizedAt: Date | null;
  importedByName: string;
  pending: number;
  unverified: number;
  corroborated: number;
  disputed: number;
  total: number;
  /** Current claims with a verdict (corroborated, disputed or unverified): the done ones. */
  withVerdict: number;
  openAssignments: number;
  overdueAssignments: number;
  lastActivityAt: Date | null;
}

export interface ArticleOverviewPage {
  articles: ArticleOverview[];
  /** Articles matching the filters, on all pages. */
  total: number;
  page: number;
  pageSize: number;
  /** At least 1, so "page 1 of 1" holds for an empty list. */
  pageCount: number;
}

const ORDER: Record<ArticleSort, Prisma.Sql> = {
  "imported-desc": Prisma.sql`a."createdAt" DESC, a.id`,
  "imported-asc": Prisma.sql`a."createdAt" ASC, a.id`,
  title: Prisma.sql`lower(a.title) ASC, a.id`,
  progress: Prisma.sql`(CASE WHEN coalesce(cc.total, 0) = 0 THEN 0 ELSE cc.with_verdict::float / cc.total END) DESC, a."createdAt" DESC, a.id`,
  activity: Prisma.sql`act.at DESC NULLS LAST, a.id`,
  overdue: Prisma.sql`coalesce(ac.overdue, 0) DESC, a."createdAt" DESC, a.id`,
};

const dayStart = (value: string) => new Date(`${value}T00:00:00.000Z`);
const nextDay = (value: string) => new Date(dayStart(value).getTime() + 86_400_000);

function conditions(user: CurrentUser, filters: ArticleListFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  // The access module's article.read rule as SQL (everything for editors and admins).
  if (!can(user, "article.listAll")) where.push(articlesSql(user, "article.read"));
  if (filters.q) {
    const query = Prisma.sql`websearch_to_tsquery('english', ${filters.q})`;
    where.push(Prisma.sql`(
      to_tsvector('english', a.title) @@ ${query}
      OR EXISTS (SELECT 1 FROM "Claim" c WHERE c."articleId" = a.id AND c."deletedAt" IS NULL
        AND to_tsvector('english', c.text) @@ ${query})
      OR EXISTS (SELECT 1 FROM "Evidence" e JOIN "Claim" c ON c.id = e."claimId"
        WHERE c."articleId" = a.id AND c."deletedAt" IS NULL AND e."removedAt" IS NULL
        AND to_tsvector('english', concat_ws(' ', e.title, e.publisher, e.excerpt, e.note)) @@ ${query}))`);
  }
  if (filters.status) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "Claim" c WHERE c."articleId" = a.id AND c."deletedAt" IS NULL
      AND c.status = ${filters.status}::"ClaimStatus")`);
  }
  if (filters.state === "open") where.push(Prisma.sql`a."finalizedAt" IS NULL`);
  if (filters.state === "finalized") where.push(Prisma.sql`a."finalizedAt" IS NOT NULL`);
  if (filters.reviewer) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "Assignment" s JOIN "Claim" c ON c.id = s."claimId"
      WHERE c."articleId" = a.id AND c."deletedAt" IS NULL AND s."reviewerId" = ${filters.reviewer} AND s.state <> 'CANCELLED')`);
  }
  if (filters.overdue) where.push(Prisma.sql`coalesce(ac.overdue, 0) > 0`);
  if (filters.from) where.push(Prisma.sql`a."createdAt" >= ${dayStart(filters.from)}`);
  if (filters.to) where.push(Prisma.sql`a."createdAt" < ${nextDay(filters.to)}`);
  return where;
}

// The open-assignment counts; the overdue filter reads them, so the count query joins them too.
const assignmentCounts = (now: Date) => Prisma.sql`LEFT JOIN LATERAL (
      SELECT count(*) AS open, count(*) FILTER (WHERE s."dueAt" < ${now}) AS overdue
      FROM "Assignment" s JOIN "Claim" c ON c.id = s."claimId"
      WHERE c."articleId" = a.id AND c."deletedAt" IS NULL AND s.state = 'OPEN'
    ) ac ON true`;

const whereClause = (where: Prisma.Sql[]) => (where.length ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty);

/** One page (filters.page) of the articles the user may see that match the filters. */
export async function listArticleOverviews(user: CurrentUser, filters: ArticleListFilters, now = new Date()): Promise<ArticleOverview[]> {
  const where = conditions(user, filters);
  const rows = await db.$queryRaw<ArticleOverview[]>`
    SELECT a.id, a.title, a.publisher, a."publishedAt", a."createdAt", a."finalizedAt", u.name AS "importedByName",
      coalesce(cc.pending, 0)::int AS pending, coalesce(cc.unverified, 0)::int AS unverified, coalesce(cc.corroborated, 0)::int AS corroborated,
      coalesce(cc.disputed, 0)::int AS disputed, coalesce(cc.total, 0)::int AS total,
      coalesce(cc.with_verdict, 0)::int AS "withVerdict",
      coalesce(ac.open, 0)::int AS "openAssignments", coalesce(ac.overdue, 0)::int AS "overdueAssignments",
      act.at AS "lastActivityAt"
    FROM "Article" a
    JOIN "User" u ON u.id = a."importedById"
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE c.status = 'PENDING') AS pending,
        count(*) FILTER (WHERE c.status = 'UNVERIFIED') AS unverified,
        count(*) FILTER (WHERE c.status = 'CORROBORATED') AS corroborated,
        count(*) FILTER (WHERE c.status = 'DISPUTED') AS disputed,
        count(*) FILTER (WHERE c.status <> 'PENDING') AS with_verdict,
        count(*) AS total
      FROM "Claim" c WHERE c."articleId" = a.id AND c."deletedAt" IS NULL
    ) cc ON true
    ${assignmentCounts(now)}
    LEFT JOIN LATERAL (
      SELECT max(e."createdAt") AS at FROM "AuditEvent" e
      WHERE e.action <> 'article.exported' AND ${articleEventFilter(Prisma.sql`a.id`)}
    ) act ON true
    ${whereClause(where)}
    ORDER BY ${ORDER[filters.sort]}
    LIMIT ${ARTICLES_PAGE_SIZE} OFFSET ${(filters.page - 1) * ARTICLES_PAGE_SIZE}`;
  return rows;
}

/** How many articles the user may see match the filters (the same WHERE as the list). */
export async function countArticleOverviews(user: CurrentUser, filters: ArticleListFilters, now = new Date()): Promise<number> {
  const [{ total }] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM "Article" a
    ${filters.overdue ? assignmentCounts(now) : Prisma.empty}
    ${whereClause(conditions(user, filters))}`;
  return total;
}

/** The articles list page: the requested page and the total count. */
export async function listArticleOverviewPage(user: CurrentUser, filters: ArticleListFilters, now = new Date()): Promise<ArticleOverviewPage> {
  const [articles, total] = await Promise.all([listArticleOverviews(user, filters, now), countArticleOverviews(user, filters, now)]);
  return { articles, total, page: filters.page, pageSize: ARTICLES_PAGE_SIZE, pageCount: Math.max(1, Math.ceil(total / ARTICLES_PAGE_SIZE)) };
}
