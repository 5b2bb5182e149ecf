// The former queueNeighbours, kept as the oracle the keyset read is held to (queue-view.test.ts)
// and timed against (scripts/bench-queue-neighbours.ts): the reader's whole queue in their view's
// order, the view's filters with the access filter tested on every row as they were written
// before, and the claim's place in it.
import { claimsWhere } from "@/lib/access";
import type { Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { getQueueView, queueOrderBy } from "@/lib/review/queue";
import { neighboursIn, type Neighbours, type QueueView } from "@/lib/review/queue-view";

/** The view's filters as the former code wrote them (the access filter tested on every row). */
export function formerViewWhere(actor: Actor, view: QueueView, now: Date): Prisma.AssignmentWhereInput {
  const due: Record<QueueView["due"], Prisma.AssignmentWhereInput> = {
    all: {},
    overdue: { dueAt: { lt: now } },
    dated: { dueAt: { not: null } },
    undated: { dueAt: null },
  };
  return {
    AND: [
      { reviewerId: actor.id, state: "OPEN", claim: { deletedAt: null, AND: [claimsWhere(actor, "claim.read")] } },
      due[view.due],
      view.status === "all" ? {} : { claim: { status: view.status } },
      view.articleId ? { claim: { articleId: view.articleId } } : {},
    ],
  };
}

/**
 * The former queueNeighbours, kept as the oracle: the reader's whole queue in the view's order (the
 * view's filters with the access filter tested on every row, as they were written before), and the
 * claim's place in it.
 */
export async function neighboursByReadingTheQueue(actor: Actor, claimId: string, now: Date): Promise<Neighbours | null> {
  const mine = await db.assignment.findFirst({
    where: { claimId, reviewerId: actor.id, state: { in: ["OPEN", "COMPLETED"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  if (!mine) return null;
  const view = await getQueueView(actor.id);
  const rows = await db.assignment.findMany({
    where: { OR: [formerViewWhere(actor, view, now), { id: mine.id }] },
    select: { claimId: true },
    orderBy: queueOrderBy(view),
  });
  return neighboursIn(
    rows.map((row) => row.claimId),
    claimId,
  );
}

