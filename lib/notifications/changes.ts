// The notification changes each write raises, built from what the write already has. Pure; the
// writes pass the result to notify() (create.ts) inside their own transaction.
import type { NotificationChange } from "./create";
import { verdictAuthor } from "./recipients";

/** A new assignment tells its reviewer. */
export function assignedChanges(
  actorId: string,
  assignments: { id: string; claimId: string; reviewerId: string; dueAt: Date | null }[],
): NotificationChange[] {
  return assignments.map((assignment) => ({
    kind: "ASSIGNED",
    actorId,
    claimId: assignment.claimId,
    recipientIds: [assignment.reviewerId],
    data: { assignmentId: assignment.id, dueAt: assignment.dueAt?.toISOString() ?? null },
  }));
}

/** A comment tells whom it mentioned (readers) and whom it consulted (who may now read). */
export function commentChanges(
  actorId: string,
  claimId: string,
  commentId: string,
  mentioned: string[],
  consulted: string[],
): NotificationChange[] {
  const consultedSet = new Set(consulted);
  return [
    {
      kind: "MENTIONED",
      actorId,
      claimId,
      recipientIds: mentioned.filter((id) => !consultedSet.has(id)),
      data: { commentId },
    },
    { kind: "CONSULTED", actorId, claimId, recipientIds: consulted, data: { commentId } },
  ];
}

/**
 * A new verdict asks for a second person's sign-off (lib/signoff): the editors who assigned the
 * claim hear of it, never the verdict's own author (who may not approve it).
 */
export function signoffRequestedChanges(
  actorId: string,
  claimId: string,
  assignerIds: string[],
  toStatus: string,
): NotificationChange[] {
  const recipientIds = [...new Set(assignerIds)].filter((id) => id !== actorId);
  return recipientIds.length ? [{ kind: "SIGNOFF_REQUESTED", actorId, claimId, recipientIds, data: { toStatus } }] : [];
}

/**
 * A status change tells the author of the verdict it replaces (a new verdict: VERDICT_CHANGED) or
 * takes back (a reopen: VERDICT_REOPENED). `history` is the claim's status changes before this
 * one, oldest first.
 */
export function verdictChanges(
  actorId: string,
  claimId: string,
  history: { toStatus: string; actorId: string }[],
  to: string,
): NotificationChange[] {
  const author = verdictAuthor(history);
  if (!author) return [];
  return [
    {
      kind: to === "PENDING" ? "VERDICT_REOPENED" : "VERDICT_CHANGED",
      actorId,
      claimId,
      recipientIds: [author],
      data: { fromStatus: history[history.length - 1]?.toStatus ?? null, toStatus: to },
    },
  ];
}
