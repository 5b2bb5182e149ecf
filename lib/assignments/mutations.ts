import "server-only";
import { assertCan } from "@/lib/access";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { FINALIZED_MESSAGE, lockArticles, lockClaims as lockClaimRows } from "@/lib/claims/kernel";
import type { DbTransaction } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { AppError, notFound } from "@/lib/errors";
import { assignedChanges } from "@/lib/notifications/changes";
import { notify } from "@/lib/notifications/create";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { ACTIVE_ASSIGNMENT_STATES, type AssignmentCloseReason } from "@/lib/workflow/states";
import { balanceAssignments } from "./balance";
import { moveAssignment, type AssignmentRow } from "./transitions";
import { readDueDayInZone } from "./due-day";
import { assignClaimsSchema, autoAssignSchema, reassignSchema, setDueDateSchema } from "./schema";

/** An assignment's own columns (read in one statement; Prisma reads a relation in a second one). */
const assignmentColumns = {
  id: true,
  claimId: true,
  reviewerId: true,
  assignedById: true,
  dueAt: true,
  note: true,
  state: true,
  closedAt: true,
  createdAt: true,
} as const;

export const assignmentSelect = {
  ...assignmentColumns,
  reviewer: { select: { id: true, name: true, email: true } },
} as const;

type AssignmentRowWithDue = { id: string; claimId: string; reviewerId: string; dueAt: Date | null };

function assertMayAssign(actor: Actor) {
  assertCan(actor, "claim.assign");
}

/**
 * Assignment changes on a claim are serialised by a row lock on the claim (not its version, which
 * belongs to the reviewer's evidence and verdicts: assigning must not make their page stale), in
 * the kernel's lock order: articles FOR SHARE (holding off finalize until we commit), then claims.
 */
async function lockClaims(tx: DbTransaction, claimIds: string[], options: { refuseFinalized: boolean }) {
  const ids = [...new Set(claimIds)];
  const { claims, articles } = await lockClaimRows(tx, ids, { article: "share", claim: "update" });
  if (claims.length !== ids.length) throw notFound(ids.length === 1 ? "The claim" : "One of the claims");
  // An open assignment on a finalized article could never be completed: no verdict is allowed.
  if (options.refuseFinalized && articles.some((article) => article.finalizedAt)) {
    throw new AppError("CONFLICT", FINALIZED_MESSAGE);
  }
}

/** Only users the policy lets review (claim.beAssigned: active reviewers) can be assignees. */
async function findReviewer(tx: DbTransaction, input: { reviewerId?: string; reviewerEmail?: string }) {
  const reviewer = await tx.user.findFirst({
    where: input.reviewerId ? { id: input.reviewerId } : { email: input.reviewerEmail },
    select: { id: true, name: true, email: true, role: true, active: true },
  });
  if (!reviewer || !can(reviewer, "claim.beAssigned")) {
    const message = "There is no active reviewer with that id or email to assign to.";
    throw new AppError("VALIDATION_FAILED", message, {
      fields: { [input.reviewerId ? "reviewerId" : "reviewerEmail"]: [message] },
    });
  }
  return reviewer;
}

const auditView = (a: {
  claimId: string;
  reviewerId: string;
  dueAt: Date | null;
  note: string | null;
  state: string;
}) => ({
  claimId: a.claimId,
  reviewerId: a.reviewerId,
  dueAt: a.dueAt?.toISOString() ?? null,
  note: a.note,
  state: a.state,
});

/**
 * Assigns claims to one reviewer. A claim already open with that reviewer gets the new due date
 * and note; one open with someone else is reassigned (the old assignment is cancelled). Refused
 * on a finalized article. The input is parsed here (AssignClaimsInput), so callers pass it as is.
 */
export async function assignClaims(actor: Actor, input: unknown) {
  assertMayAssign(actor);
  const data = parseInput(assignClaimsSchema, readDueDayInZone(input, actor.timeZone));
  const claimIds = [...new Set(data.claimIds)];
  return writeTransaction(async (tx) => {
    const reviewer = await findReviewer(tx, data);
    // The assignee as assignmentSelect shows them, from the row already read.
    const assignee = { id: reviewer.id, name: reviewer.name, email: reviewer.email };
    await lockClaims(tx, claimIds, { refuseFinalized: true });
    const results = [];
    const created: AssignmentRowWithDue[] = [];
    for (const claimId of claimIds) {
      const open = await tx.assignment.findFirst({ where: { claimId, state: "OPEN" }, select: assignmentColumns });
      if (open && open.reviewerId === reviewer.id) {
        const updated = {
          ...(await tx.assignment.update({
            where: { id: open.id },
            data: { dueAt: data.dueAt, note: data.note },
            select: assignmentColumns,
          })),
          reviewer: assignee,
        };
        await recordAudit(tx, {
          actorId: actor.id,
          action: "assignment.updated",
          entityType: "Assignment",
          entityId: open.id,
          before: auditView(open),
          after: auditView(updated),
        });
        results.push(updated);
        continue;
      }
      if (open) await cancel(tx, actor, open, "reassigned");
      const assignment = {
        ...(await tx.assignment.create({
          data: { claimId, reviewerId: reviewer.id, assignedById: actor.id, dueAt: data.dueAt, note: data.note },
          select: assignmentColumns,
        })),
        reviewer: assignee,
      };
      await recordAudit(tx, {
        actorId: actor.id,
        action: "assignment.created",
        entityType: "Assignment",
        entityId: assignment.id,
        after: auditView(assignment),
      });
      results.push(assignment);
      created.push(assignment);
    }
    await notify(tx, assignedChanges(actor.id, created));
    return { assignments: results };
  });
}

async function cancel(
  tx: DbTransaction,
  actor: Actor,
  assignment: AssignmentRow,
  reason: "unassigned" | "reassigned" | "reviewer deactivated",
) {
  const closeReason: AssignmentCloseReason =
    reason === "unassigned" ? "UNASSIGNED" : reason === "reassigned" ? "REASSIGNED" : "REVIEWER_DEACTIVATED";
  if (
    assignment.state !== "OPEN" ||
    !(await moveAssignment(tx, actor.id, assignment, { to: "CANCELLED", closeReason, reason }))
  ) {
    throw new AppError("CONFLICT", "This assignment is no longer open.");
  }
}

/**
 * Cancels an open assignment; the record stays (state CANCELLED). Allowed on a finalized article:
 * it clears an assignment that could no longer be completed.
 */
export async function unassign(actor: Actor, assignmentId: unknown) {
  assertMayAssign(actor);
  const id = assertId(assignmentId, "assignmentId");
  return writeTransaction(async (tx) => {
    const found = await tx.assignment.findUnique({ where: { id }, select: { claimId: true } });
    if (!found) throw notFound("The assignment");
    await lockClaims(tx, [found.claimId], { refuseFinalized: false });
    const assignment = await tx.assignment.findUniqueOrThrow({ where: { id }, select: assignmentSelect });
    if (assignment.state !== "OPEN") throw new AppError("CONFLICT", "This assignment is no longer open.");
    await cancel(tx, actor, assignment, "unassigned");
    return { id, claimId: assignment.claimId, state: "CANCELLED" as const };
  });
}

/** Sets (or clears) the due date of the claims' open assignments (SetDueDateInput, parsed here). */
export async function setDueDate(actor: Actor, input: unknown) {
  assertMayAssign(actor);
  const data = parseInput(setDueDateSchema, readDueDayInZone(input, actor.timeZone));
  return writeTransaction(async (tx) => {
    await lockClaims(tx, data.claimIds, { refuseFinalized: false });
    const open = await tx.assignment.findMany({
      where: { claimId: { in: data.claimIds }, state: "OPEN" },
      select: assignmentSelect,
    });
    for (const assignment of open) {
      const updated = await tx.assignment.update({
        where: { id: assignment.id },
        data: { dueAt: data.dueAt },
        select: assignmentSelect,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "assignment.updated",
        entityType: "Assignment",
        entityId: assignment.id,
        before: auditView(assignment),
        after: auditView(updated),
      });
    }
    return { updated: open.length, skipped: data.claimIds.length - open.length };
  });
}

/**
 * Spreads the article's unassigned claims that are not yet reviewed over the chosen reviewers, balancing each
 * reviewer's open assignments across all articles (see balance.ts). Refused on a finalized
 * article. The input (AutoAssignInput) is parsed here.
 */
export async function autoAssign(actor: Actor, input: unknown) {
  assertMayAssign(actor);
  const data = parseInput(autoAssignSchema, readDueDayInZone(input, actor.timeZone));
  const reviewerIds = [...new Set(data.reviewerIds)];
  return writeTransaction(async (tx) => {
    const reviewers = await tx.user.findMany({
      where: { id: { in: reviewerIds } },
      select: { id: true, role: true, active: true },
    });
    if (reviewers.filter((reviewer) => can(reviewer, "claim.beAssigned")).length !== reviewerIds.length) {
      const message = "Every chosen person must be an active reviewer.";
      throw new AppError("VALIDATION_FAILED", message, { fields: { reviewerIds: [message] } });
    }
    const [article] = await lockArticles(tx, [data.articleId], "share");
    if (!article) throw notFound("The article");
    if (article.finalizedAt) throw new AppError("CONFLICT", FINALIZED_MESSAGE);
    const all = await tx.claim.findMany({
      where: { articleId: data.articleId, deletedAt: null },
      select: { id: true },
    });
    if (all.length)
      await lockClaims(
        tx,
        all.map((claim) => claim.id),
        { refuseFinalized: true },
      );
    const unassigned = await tx.claim.findMany({
      where: {
        articleId: data.articleId,
        deletedAt: null,
        status: "PENDING",
        assignments: { none: { state: { in: [...ACTIVE_ASSIGNMENT_STATES] } } },
      },
      select: { id: true },
      orderBy: { ordinal: "asc" },
    });
    const loads = await tx.assignment.groupBy({
      by: ["reviewerId"],
      where: { reviewerId: { in: reviewerIds }, state: "OPEN", claim: { deletedAt: null } },
      _count: { _all: true },
    });
    const openLoad = (id: string) => loads.find((row) => row.reviewerId === id)?._count._all ?? 0;
    const plan = balanceAssignments(
      unassigned.map((claim) => claim.id),
      reviewerIds.map((id) => ({ id, openLoad: openLoad(id) })),
    );
    const assignments = [];
    for (const { claimId, reviewerId } of plan) {
      const created = await tx.assignment.create({
        data: { claimId, reviewerId, assignedById: actor.id, dueAt: data.dueAt, note: data.note },
        select: assignmentSelect,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "assignment.created",
        entityType: "Assignment",
        entityId: created.id,
        after: { ...auditView(created), via: "auto-assign" },
      });
      assignments.push(created);
    }
    await notify(tx, assignedChanges(actor.id, assignments));
    const loadAfter = Object.fromEntries(
      reviewerIds.map((id) => [id, openLoad(id) + plan.filter((p) => p.reviewerId === id).length]),
    );
    return { articleId: data.articleId, assignments, openLoad: loadAfter };
  });
}

/**
 * Moves a person's open assignments (all, or the listed ones) to one active reviewer, or spreads
 * them over several by open load. Used when a reviewer is deactivated, so no claim is left with
 * nobody to review it. Each move cancels the old assignment (reason "reviewer deactivated" when
 * they are, else "reassigned") and creates the new one, keeping due date and note.
 */
export async function reassignOpenAssignments(actor: Actor, input: unknown) {
  assertMayAssign(actor);
  const data = parseInput(reassignSchema, input);
  const targetIds = [...new Set(data.toReviewerIds)].filter((id) => id !== data.fromUserId);
  return writeTransaction(async (tx) => {
    const from = await tx.user.findUnique({ where: { id: data.fromUserId }, select: { id: true, active: true } });
    if (!from) throw notFound("The person whose assignments you move");
    const targets = await tx.user.findMany({
      where: { id: { in: targetIds } },
      select: { id: true, role: true, active: true },
    });
    if (!targetIds.length || targets.filter((user) => can(user, "claim.beAssigned")).length !== targetIds.length) {
      const message = "Choose one or more active reviewers (other than this person) to take the assignments.";
      throw new AppError("VALIDATION_FAILED", message, { fields: { toReviewerIds: [message] } });
    }
    const open = await tx.assignment.findMany({
      where: {
        reviewerId: from.id,
        state: "OPEN",
        claim: { deletedAt: null },
        ...(data.assignmentIds ? { id: { in: data.assignmentIds } } : {}),
      },
      select: assignmentSelect,
      orderBy: { createdAt: "asc" },
    });
    if (!open.length) return { moved: 0, assignments: [] };
    await lockClaims(
      tx,
      open.map((assignment) => assignment.claimId),
      { refuseFinalized: true },
    );
    const loads = await tx.assignment.groupBy({
      by: ["reviewerId"],
      where: { reviewerId: { in: targetIds }, state: "OPEN", claim: { deletedAt: null } },
      _count: { _all: true },
    });
    const plan = balanceAssignments(
      open.map((assignment) => assignment.id),
      targetIds.map((id) => ({ id, openLoad: loads.find((row) => row.reviewerId === id)?._count._all ?? 0 })),
    );
    const created = [];
    for (const { claimId: assignmentId, reviewerId } of plan) {
      const old = open.find((assignment) => assignment.id === assignmentId)!;
      await cancel(tx, actor, old, from.active ? "reassigned" : "reviewer deactivated");
      const moved = await tx.assignment.create({
        data: { claimId: old.claimId, reviewerId, assignedById: actor.id, dueAt: old.dueAt, note: old.note },
        select: assignmentSelect,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "assignment.created",
        entityType: "Assignment",
        entityId: moved.id,
        after: { ...auditView(moved), via: "reassign", replaces: old.id },
      });
      created.push(moved);
    }
    await notify(tx, assignedChanges(actor.id, created));
    return { moved: created.length, assignments: created };
  });
}
