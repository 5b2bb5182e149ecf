import { db } from "@/lib/db/client";

/** A reviewer's open assignments: overdue first, then by due date (undated last). */
export async function listQueue(reviewerId: string, now = new Date()) {
  const open = await db.assignment.findMany({
    where: { reviewerId, state: "OPEN", claim: { deletedAt: null } },
    select: {
      id: true,
      dueAt: true,
      note: true,
      createdAt: true,
      claim: { select: { id: true, text: true, status: true, article: { select: { id: true, title: true } } } },
    },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
  });
  const items = open.map((assignment) => ({
    ...assignment,
    overdue: assignment.dueAt !== null && assignment.dueAt < now,
  }));
  return { items, openCount: items.length, overdueCount: items.filter((item) => item.overdue).length };
}
