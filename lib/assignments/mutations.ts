import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db, type DbTransaction } from "@/lib/db/client";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { WRITE_TRANSACTION_OPTIONS } from "@/lib/verdicts/version";
import { ACTIVE_ASSIGNMENT_STATES } from "./access";
import { balanceAssignments } from "./balance";
import { assignClaimsSchema, autoAssignSchema, setDueDateSchema } from "./schema";

export const assignmentSelect = {
  id: true,
  claimId: true,
  reviewerId: true,
  assignedById: true,
  dueAt: true,
  note: true,
  state: true,
  closedAt: true,
  createdAt: true,
  reviewer: { select: { id: true, name: true, email: true } },
} as const;

function assertMayAssign(actor: Actor) {
  if (!can(actor, "claim.assign")) throw forbidden("Only editors and admins assign claims.");
}

/**
 * Assignment changes on a claim are serialised by a row lock on the claim (not its version, which
 * belongs to the reviewer's evidence and verdicts: assigning must not make their page stale).
 */
async function lockClaims(tx: DbTransaction, claimIds: string[]) {
  const ids = [...new Set(claimIds)].sort();
  const rows = await tx.$queryRaw<{ id: string; articleId: string }[]>`
    SELECT id, "articleId" FROM "Claim" WHERE id = ANY(${ids}) AND "deletedAt" IS NULL ORDER BY id FOR UPDATE`;
  if (rows.length !== ids.length) throw notFound(ids.length === 1 ? "The claim" : "One of the claims");
  return rows;
}

async function findReviewer(tx: DbTransaction, input: { reviewerId?: string; reviewerEmail?: string }) {
  const reviewer = await tx.user.findFirst({
    where: input.reviewerId ? { id: input.reviewerId } : { email: input.reviewerEmail },
    select: { id: true, name: true, email: true, active: true },
  });
  if (!reviewer || !reviewer.active) {
    const message = "There is no active user with that id or email to assign to.";
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
 * and note; one open with someone else is reassigned (the old assignment is cancelled).
 */
export async function assignClaims(
  actor: Actor,
  input: {
    claimIds: string[];
    reviewerId?: string;
    reviewerEmail?: string;
    dueAt?: string | Date | null;
    note?: string | null;
  },
) {
  assertMayAssign(actor);
  const data = parseInput(assignClaimsSchema, input);
  return db.$transaction(async (tx) => {
    const reviewer = await findReviewer(tx, data);
    await lockClaims(tx, data.claimIds);
    const results = [];
    for (const claimId of data.claimIds) {
      const open = await tx.assignment.findFirst({ where: { claimId, state: "OPEN" }, select: assignmentSelect });
      if (open && open.reviewerId === reviewer.id) {
        const updated = await tx.assignment.update({
          where: { id: open.id },
          data: { dueAt: data.dueAt, note: data.note },
          select: assignmentSelect,
        });
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
      const created = await tx.assignment.create({
        data: { claimId, reviewerId: reviewer.id, assignedById: actor.id, dueAt: data.dueAt, note: data.note },
        select: assignmentSelect,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "assignment.created",
        entityType: "Assignment",
        entityId: created.id,
        after: auditView(created),
      });
      results.push(created);
    }
    return { assignments: results };
  }, WRITE_TRANSACTION_OPTIONS);
}

async function cancel(
  tx: DbTransaction,
  actor: Actor,
  assignment: {
    id: string;
    claimId: string;
    reviewerId: string;
    dueAt: Date | null;
    note: string | null;
    state: string;
  },
  reason: "unassigned" | "reassigned",
) {
  const { count } = await tx.assignment.updateMany({
    where: { id: assignment.id, state: "OPEN" },
    data: { state: "CANCELLED", closedAt: new Date() },
  });
  if (count !== 1) throw new AppError("CONFLICT", "This assignment is no longer open.");
  await recordAudit(tx, {
    actorId: actor.id,
    action: "assignment.removed",
    entityType: "Assignment",
    entityId: assignment.id,
    before: auditView(assignment),
    after: { ...auditView(assignment), state: "CANCELLED", reason },
  });
}

/** Cancels an open assignment; the record stays (state CANCELLED). */
export async function unassign(actor: Actor, assignmentId: string) {
  assertMayAssign(actor);
  return db.$transaction(async (tx) => {
    const found = await tx.assignment.findUnique({ where: { id: assignmentId }, select: { claimId: true } });
    if (!found) throw notFound("The assignment");
    await lockClaims(tx, [found.claimId]);
    const assignment = await tx.assignment.findUniqueOrThrow({ where: { id: assignmentId }, select: assignmentSelect });
    if (assignment.state !== "OPEN") throw new AppError("CONFLICT", "This assignment is no longer open.");
    await cancel(tx, actor, assignment, "unassigned");
    return { id: assignmentId, claimId: assignment.claimId, state: "CANCELLED" as const };
  }, WRITE_TRANSACTION_OPTIONS);
}

/** Sets (or clears) the due date of the claims' open assignments. */
export async function setDueDate(actor: Actor, input: { claimIds: string[]; dueAt: string | Date | null }) {
  assertMayAssign(actor);
  const data = parseInput(setDueDateSchema, input);
  return db.$transaction(async (tx) => {
    await lockClaims(tx, data.claimIds);
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
  }, WRITE_TRANSACTION_OPTIONS);
}

/**
 * Spreads the article's unassigned, unverified claims over the chosen reviewers, balancing each
 * reviewer's open assignments across all articles (see balance.ts).
 */
export async function autoAssign(
  actor: Actor,
  input: { articleId: string; reviewerIds: string[]; dueAt?: string | Date | null; note?: string | null },
) {
  assertMayAssign(actor);
  const data = parseInput(autoAssignSchema, input);
  const reviewerIds = [...new Set(data.reviewerIds)];
  return db.$transaction(async (tx) => {
    const reviewers = await tx.user.findMany({
      where: { id: { in: reviewerIds }, active: true },
      select: { id: true },
    });
    if (reviewers.length !== reviewerIds.length) {
      const message = "Every chosen reviewer must be an active user.";
      throw new AppError("VALIDATION_FAILED", message, { fields: { reviewerIds: [message] } });
    }
    const article = await tx.article.findUnique({ where: { id: data.articleId }, select: { id: true } });
    if (!article) throw notFound("The article");
    const all = await tx.claim.findMany({
      where: { articleId: data.articleId, deletedAt: null },
      select: { id: true },
    });
    if (all.length)
      await lockClaims(
        tx,
        all.map((claim) => claim.id),
      );
    const unassigned = await tx.claim.findMany({
      where: {
        articleId: data.articleId,
        deletedAt: null,
        status: "UNVERIFIED",
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
    const loadAfter = Object.fromEntries(
      reviewerIds.map((id) => [id, openLoad(id) + plan.filter((p) => p.reviewerId === id).length]),
    );
    return { assignments, openLoad: loadAfter };
  }, WRITE_TRANSACTION_OPTIONS);
}
