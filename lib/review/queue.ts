// My queue (/queue, GET /api/v1/me/queue): a reviewer's open assignments.
import "server-only";
import { db } from "@/lib/db/client";
import { assertId } from "@/lib/schemas";

/**
 * A reviewer's open assignments across articles: overdue first, then by due date (undated last).
 * Any verdict (Corroborated, Disputed or Unverified) completes the assignment, so the claim
 * leaves the queue; an editor's reopen puts it back.
 */
export async function listQueue(reviewerId: string, now = new Date()) {
  const open = await db.assignment.findMany({
    where: { reviewerId: assertId(reviewerId, "reviewerId"), state: "OPEN", claim: { deletedAt: null } },
    select: {
      id: true,
      dueAt: true,
      note: true,
      createdAt: true,
      assignedBy: { select: { name: true } },
      claim: {
        select: {
          id: true,
          text: true,
          status: true,
          number: true,
          claimant: true,
          version: true,
          article: { select: { id: true, title: true } },
        },
      },
    },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
  });
  const items = open.map((assignment) => ({
    ...assignment,
    overdue: assignment.dueAt !== null && assignment.dueAt < now,
  }));
  // Due dates already sort overdue items first; the stable sort keeps that explicit for any `now`.
  items.sort((a, b) => Number(b.overdue) - Number(a.overdue));
  return { items, openCount: items.length, overdueCount: items.filter((item) => item.overdue).length };
}
