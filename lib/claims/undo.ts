// Undo of a split, merge or delete. The operation leaves a ticket (CurationUndo) in its own
// transaction: the claims it produced, at the versions it left them, and the rows to put back.
// Undoing is a new curation write under the same locks (article FOR UPDATE, then the claims, by
// the kernel's lockClaims), version-checked and audited as "claim.undone"; the original event and
// the rest of history are never rewritten. When it may be used: undo-rules.ts.
import "server-only";
import { assertCan, claimFor } from "@/lib/access";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db, type DbTransaction, type Prisma } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { AppError, notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";
import { scheduleSimilarityCheck } from "@/lib/similar/schedule";
import { parseInput } from "@/lib/validation";
import { claimWork } from "./data";
import { lockClaims, takeClaimVersion } from "./kernel";
import { contextOf } from "./spans";
import type { UndoOffer } from "./undo-offer";
import { undoCurationSchema } from "./undo-schema";
import { lockArticleForCuration, renumber } from "./transaction";
import {
  restoreOverlapRefusal,
  undoExpiry,
  undoRefusal,
  type CurrentClaim,
  type ProducedClaim,
  type UndoableAction,
} from "./undo-rules";

/** A claim's content as it was before the operation: what an undo writes back. */
export interface RestoreRow {
  id: string;
  number: number;
  text: string;
  originalText: string;
  statement: string;
  start: number;
  end: number;
  score: number | null;
  reasons: string[];
  claimant: string | null;
}

export interface UndoPlan {
  /** Claims to put back as they were (and bring back if deleted). */
  restore: RestoreRow[];
  /** Claims the operation created: deleted again. */
  remove: string[];
}

export type { UndoOffer };

export const restoreRow = (claim: RestoreRow): RestoreRow => ({
  id: claim.id,
  number: claim.number,
  text: claim.text,
  originalText: claim.originalText,
  statement: claim.statement,
  start: claim.start,
  end: claim.end,
  score: claim.score,
  reasons: claim.reasons,
  claimant: claim.claimant,
});

/**
 * Leaves the ticket for an operation just written in `tx` (call after its audit event). Tickets
 * a day past their expiry are pruned here, so the table stays small without a job.
 */
export async function offerUndo(
  tx: DbTransaction,
  input: {
    articleId: string;
    actorId: string;
    action: UndoableAction;
    /** The entity of the operation's audit event (the claim it was made on). */
    entityId: string;
    produced: ProducedClaim[];
    plan: UndoPlan;
  },
): Promise<UndoOffer> {
  const event = await tx.auditEvent.findFirst({
    where: { entityType: "Claim", entityId: input.entityId, action: input.action },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  if (!event) throw new Error(`offerUndo: no ${input.action} event for ${input.entityId}`);
  const now = new Date();
  await tx.curationUndo.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 86_400_000) } } });
  const ticket = await tx.curationUndo.create({
    data: {
      articleId: input.articleId,
      actorId: input.actorId,
      action: input.action,
      auditEventId: event.id,
      produced: input.produced as unknown as Prisma.InputJsonArray,
      restore: input.plan as unknown as Prisma.InputJsonObject,
      expiresAt: undoExpiry(now),
    },
    select: { id: true, expiresAt: true },
  });
  return { token: ticket.id, expiresAt: ticket.expiresAt.toISOString() };
}

export interface UndoResult {
  undone: UndoableAction;
  /** The claims put back, by number (the first is the one the operation was made on). */
  restored: { id: string; number: number }[];
  /** Claims the operation had created, deleted again. */
  removed: { id: string; number: number }[];
}

/** The API's undo: `{ token }` in the body (POST /api/v1/undo). */
export async function undoCurationRequest(actor: Actor, input: unknown): Promise<UndoResult> {
  assertCan(actor, "claim.curate");
  const { token } = parseInput(undoCurationSchema, input);
  return undoCuration(actor, token);
}

/**
 * Takes back a split, merge or delete: refused (403/409 with the reason) unless the same editor
 * asks within the window and every claim it produced is as it left them. Permission as for the
 * operation: "claim.curate" on the claims, on an article that is not finalized.
 */
export async function undoCuration(actor: Actor, token: unknown): Promise<UndoResult> {
  assertCan(actor, "claim.curate");
  const id = assertId(token, "undo");
  const found = await db.curationUndo.findUnique({ where: { id }, select: { articleId: true } });
  if (!found) throw notFound("The change to undo");
  const undone = await writeTransaction(async (tx) => {
    const article = await lockArticleForCuration(tx, found.articleId);
    const ticket = await tx.curationUndo.findUniqueOrThrow({ where: { id } });
    const produced = ticket.produced as unknown as ProducedClaim[];
    const plan = ticket.restore as unknown as UndoPlan;
    const action = ticket.action as UndoableAction;

    const rows = await tx.claim.findMany({
      where: { id: { in: produced.map((claim) => claim.id) } },
      select: { id: true, version: true, deletedAt: true },
    });
    const liveIds = rows.filter((row) => !row.deletedAt).map((row) => row.id);
    const work = await claimWork(tx, liveIds);
    const current = new Map<string, CurrentClaim | null>(produced.map((claim) => [claim.id, null]));
    for (const row of rows) {
      current.set(row.id, {
        version: row.version,
        deleted: row.deletedAt !== null,
        worked: row.deletedAt === null && (work.get(row.id)?.worked ?? false),
      });
    }
    const refusal = undoRefusal({ ...ticket, produced }, actor.id, new Date(), current);
    if (refusal) throw new AppError(refusal.code, refusal.message);

    // The kernel's lock order (articles, then claims by id) and permission on each live claim.
    await lockClaims(tx, liveIds, { article: "update", claim: "update" });
    for (const claimId of liveIds) await claimFor(tx, actor, claimId, "claim.curate");

    const comingBack = plan.restore.filter((row) => current.get(row.id)?.deleted);
    const live = await tx.claim.findMany({
      where: { articleId: article.id, deletedAt: null, id: { notIn: produced.map((claim) => claim.id) } },
      select: { id: true, number: true, start: true, end: true },
    });
    const overlap = restoreOverlapRefusal(comingBack, live);
    if (overlap) throw new AppError(overlap.code, overlap.message);

    const byId = new Map(produced.map((claim) => [claim.id, claim]));
    for (const removeId of plan.remove) {
      const claim = byId.get(removeId);
      if (claim) await takeClaimVersion(tx, removeId, claim.version);
      await tx.claim.update({ where: { id: removeId }, data: { deletedAt: new Date(), deletedById: actor.id } });
    }
    for (const row of plan.restore) {
      const claim = byId.get(row.id);
      if (!claim) continue;
      const content = {
        text: row.text,
        originalText: row.originalText,
        statement: row.statement,
        start: row.start,
        end: row.end,
        ...contextOf(article.body, row),
        score: row.score,
        reasons: row.reasons,
        claimant: row.claimant,
      };
      if (claim.deleted) {
        const { count } = await tx.claim.updateMany({
          where: { id: row.id, version: claim.version, deletedAt: { not: null } },
          data: { ...content, deletedAt: null, deletedById: null, version: { increment: 1 } },
        });
        if (count !== 1) throw new AppError("CONFLICT", `C${row.number} has changed since; reload the page.`);
      } else {
        await takeClaimVersion(tx, row.id, claim.version);
        await tx.claim.update({ where: { id: row.id }, data: content });
      }
    }
    await renumber(tx, article.id);

    const { count } = await tx.curationUndo.updateMany({
      where: { id, undoneAt: null },
      data: { undoneAt: new Date() },
    });
    if (count !== 1) throw new AppError("CONFLICT", "This change was already undone.");

    const main = plan.restore[0];
    const other =
      action === "claim.split"
        ? produced.find((claim) => plan.remove.includes(claim.id))
        : action === "claim.merged"
          ? plan.restore[1]
          : undefined;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.undone",
      entityType: "Claim",
      entityId: main.id,
      before: { articleId: article.id, claims: produced },
      after: {
        articleId: article.id,
        undid: action,
        undoes: ticket.auditEventId,
        number: main.number,
        text: main.text,
        statement: main.statement,
        start: main.start,
        end: main.end,
        ...(other ? { otherId: other.id, otherNumber: other.number } : {}),
      },
    });
    return {
      undone: action,
      restored: plan.restore.map((row) => ({ id: row.id, number: row.number })),
      removed: produced
        .filter((claim) => plan.remove.includes(claim.id))
        .map((claim) => ({ id: claim.id, number: claim.number })),
    };
  });
  // Restored claims have their former wording back: their similar earlier claims are looked for
  // again after the commit (lib/similar); a decided suggestion stays decided.
  await scheduleSimilarityCheck(undone.restored.map((claim) => claim.id));
  return undone;
}
