// Loads the facts a claim permission needs (is the actor assigned?) and asks can(). Used inside
// the write transactions of evidence, verdicts, comments and by the claim page.
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbClient, DbTransaction } from "@/lib/db/client";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";
import { FINALIZED_MESSAGE } from "@/lib/verdicts/version";

/** Assignments that give a reviewer the right to work on a claim: open or done, not cancelled. */
export const ACTIVE_ASSIGNMENT_STATES = ["OPEN", "COMPLETED"] as const;

/** The assignment rule as a Prisma filter: an active assignment of the user on a current claim. */
export const activeAssignmentOf = (userId: string) => ({
  reviewerId: userId,
  state: { in: [...ACTIVE_ASSIGNMENT_STATES] },
  claim: { deletedAt: null },
});

export async function loadClaimFacts(client: DbClient | DbTransaction, actor: Actor, claimId: unknown) {
  const id = assertId(claimId, "claimId");
  const found = await client.claim.findUnique({
    where: { id },
    select: {
      id: true,
      articleId: true,
      status: true,
      version: true,
      deletedAt: true,
      article: { select: { finalizedAt: true } },
    },
  });
  if (!found || found.deletedAt) throw notFound("The claim");
  const { deletedAt: _deletedAt, ...claim } = found;
  const [onClaim, onArticle] = await Promise.all([
    client.assignment.findFirst({
      where: { ...activeAssignmentOf(actor.id), claimId: claim.id },
      select: { id: true },
    }),
    client.assignment.findFirst({
      where: { ...activeAssignmentOf(actor.id), claim: { articleId: claim.articleId, deletedAt: null } },
      select: { id: true },
    }),
  ]);
  return { claim, assignedToClaim: onClaim !== null, assignedToArticle: onArticle !== null };
}

/** Reading a claim: reviewers may read every claim of an article they review (for context). */
export async function claimForReading(client: DbClient | DbTransaction, actor: Actor, claimId: unknown) {
  const facts = await loadClaimFacts(client, actor, claimId);
  if (!can(actor, "claim.read", { actorIsAssigned: facts.assignedToArticle })) {
    throw forbidden("You can open only the claims of articles you review.");
  }
  return facts;
}

type WriteAction = "claim.verdict" | "evidence.write" | "comment.write";

const WRITE_REFUSALS: Record<WriteAction, string> = {
  "claim.verdict": "Only the reviewer assigned to this claim, editors and admins can give a verdict.",
  "evidence.write": "Only the reviewer assigned to this claim, editors and admins can change its sources.",
  "comment.write": "Only the reviewer assigned to this claim, editors and admins can comment on it.",
};

/** Discussion may continue on a finalized article; its sources and verdicts may not change. */
const ALLOWED_WHEN_FINALIZED: ReadonlySet<WriteAction> = new Set(["comment.write"]);

/**
 * Row locks that make the checks after them hold until commit: the article FOR SHARE (finalize
 * and reopen update it, so they wait for us and we for them) and the claim FOR UPDATE (assign and
 * unassign lock it too, so an assignment cannot be cancelled between our check and our write).
 * Comments take the claim FOR SHARE: enough to wait for assignment changes, without queueing
 * behind each other. Article before claim, the order curation (lib/claims) uses, so no deadlock.
 */
async function lockClaimAndArticle(tx: DbTransaction, claimId: string, mode: "update" | "share") {
  const found = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true, articleId: true } });
  if (!found) throw notFound("The claim");
  await tx.$queryRaw`SELECT "finalizedAt" FROM "Article" WHERE id = ${found.articleId} FOR SHARE`;
  if (mode === "update") await tx.$queryRaw`SELECT 1 FROM "Claim" WHERE id = ${found.id} FOR UPDATE`;
  else await tx.$queryRaw`SELECT 1 FROM "Claim" WHERE id = ${found.id} FOR SHARE`;
}

/**
 * Writing on a claim, first thing in a write transaction: lock, then check who may write
 * (reviewers only on claims assigned to them, open or completed) and, for sources and verdicts,
 * that the article is not finalized. The caller then checks the version (takeClaimVersion).
 */
export async function claimForWriting(tx: DbTransaction, actor: Actor, claimId: unknown, action: WriteAction) {
  const id = assertId(claimId, "claimId");
  await lockClaimAndArticle(tx, id, ALLOWED_WHEN_FINALIZED.has(action) ? "share" : "update");
  const facts = await loadClaimFacts(tx, actor, id);
  if (!can(actor, action, { actorIsAssigned: facts.assignedToClaim })) throw forbidden(WRITE_REFUSALS[action]);
  if (facts.claim.article.finalizedAt && !ALLOWED_WHEN_FINALIZED.has(action)) {
    throw new AppError("CONFLICT", FINALIZED_MESSAGE);
  }
  return facts;
}
