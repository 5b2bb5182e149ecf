// An assignment changing state (closed by a verdict, cancelled, reopened, restored) with its audit
// event, in the caller's transaction. One place, so every path records the same before/after and
// why: the claim page, reports and the audit log read these events.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { DbTransaction } from "@/lib/db/client";
import type { AssignmentCloseReason, AssignmentState } from "@/lib/workflow/states";

export const assignmentRowSelect = {
  id: true,
  claimId: true,
  reviewerId: true,
  dueAt: true,
  note: true,
  state: true,
  closedAt: true,
} as const;

export interface AssignmentRow {
  id: string;
  claimId: string;
  reviewerId: string;
  dueAt: Date | null;
  note: string | null;
  state: AssignmentState;
  closedAt?: Date | null;
}

export interface AssignmentMove {
  to: AssignmentState;
  /** Why it closed (null when it opens again). */
  closeReason: AssignmentCloseReason | null;
  /** In words, for the audit log ("verdict given", "article finalized"). */
  reason: string;
  /** When it closed; now by default. */
  at?: Date;
}

const view = (row: AssignmentRow) => ({
  claimId: row.claimId,
  reviewerId: row.reviewerId,
  dueAt: row.dueAt?.toISOString() ?? null,
  note: row.note,
});

/**
 * Moves one assignment from the state the caller read, scoped in the write (`where { id, state }`);
 * false when it had moved meanwhile. Cancelling records "assignment.removed", anything else
 * "assignment.updated".
 */
export async function moveAssignment(
  tx: DbTransaction,
  actorId: string | null,
  row: AssignmentRow,
  move: AssignmentMove,
): Promise<boolean> {
  const closedAt = move.to === "OPEN" ? null : (move.at ?? new Date());
  const { count } = await tx.assignment.updateMany({
    where: { id: row.id, state: row.state },
    data: { state: move.to, closedAt, closeReason: move.closeReason },
  });
  if (count !== 1) return false;
  await recordAudit(tx, {
    actorId,
    action: move.to === "CANCELLED" ? "assignment.removed" : "assignment.updated",
    entityType: "Assignment",
    entityId: row.id,
    before: { ...view(row), state: row.state, closedAt: row.closedAt?.toISOString() ?? null },
    after: { ...view(row), state: move.to, closedAt: closedAt?.toISOString() ?? null, reason: move.reason },
  });
  return true;
}
