// Finalizing locks an article's verdicts (the verdict workflow refuses changes while
// finalizedAt is set) until an editor reopens it. Both are recorded as AuditEvents.
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";

const resultSelect = {
  id: true,
  title: true,
  finalizedAt: true,
  finalizedBy: { select: { id: true, name: true } },
} as const;

function assertMayFinalize(actor: Actor) {
  if (!can(actor, "article.finalize")) throw forbidden("Only editors and admins finalize or reopen articles.");
}

export async function finalizeArticle(actor: Actor, articleId: string) {
  assertMayFinalize(actor);
  articleId = assertId(articleId, "article");
  return db.$transaction(async (tx) => {
    const finalizedAt = new Date();
    // Scoped in the write: only an article that is not finalized yet.
    const { count } = await tx.article.updateMany({
      where: { id: articleId, finalizedAt: null },
      data: { finalizedAt, finalizedById: actor.id },
    });
    if (count === 0) {
      const exists = await tx.article.findUnique({ where: { id: articleId }, select: { id: true } });
      if (!exists) throw notFound("The article");
      throw new AppError("CONFLICT", "This article is already finalized.");
    }
    const claims = await tx.claim.groupBy({ by: ["status"], where: { articleId, deletedAt: null }, _count: { _all: true } });
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
      },
    });
    return tx.article.findUniqueOrThrow({ where: { id: articleId }, select: resultSelect });
  });
}

export async function reopenArticle(actor: Actor, articleId: string) {
  assertMayFinalize(actor);
  articleId = assertId(articleId, "article");
  return db.$transaction(async (tx) => {
    const before = await tx.article.findUnique({ where: { id: articleId }, select: { finalizedAt: true, finalizedById: true } });
    if (!before) throw notFound("The article");
    // Scoped on the finalization being reopened, so two editors reopening at once record one event.
    const { count } = before.finalizedAt
      ? await tx.article.updateMany({
          where: { id: articleId, finalizedAt: before.finalizedAt },
          data: { finalizedAt: null, finalizedById: null },
        })
      : { count: 0 };
    if (count === 0) throw new AppError("CONFLICT", "This article is not finalized.");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.reopened",
      entityType: "Article",
      entityId: articleId,
      before: { finalizedAt: before.finalizedAt?.toISOString() ?? null, finalizedById: before.finalizedById },
      after: { finalizedAt: null },
    });
    return tx.article.findUniqueOrThrow({ where: { id: articleId }, select: resultSelect });
  });
}
