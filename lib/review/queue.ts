// My queue (/queue, GET /api/v1/me/queue): a reviewer's open assignments; the page's remembered
// sort and filters (queue-view.ts), one page of 50 at a time, and a claim's neighbours in that
// order for the claim page's next/previous.
import "server-only";
import { claimsWhere } from "@/lib/access";
import type { Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { afterCreation, toPage, type PageQuery } from "@/lib/pagination";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import {
  QUEUE_PAGE_SIZE,
  neighboursIn,
  queuePageCount,
  queueSortKeys,
  queueViewSchema,
  readStoredQueueView,
  type Neighbours,
  type QueueSortKey,
  type QueueView,
} from "./queue-view";

const queueSelect = {
  id: true,
  dueAt: true,
  note: true,
  createdAt: true,
  assignedBy: { select: { name: true } },
  claim: {
    select: {
      id: true,
      text: true,
      statement: true,
      status: true,
      number: true,
      claimant: true,
      version: true,
      // The language sets the direction of the claim and title (an Arabic claim reads right to left).
      article: { select: { id: true, title: true, language: true } },
    },
  },
} satisfies Prisma.AssignmentSelect;

// Overdue first, then by due date (undated last): overdue items have the earliest due dates, so
// due date ascending is that order for any `now`; creation time and id make it total.
const queueOrder: Prisma.AssignmentOrderByWithRelationInput[] = [
  { dueAt: { sort: "asc", nulls: "last" } },
  { createdAt: "asc" },
  { id: "asc" },
];

const openWhere = (reviewerId: string): Prisma.AssignmentWhereInput => ({
  reviewerId: assertId(reviewerId, "reviewerId"),
  state: "OPEN",
  claim: { deletedAt: null },
});

const withOverdue =
  (now: Date) =>
  <Row extends { dueAt: Date | null }>(assignment: Row) => ({
    ...assignment,
    overdue: assignment.dueAt !== null && assignment.dueAt < now,
  });

/**
 * A reviewer's open assignments across articles: overdue first, then by due date (undated last).
 * Any verdict (Corroborated, Disputed or Unverified) completes the assignment, so the claim
 * leaves the queue; an editor's reopen puts it back.
 */
export async function listQueue(reviewerId: string, now = new Date()) {
  const open = await db.assignment.findMany({ where: openWhere(reviewerId), select: queueSelect, orderBy: queueOrder });
  const items = open.map(withOverdue(now));
  return { items, openCount: items.length, overdueCount: items.filter((item) => item.overdue).length };
}

/** The rows after the cursor's row in queue order ((dueAt nulls last, createdAt, id) as a keyset). */
async function afterCursor(query: PageQuery): Promise<Prisma.AssignmentWhereInput> {
  if (!query.after) return {};
  const row = await db.assignment.findUnique({
    where: { id: query.after },
    select: { id: true, dueAt: true, createdAt: true },
  });
  if (!row) return { id: { in: [] } };
  const later = afterCreation(row, "asc");
  if (row.dueAt === null) return { AND: [{ dueAt: null }, later] };
  return { OR: [{ dueAt: { gt: row.dueAt } }, { dueAt: null }, { AND: [{ dueAt: row.dueAt }, later] }] };
}

/** One page of the queue, with the counts over the whole queue. */
export async function listQueuePage(reviewerId: string, query: PageQuery, now = new Date()) {
  const where = openWhere(reviewerId);
  const [rows, openCount, overdueCount] = await Promise.all([
    afterCursor(query).then((after) =>
      db.assignment.findMany({
        where: { AND: [where, after] },
        select: queueSelect,
        orderBy: queueOrder,
        take: query.limit + 1,
      }),
    ),
    db.assignment.count({ where }),
    db.assignment.count({ where: { AND: [where, { dueAt: { lt: now } }] } }),
  ]);
  const { items, next } = toPage(rows.map(withOverdue(now)), query);
  return { items, next, openCount, overdueCount };
}

// ---- The queue page: the remembered view, paged ----

/** The user's remembered queue view (the default until they choose one). */
export async function getQueueView(userId: string): Promise<QueueView> {
  const row = await db.user.findUnique({ where: { id: assertId(userId, "userId") }, select: { queueView: true } });
  return readStoredQueueView(row?.queueView);
}

/**
 * Remembers the user's queue view on their user row: it follows them across sessions and devices
 * (a cookie would stay in one browser, and be shared by whoever else signs in there). A display
 * preference of one's own: no permission beyond being signed in, and no audit event.
 */
export async function saveQueueView(actor: Pick<Actor, "id">, input: unknown): Promise<QueueView> {
  const view = parseInput(queueViewSchema, input);
  await db.user.update({ where: { id: actor.id }, data: { queueView: view }, select: { id: true } });
  return view;
}

function orderByFor(key: QueueSortKey): Prisma.AssignmentOrderByWithRelationInput {
  switch (key.key) {
    case "dueAt":
      return { dueAt: { sort: key.direction, nulls: key.nulls } };
    case "score":
      return { claim: { score: { sort: key.direction, nulls: key.nulls } } };
    case "articleTitle":
      return { claim: { article: { title: key.direction } } };
    case "articleId":
      return { claim: { articleId: key.direction } };
    case "claimOrdinal":
      return { claim: { ordinal: key.direction } };
    case "createdAt":
      return { createdAt: key.direction };
    case "id":
      return { id: key.direction };
  }
}

export const queueOrderBy = (view: Pick<QueueView, "sort">) => queueSortKeys(view.sort).map(orderByFor);

/**
 * The reader's open assignments as Prisma filters: theirs, open, on a live claim they may read
 * (the access module's filter, in the query) — and the view's filters.
 */
function viewWhere(actor: Actor, view: QueueView, now: Date): Prisma.AssignmentWhereInput {
  const due: Record<QueueView["due"], Prisma.AssignmentWhereInput> = {
    all: {},
    overdue: { dueAt: { lt: now } },
    dated: { dueAt: { not: null } },
    undated: { dueAt: null },
  };
  return {
    AND: [
      openQueueWhere(actor),
      due[view.due],
      view.status === "all" ? {} : { claim: { status: view.status } },
      view.articleId ? { claim: { articleId: view.articleId } } : {},
    ],
  };
}

const openQueueWhere = (actor: Actor): Prisma.AssignmentWhereInput => ({
  reviewerId: assertId(actor.id, "reviewerId"),
  state: "OPEN",
  claim: { deletedAt: null, AND: [claimsWhere(actor, "claim.read")] },
});

const queuePageSelect = {
  ...queueSelect,
  claim: { select: { ...queueSelect.claim.select, score: true } },
} satisfies Prisma.AssignmentSelect;

/**
 * One page (50 rows) of the reader's queue in their view, with the counts the page shows: open
 * and overdue over the whole queue, and how many match the view. A page past the end shows the
 * last one.
 */
export async function listQueueViewPage(actor: Actor, view: QueueView, page: number, now = new Date()) {
  const open = openQueueWhere(actor);
  const where = viewWhere(actor, view, now);
  // Without filters the view matches the whole queue: one count fewer.
  const filtered = view.status !== "all" || view.articleId !== "" || view.due !== "all";
  const [matching, openCount, overdueCount, articles] = await Promise.all([
    filtered ? db.assignment.count({ where }) : null,
    db.assignment.count({ where: open }),
    db.assignment.count({ where: { AND: [open, { dueAt: { lt: now } }] } }),
    // The articles the queue holds work in, for the article filter.
    db.article.findMany({
      where: { claims: { some: { deletedAt: null, assignments: { some: { reviewerId: actor.id, state: "OPEN" } } } } },
      select: { id: true, title: true, language: true },
      orderBy: [{ title: "asc" }, { id: "asc" }],
    }),
  ]);
  const total = matching ?? openCount;
  const pageCount = queuePageCount(total);
  const shownPage = Math.min(Math.max(1, page), pageCount);
  const rows = await db.assignment.findMany({
    where,
    select: queuePageSelect,
    orderBy: queueOrderBy(view),
    skip: (shownPage - 1) * QUEUE_PAGE_SIZE,
    take: QUEUE_PAGE_SIZE,
  });
  return {
    items: rows.map(withOverdue(now)),
    matching: total,
    openCount,
    overdueCount,
    page: shownPage,
    pageCount,
    pageSize: QUEUE_PAGE_SIZE,
    articles,
  };
}

/**
 * The claims before and after this one in the reader's queue, in their remembered view, or null
 * when the claim is not (or no longer) theirs to review. The reader's assignment on the claim
 * counts even once their verdict completed it (and whatever the filters say), so after a verdict
 * "next" still leads to the claim that followed it.
 */
export async function queueNeighbours(actor: Actor, claimId: string, now = new Date()): Promise<Neighbours | null> {
  const mine = await db.assignment.findFirst({
    where: { claimId: assertId(claimId, "claimId"), reviewerId: actor.id, state: { in: ["OPEN", "COMPLETED"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  if (!mine) return null;
  const view = await getQueueView(actor.id);
  const rows = await db.assignment.findMany({
    where: { OR: [viewWhere(actor, view, now), { id: mine.id }] },
    select: { claimId: true },
    orderBy: queueOrderBy(view),
  });
  return neighboursIn(
    rows.map((row) => row.claimId),
    claimId,
  );
}
