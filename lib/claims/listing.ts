// Claims as lists for the API: one article's (in claim-number order) or across the articles the
// caller may read (oldest first), with the dashboard's filters (status, assignee, sources,
// overdue) and keyset pages. Who sees which claim is the access module's claim.read rule, so a
// reviewer's list holds exactly the claims they could open one by one.
import "server-only";
import { assertMayReadArticle, claimsWhere } from "@/lib/access";
import type { Actor } from "@/lib/auth/permissions";
import type { ClaimTableFilters } from "@/lib/dashboard/schema";
import { db, type Prisma } from "@/lib/db/client";
import { afterCreation, toPage, type Page, type PageQuery } from "@/lib/pagination";
import { assertId } from "@/lib/schemas";
import type { ClaimStatus } from "@/lib/workflow/states";

export interface ClaimListItem {
  id: string;
  articleId: string;
  number: number;
  /** The quote at the anchor. */
  text: string;
  /** What a reviewer reads. */
  statement: string;
  start: number;
  end: number;
  claimant: string | null;
  status: ClaimStatus;
  version: number;
  score: number | null;
  currentSources: number;
  /** The open assignment's reviewer; `active` false when their account was deactivated. */
  assignee: { id: string; name: string; active: boolean } | null;
  dueAt: Date | null;
  overdue: boolean;
  createdAt: Date;
  updatedAt: Date;
}

function filterWhere(filters: ClaimTableFilters, now: Date): Prisma.ClaimWhereInput[] {
  const where: Prisma.ClaimWhereInput[] = [];
  if (filters.status) where.push({ status: filters.status });
  if (filters.assignee === "none") where.push({ assignments: { none: { state: "OPEN" } } });
  else if (filters.assignee) where.push({ assignments: { some: { state: "OPEN", reviewerId: filters.assignee } } });
  if (filters.evidence !== undefined) {
    const current = { removedAt: null };
    where.push(filters.evidence ? { evidence: { some: current } } : { evidence: { none: current } });
  }
  if (filters.overdue !== undefined) {
    const late = { state: "OPEN" as const, dueAt: { lt: now } };
    where.push(filters.overdue ? { assignments: { some: late } } : { assignments: { none: late } });
  }
  return where;
}

const listSelect = {
  id: true,
  articleId: true,
  number: true,
  text: true,
  statement: true,
  start: true,
  end: true,
  claimant: true,
  status: true,
  version: true,
  score: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { evidence: { where: { removedAt: null } } } },
  assignments: {
    where: { state: "OPEN" },
    orderBy: { createdAt: "desc" },
    take: 1,
    select: { dueAt: true, reviewer: { select: { id: true, name: true, active: true } } },
  },
} satisfies Prisma.ClaimSelect;

type ListRow = Prisma.ClaimGetPayload<{ select: typeof listSelect }>;

function toItem({ _count, assignments, ...claim }: ListRow, now: Date): ClaimListItem {
  const open = assignments[0];
  return {
    ...claim,
    currentSources: _count.evidence,
    assignee: open ? open.reviewer : null,
    dueAt: open?.dueAt ?? null,
    overdue: Boolean(open?.dueAt && open.dueAt < now),
  };
}

/** Rows after the cursor's row: by claim number within an article, by creation across articles. */
async function afterCursor(query: PageQuery, scoped: "article" | "all"): Promise<Prisma.ClaimWhereInput> {
  if (!query.after) return {};
  const row = await db.claim.findUnique({
    where: { id: query.after },
    select: { id: true, number: true, createdAt: true },
  });
  if (!row) return { id: { in: [] } };
  return scoped === "article" ? { number: { gt: row.number } } : afterCreation(row, "asc");
}

async function page(
  actor: Actor,
  scope: Prisma.ClaimWhereInput,
  scoped: "article" | "all",
  filters: ClaimTableFilters,
  query: PageQuery,
  now: Date,
): Promise<Page<ClaimListItem>> {
  const orderBy: Prisma.ClaimOrderByWithRelationInput[] =
    scoped === "article" ? [{ number: "asc" }] : [{ createdAt: "asc" }, { id: "asc" }];
  const rows = await db.claim.findMany({
    where: {
      AND: [
        scope,
        { deletedAt: null },
        claimsWhere(actor, "claim.read"),
        ...filterWhere(filters, now),
        await afterCursor(query, scoped),
      ],
    },
    select: listSelect,
    orderBy,
    take: query.limit + 1,
  });
  return toPage(
    rows.map((row) => toItem(row, now)),
    query,
  );
}

/** The article's live claims the actor may read, by claim number (permanent, so pages stay stable while editors curate). */
export async function listArticleClaims(
  actor: Actor,
  articleId: unknown,
  filters: ClaimTableFilters,
  query: PageQuery,
  now = new Date(),
): Promise<Page<ClaimListItem>> {
  const id = assertId(articleId, "article");
  await assertMayReadArticle(db, actor, id);
  return page(actor, { articleId: id }, "article", filters, query, now);
}

/** Live claims across every article the actor may read, oldest first (new claims join the end). */
export function listClaims(
  actor: Actor,
  filters: ClaimTableFilters,
  query: PageQuery,
  now = new Date(),
): Promise<Page<ClaimListItem>> {
  return page(actor, {}, "all", filters, query, now);
}
