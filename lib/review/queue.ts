// My queue (/queue, GET /api/v1/me/queue): a reviewer's open assignments.
import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { afterCreation, toPage, type PageQuery } from "@/lib/pagination";
import { assertId } from "@/lib/schemas";

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

type QueueRow = Prisma.AssignmentGetPayload<{ select: typeof queueSelect }>;
const withOverdue = (now: Date) => (assignment: QueueRow) => ({
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
