import "server-only";
// The articles list with per-article progress, filters, sort and full-text search. Per-article
// counts and last activity come from ArticleSummary (kept by triggers in the same transaction as
// each change, see docs/performance.md), so no per-row aggregate runs over the archive; search
// goes through the GIN-indexed search columns (sql.ts). Every user value is a bound parameter
// (Prisma.sql); sort keys come from a fixed table. Paged by OFFSET: every sort ends with a.id, so
// pages of one ordering never overlap or skip. The page and the total come from one query.
import type { CurrentUser } from "@/lib/auth/identity";
import { articlesSql, assertMayReadArticle } from "@/lib/access";
import { can } from "@/lib/auth/permissions";
import { db, Prisma } from "@/lib/db/client";
import { toPage, type Page, type PageQuery } from "@/lib/pagination";
import { assertId } from "@/lib/schemas";
import { searchMatches } from "./sql";
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

// Over Article `a` and its ArticleSummary `s` (and, for the overdue sort only, `ov`).
const ORDER: Record<ArticleSort, Prisma.Sql> = {
  "imported-desc": Prisma.sql`a."createdAt" DESC, a.id`,
  "imported-asc": Prisma.sql`a."createdAt" ASC, a.id`,
  title: Prisma.sql`lower(a.title) ASC, a.id`,
  progress: Prisma.sql`(CASE WHEN coalesce(s.claims, 0) = 0 THEN 0 ELSE (s.claims - s.pending)::float / s.claims END) DESC, a."createdAt" DESC, a.id`,
  activity: Prisma.sql`s."lastActivityAt" DESC NULLS LAST, a.id`,
  overdue: Prisma.sql`coalesce(ov.overdue, 0) DESC, a."createdAt" DESC, a.id`,
};

const dayStart = (value: string) => new Date(`${value}T00:00:00.000Z`);
const nextDay = (value: string) => new Date(dayStart(value).getTime() + 86_400_000);

function conditions(user: CurrentUser, filters: ArticleListFilters, now: Date): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  // The access module's article.read rule as SQL (everything for editors and admins).
  if (!can(user, "article.listAll")) where.push(articlesSql(user, "article.read"));
  if (filters.q) where.push(searchMatches(filters.q));
  if (filters.status) {
    const column = Prisma.raw(`s."${filters.status.toLowerCase()}"`);
    where.push(Prisma.sql`coalesce(${column}, 0) > 0`);
  }
  if (filters.state === "open") where.push(Prisma.sql`a."finalizedAt" IS NULL`);
  if (filters.state === "finalized") where.push(Prisma.sql`a."finalizedAt" IS NOT NULL`);
  if (filters.reviewer) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "Assignment" r JOIN "Claim" c ON c.id = r."claimId"
      WHERE c."articleId" = a.id AND c."deletedAt" IS NULL AND r."reviewerId" = ${filters.reviewer} AND r.state <> 'CANCELLED')`);
  }
  // An open assignment on a live claim is overdue exactly when the earliest due date has passed.
  if (filters.overdue) where.push(Prisma.sql`s."earliestOpenDueAt" < ${now}`);
  if (filters.from) where.push(Prisma.sql`a."createdAt" >= ${dayStart(filters.from)}`);
  if (filters.to) where.push(Prisma.sql`a."createdAt" < ${nextDay(filters.to)}`);
  return where;
}

// Open assignments past due on the article's live claims. Counted only for the rows shown (and,
// for the overdue sort, for articles that have any: the rest sort as 0).
// Written as a probe per claim (Assignment's claimId index), which the planner cannot turn into
// a scan of every open assignment.
const overdueCount = (now: Date) => Prisma.sql`LEFT JOIN LATERAL (
      SELECT sum((SELECT count(*) FROM "Assignment" r
        WHERE r."claimId" = c.id AND r.state = 'OPEN' AND r."dueAt" < ${now})) AS overdue
      FROM "Claim" c
      WHERE s."earliestOpenDueAt" < ${now} AND c."articleId" = a.id AND c."deletedAt" IS NULL
    ) ov ON true`;

const whereClause = (where: Prisma.Sql[]) =>
  where.length ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty;

type OverviewRow = ArticleOverview & { matching: number };

/** Stage 2: what the rows of a page show, for the ids the `page` CTE picked (id, matching, position). */
function overviewsOf(page: Prisma.Sql, now: Date): Promise<OverviewRow[]> {
  return db.$queryRaw<OverviewRow[]>`
    WITH page AS MATERIALIZED (${page})
    SELECT a.id, a.title, a.publisher, a."publishedAt", a."createdAt", a."finalizedAt", u.name AS "importedByName",
      coalesce(s.pending, 0)::int AS pending, coalesce(s.unverified, 0)::int AS unverified,
      coalesce(s.corroborated, 0)::int AS corroborated, coalesce(s.disputed, 0)::int AS disputed,
      coalesce(s.claims, 0)::int AS total, coalesce(s.claims - s.pending, 0)::int AS "withVerdict",
      coalesce(s."openAssignments", 0)::int AS "openAssignments", coalesce(ov.overdue, 0)::int AS "overdueAssignments",
      s."lastActivityAt" AS "lastActivityAt", page.matching::int AS matching
    FROM page
    JOIN "Article" a ON a.id = page.id
    JOIN "User" u ON u.id = a."importedById"
    LEFT JOIN "ArticleSummary" s ON s."articleId" = a.id
    ${overdueCount(now)}
    ORDER BY page.position`;
}

async function queryPage(user: CurrentUser, filters: ArticleListFilters, now: Date): Promise<OverviewRow[]> {
  const where = conditions(user, filters, now);
  // Stage 1 picks the page's ids (and counts all matches) from Article + summary alone; stage 2
  // reads what the 50 rows show.
  return overviewsOf(
    Prisma.sql`
      SELECT a.id, count(*) OVER () AS matching, row_number() OVER (ORDER BY ${ORDER[filters.sort]}) AS position
      FROM "Article" a
      LEFT JOIN "ArticleSummary" s ON s."articleId" = a.id
      ${filters.sort === "overdue" ? overdueCount(now) : Prisma.empty}
      ${whereClause(where)}
      ORDER BY ${ORDER[filters.sort]}
      LIMIT ${ARTICLES_PAGE_SIZE} OFFSET ${(filters.page - 1) * ARTICLES_PAGE_SIZE}`,
    now,
  );
}

const withoutCount = ({ matching: _matching, ...row }: OverviewRow): ArticleOverview => row;

/** One page (filters.page) of the articles the user may see that match the filters. */
export async function listArticleOverviews(
  user: CurrentUser,
  filters: ArticleListFilters,
  now = new Date(),
): Promise<ArticleOverview[]> {
  return (await queryPage(user, filters, now)).map(withoutCount);
}

/** How many articles the user may see match the filters (the same WHERE as the list). */
export async function countArticleOverviews(
  user: CurrentUser,
  filters: ArticleListFilters,
  now = new Date(),
): Promise<number> {
  const [{ total }] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM "Article" a
    LEFT JOIN "ArticleSummary" s ON s."articleId" = a.id
    ${whereClause(conditions(user, filters, now))}`;
  return total;
}

/** The articles list page: the requested page and the total count. */
export async function listArticleOverviewPage(
  user: CurrentUser,
  filters: ArticleListFilters,
  now = new Date(),
): Promise<ArticleOverviewPage> {
  const rows = await queryPage(user, filters, now);
  // A page past the end has no row to carry the count: ask for it (rare).
  const total = rows.length ? rows[0].matching : filters.page > 1 ? await countArticleOverviews(user, filters, now) : 0;
  return {
    articles: rows.map(withoutCount),
    total,
    page: filters.page,
    pageSize: ARTICLES_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / ARTICLES_PAGE_SIZE)),
  };
}

/**
 * The API's articles list: newest import first, keyset-paged on (createdAt, id) so that articles
 * imported while a client walks the list neither shift nor repeat rows (lib/pagination).
 */
export async function listArticleOverviewsAfter(
  user: CurrentUser,
  filters: Omit<ArticleListFilters, "sort" | "page">,
  query: PageQuery,
  now = new Date(),
): Promise<Page<ArticleOverview>> {
  const where = conditions(user, { ...filters, sort: "imported-desc", page: 1 }, now);
  if (query.after) {
    where.push(
      Prisma.sql`(a."createdAt", a.id) < (SELECT c."createdAt", c.id FROM "Article" c WHERE c.id = ${query.after})`,
    );
  }
  const rows = await overviewsOf(
    Prisma.sql`
      SELECT a.id, 0 AS matching, row_number() OVER (ORDER BY a."createdAt" DESC, a.id DESC) AS position
      FROM "Article" a
      LEFT JOIN "ArticleSummary" s ON s."articleId" = a.id
      ${whereClause(where)}
      ORDER BY a."createdAt" DESC, a.id DESC
      LIMIT ${query.limit + 1}`,
    now,
  );
  return toPage(rows.map(withoutCount), query);
}

/** One article's overview (counts, progress, last activity), if the user may read it. */
export async function getArticleOverview(
  user: CurrentUser,
  articleId: unknown,
  now = new Date(),
): Promise<ArticleOverview> {
  const id = assertId(articleId, "article");
  await assertMayReadArticle(db, user, id);
  const [row] = await overviewsOf(Prisma.sql`SELECT ${id}::text AS id, 0 AS matching, 1 AS position`, now);
  return withoutCount(row);
}
