// My queue (/queue, GET /api/v1/me/queue): a reviewer's open assignments; the page's remembered
// sort and filters (queue-view.ts), one page of 50 at a time, and a claim's neighbours in that
// order for the claim page's next/previous.
import "server-only";
import { ownWorkClaimsSql, ownWorkClaimsWhere } from "@/lib/access";
import type { Actor } from "@/lib/auth/permissions";
import { db, Prisma } from "@/lib/db/client";
import { afterCreation, toPage, type PageQuery } from "@/lib/pagination";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import {
  QUEUE_PAGE_SIZE,
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
  // The queue is the reader's own open work: the policy decides once for all of it (lib/access).
  claim: { deletedAt: null, AND: [ownWorkClaimsWhere(actor)] },
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

// ---- A claim's neighbours in the reader's queue, by keyset ----

const TRUE = Prisma.sql`true`;

/**
 * viewWhere as SQL, over an assignment `s`, its claim `c`: the same filters (the tests compare the
 * two shapes over every filter), for the one statement that reads a claim's neighbours.
 */
function viewSql(actor: Actor, view: QueueView, now: Date): Prisma.Sql {
  const due: Record<QueueView["due"], Prisma.Sql> = {
    all: TRUE,
    overdue: Prisma.sql`s."dueAt" < ${now}`,
    dated: Prisma.sql`s."dueAt" IS NOT NULL`,
    undated: Prisma.sql`s."dueAt" IS NULL`,
  };
  const status = view.status === "all" ? TRUE : Prisma.sql`c.status = ${view.status}::"ClaimStatus"`;
  const article = view.articleId ? Prisma.sql`c."articleId" = ${view.articleId}` : TRUE;
  return Prisma.sql`s.state = 'OPEN' AND c."deletedAt" IS NULL AND ${ownWorkClaimsSql(actor)}
    AND ${due[view.due]} AND ${status} AND ${article}`;
}

/** Each sort key's column in the statement's row sets (the queue `q`, the reader's assignment `m`). */
const KEY_COLUMNS: Record<QueueSortKey["key"], string> = {
  dueAt: `"dueAt"`,
  score: "score",
  articleTitle: "title",
  articleId: `"articleId"`,
  claimOrdinal: "ordinal",
  createdAt: `"createdAt"`,
  id: "id",
};
const column = (row: "q" | "m", key: QueueSortKey) => Prisma.raw(`${row}.${KEY_COLUMNS[key.key]}`);

/**
 * Queue rows strictly before or after the reader's row `m` on one key, in the key's direction,
 * with NULLs where the ORDER BY puts them (NULLS LAST: after every value).
 */
function beyondSql(key: QueueSortKey, side: "before" | "after"): Prisma.Sql {
  const [q, m] = [column("q", key), column("m", key)];
  const op = Prisma.raw((side === "after") === (key.direction === "asc") ? ">" : "<");
  if (!("nulls" in key)) return Prisma.sql`${q} ${op} ${m}`;
  return (key.nulls === "last") === (side === "after")
    ? Prisma.sql`(${q} ${op} ${m} OR (${q} IS NULL AND ${m} IS NOT NULL))`
    : Prisma.sql`(${q} ${op} ${m} OR (${q} IS NOT NULL AND ${m} IS NULL))`;
}

/**
 * The keyset: queue rows before or after the reader's row in the order of `keys` (equal on the
 * first keys, beyond on the next). The keys end in the assignment's id: exactly one row is neither.
 */
function keysetSql(keys: readonly QueueSortKey[], side: "before" | "after"): Prisma.Sql {
  const branches = keys.map((key, index) =>
    Prisma.join(
      [
        ...keys.slice(0, index).map((k) => Prisma.sql`${column("q", k)} IS NOT DISTINCT FROM ${column("m", k)}`),
        beyondSql(key, side),
      ],
      " AND ",
    ),
  );
  return Prisma.sql`(${Prisma.join(branches, " OR ")})`;
}

/** The ORDER BY of the keys, or of the same order read backwards (for the row just before). */
function orderSql(keys: readonly QueueSortKey[], reversed: boolean): Prisma.Sql {
  const flip = (direction: "asc" | "desc") => (reversed === (direction === "asc") ? "DESC" : "ASC");
  return Prisma.join(
    keys.map((key) => {
      const nulls = "nulls" in key ? ` NULLS ${(key.nulls === "last") !== reversed ? "LAST" : "FIRST"}` : "";
      return Prisma.sql`${column("q", key)} ${Prisma.raw(flip(key.direction) + nulls)}`;
    }),
  );
}

/**
 * The rows with every sort key's column, for the queue and the reader's row: an assignment `s` and
 * its claim `c`, and the article's title only for the orders that read it (a probe per row saved).
 */
function sortRows(keys: readonly QueueSortKey[]): Prisma.Sql {
  const byTitle = keys.some((key) => key.key === "articleTitle");
  return byTitle
    ? Prisma.sql`SELECT s.id, s."claimId", s."dueAt", s."createdAt", c.score, c."articleId", c.ordinal, a.title
      FROM "Assignment" s JOIN "Claim" c ON c.id = s."claimId" JOIN "Article" a ON a.id = c."articleId"`
    : Prisma.sql`SELECT s.id, s."claimId", s."dueAt", s."createdAt", c.score, c."articleId", c.ordinal, NULL::text AS title
      FROM "Assignment" s JOIN "Claim" c ON c.id = s."claimId"`;
}

/**
 * The claims before and after this one in the reader's queue, in their remembered view, or null
 * when the claim is not (or no longer) theirs to review. The reader's assignment on the claim
 * counts even once their verdict completed it (and whatever the filters say), so after a verdict
 * "next" still leads to the claim that followed it.
 *
 * Then one statement, by keyset: the queue's rows (the reader's open assignments through the index
 * on (reviewerId, state, dueAt), with their sort keys; never sent to the app), the one row just
 * before the reader's and the one just after it in the view's order (a top-1 each, no sort of the
 * queue) and the counts of "n of m". Prisma's filters could not say it in one statement: each
 * relation filter of a keyset is a join of its own (about twenty for the article order).
 */
export async function queueNeighbours(actor: Actor, claimId: string, now = new Date()): Promise<Neighbours | null> {
  // The reader's assignment on the claim, and their view with it: one statement, and the only
  // one for a reader with no assignment on the claim (an editor, every time they open a claim).
  const [mine] = await db.$queryRaw<{ id: string; queueView: unknown }[]>`
    SELECT s.id, u."queueView" FROM "Assignment" s JOIN "User" u ON u.id = s."reviewerId"
    WHERE s."claimId" = ${assertId(claimId, "claimId")} AND s."reviewerId" = ${actor.id}
      AND s.state IN ('OPEN', 'COMPLETED')
    ORDER BY s."createdAt" DESC, s.id DESC
    LIMIT 1`;
  if (!mine) return null;
  const view = readStoredQueueView(mine.queueView);
  const keys = queueSortKeys(view.sort);
  const [row] = await db.$queryRaw<{ previous: string | null; next: string | null; ahead: number; total: number }[]>`
    WITH mine AS (
      ${sortRows(keys)}
      WHERE s.id = ${mine.id}
    ), queue AS (
      ${sortRows(keys)}
      WHERE s."reviewerId" = ${actor.id} AND s.state IN ('OPEN', 'COMPLETED')
        AND (s.id = ${mine.id} OR (${viewSql(actor, view, now)}))
    )
    SELECT
      (SELECT q."claimId" FROM queue q WHERE ${keysetSql(keys, "before")} ORDER BY ${orderSql(keys, true)} LIMIT 1) AS previous,
      (SELECT q."claimId" FROM queue q WHERE ${keysetSql(keys, "after")} ORDER BY ${orderSql(keys, false)} LIMIT 1) AS next,
      (SELECT count(*)::int FROM queue q WHERE ${keysetSql(keys, "before")}) AS ahead,
      (SELECT count(*)::int FROM queue) AS total
    FROM mine m`;
  if (!row) return null;
  return { previous: row.previous, next: row.next, position: row.ahead + 1, total: row.total };
}
