// Finalizing locks an article's verdicts and sources (the claim-write kernel refuses changes
// while finalizedAt is set) until an editor reopens it. Finalizing names what is unfinished and
// needs that confirmed; it closes the open assignments (cancelled, reason FINALIZED) so no
// reviewer's queue holds locked work; reopening gives back those whose claim is still not yet
// reviewed. Both are recorded as AuditEvents.
import "server-only";
import { assertCan } from "@/lib/access";
import type { Actor } from "@/lib/auth/permissions";
import { assignmentRowSelect, moveAssignment } from "@/lib/assignments/transitions";
import { recordAudit } from "@/lib/audit/record";
import { lockArticles } from "@/lib/claims/kernel";
import { db, type DbClient, type DbTransaction } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { AppError, notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { finalizeSchema, type FinalizeInput } from "./finalize-schema";

const resultSelect = {
  id: true,
  title: true,
  finalizedAt: true,
  finalizedBy: { select: { id: true, name: true } },
} as const;

/** What finalizing would leave unfinished: claims without a verdict and open assignments. */
export interface FinalizePreview {
  claims: number;
  pending: number;
  openAssignments: number;
}

async function unfinished(client: DbClient | DbTransaction, articleId: string): Promise<FinalizePreview> {
  const [claims, pending, openAssignments] = await Promise.all([
    client.claim.count({ where: { articleId, deletedAt: null } }),
    client.claim.count({ where: { articleId, deletedAt: null, status: "PENDING" } }),
    client.assignment.count({ where: { state: "OPEN", claim: { articleId, deletedAt: null } } }),
  ]);
  return { claims, pending, openAssignments };
}

export async function previewFinalize(actor: Actor, articleId: unknown): Promise<FinalizePreview> {
  assertCan(actor, "article.finalize");
  const id = assertId(articleId, "article");
  const exists = await db.article.findUnique({ where: { id }, select: { id: true } });
  if (!exists) throw notFound("The article");
  return unfinished(db, id);
}

export { finalizeSchema, type FinalizeInput };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export function finalizeConfirmation(preview: FinalizePreview): string {
  if (!preview.pending && !preview.openAssignments) return "Every claim has a verdict. Finalize to lock the verdicts?";
  return `${plural(preview.pending, "claim")} without a verdict and ${plural(preview.openAssignments, "open assignment")}: finalizing locks the verdicts as they are and cancels the open assignments.`;
}

export async function finalizeArticle(actor: Actor, articleId: string, input: unknown = {}) {
  assertCan(actor, "article.finalize");
  articleId = assertId(articleId, "article");
  const data = parseInput(finalizeSchema, input);
  return writeTransaction(async (tx) => {
    // FOR UPDATE: claim writes hold the article FOR SHARE, so none is half-done while we count.
    const [locked] = await lockArticles(tx, [articleId], "update");
    if (!locked) throw notFound("The article");
    if (locked.finalizedAt) throw new AppError("CONFLICT", "This article is already finalized.");
    const preview = await unfinished(tx, articleId);
    const needsConfirmation = preview.pending > 0 || preview.openAssignments > 0;
    if (needsConfirmation && (data.confirmPending === undefined || data.confirmOpenAssignments === undefined)) {
      const message = `${finalizeConfirmation(preview)} Confirm by sending confirmPending: ${preview.pending} and confirmOpenAssignments: ${preview.openAssignments}.`;
      throw new AppError("VALIDATION_FAILED", message, { fields: { confirmPending: [message] }, preview });
    }
    if (
      needsConfirmation &&
      (preview.pending !== data.confirmPending || preview.openAssignments !== data.confirmOpenAssignments)
    ) {
      throw new AppError(
        "CONFLICT",
        `The article changed since you looked. Now: ${finalizeConfirmation(preview)} Confirm again.`,
        {
          preview,
        },
      );
    }
    const finalizedAt = new Date();
    await tx.article.update({ where: { id: articleId }, data: { finalizedAt, finalizedById: actor.id } });
    const cancelled = await cancelOpenAssignments(tx, actor, articleId, finalizedAt);
    const claims = await tx.claim.groupBy({
      by: ["status"],
      where: { articleId, deletedAt: null },
      _count: { _all: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.finalized",
      entityType: "Article",
      entityId: articleId,
      before: { finalizedAt: null },
      after: {
        finalizedAt: finalizedAt.toISOString(),
        finalizedById: actor.id,
        claimsByStatus: Object.fromEntries(claims.map((row) => [row.status, row._count._all])),
        cancelledAssignments: cancelled,
      },
    });
    return {
      ...(await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: resultSelect })),
      cancelledAssignments: cancelled,
    };
  });
}

async function cancelOpenAssignments(tx: DbTransaction, actor: Actor, articleId: string, closedAt: Date) {
  const open = await tx.assignment.findMany({
    where: { state: "OPEN", claim: { articleId, deletedAt: null } },
    select: assignmentRowSelect,
  });
  for (const assignment of open) {
    await moveAssignment(tx, actor.id, assignment, {
      to: "CANCELLED",
      closeReason: "FINALIZED",
      reason: "article finalized",
      at: closedAt,
    });
  }
  return open.length;
}

export async function reopenArticle(actor: Actor, articleId: string) {
  assertCan(actor, "article.finalize");
  articleId = assertId(articleId, "article");
  return writeTransaction(async (tx) => {
    const [locked] = await lockArticles(tx, [articleId], "update");
    if (!locked) throw notFound("The article");
    if (!locked.finalizedAt) throw new AppError("CONFLICT", "This article is not finalized.");
    const before = await tx.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { finalizedAt: true, finalizedById: true },
    });
    await tx.article.update({ where: { id: articleId }, data: { finalizedAt: null, finalizedById: null } });
    const restored = await restoreAssignments(tx, actor, articleId, locked.finalizedAt);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.reopened",
      entityType: "Article",
      entityId: articleId,
      before: { finalizedAt: before.finalizedAt?.toISOString() ?? null, finalizedById: before.finalizedById },
      after: { finalizedAt: null, restoredAssignments: restored },
    });
    return {
      ...(await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: resultSelect })),
      restoredAssignments: restored,
    };
  });
}

/**
 * The assignments this finalization cancelled come back on reopen, for claims still without a
 * verdict and reviewers still active (the work they were doing was interrupted, not done).
 */
async function restoreAssignments(tx: DbTransaction, actor: Actor, articleId: string, finalizedAt: Date) {
  const cancelled = await tx.assignment.findMany({
    where: {
      state: "CANCELLED",
      closeReason: "FINALIZED",
      closedAt: finalizedAt,
      reviewer: { active: true },
      claim: { articleId, deletedAt: null, status: "PENDING", assignments: { none: { state: "OPEN" } } },
    },
    select: assignmentRowSelect,
  });
  for (const assignment of cancelled) {
    await moveAssignment(tx, actor.id, assignment, { to: "OPEN", closeReason: null, reason: "article reopened" });
  }
  return cancelled.length;
}
