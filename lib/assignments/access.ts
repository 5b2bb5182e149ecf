// Loads the facts a claim permission needs (is the actor assigned?) and asks can(). Used inside
// the write transactions of evidence, verdicts, comments and by the claim page.
import { can, type Action, type Actor } from "@/lib/auth/permissions";
import type { DbClient, DbTransaction } from "@/lib/db/client";
import { forbidden, notFound } from "@/lib/errors";

/** Assignments that give a reviewer the right to work on a claim: open or done, not cancelled. */
export const ACTIVE_ASSIGNMENT_STATES = ["OPEN", "COMPLETED"] as const;

export async function loadClaimFacts(client: DbClient | DbTransaction, actor: Actor, claimId: string) {
  const claim = await client.claim.findFirst({
    where: { id: claimId, deletedAt: null },
    select: {
      id: true,
      articleId: true,
      status: true,
      version: true,
      article: { select: { finalizedAt: true } },
    },
  });
  if (!claim) throw notFound("The claim");
  const [onClaim, onArticle] = await Promise.all([
    client.assignment.findFirst({
      where: { claimId: claim.id, reviewerId: actor.id, state: { in: [...ACTIVE_ASSIGNMENT_STATES] } },
      select: { id: true },
    }),
    client.assignment.findFirst({
      where: {
        reviewerId: actor.id,
        state: { in: [...ACTIVE_ASSIGNMENT_STATES] },
        claim: { articleId: claim.articleId, deletedAt: null },
      },
      select: { id: true },
    }),
  ]);
  return { claim, assignedToClaim: onClaim !== null, assignedToArticle: onArticle !== null };
}

/** Reading a claim: reviewers may read every claim of an article they review (for context). */
export async function claimForReading(client: DbClient | DbTransaction, actor: Actor, claimId: string) {
  const facts = await loadClaimFacts(client, actor, claimId);
  if (!can(actor, "claim.read", { actorIsAssigned: facts.assignedToArticle })) {
    throw forbidden("You can open only the claims of articles you review.");
  }
  return facts;
}

const WRITE_REFUSALS: Partial<Record<Action, string>> = {
  "claim.verdict": "Only the reviewer assigned to this claim, editors and admins can give a verdict.",
  "evidence.write": "Only the reviewer assigned to this claim, editors and admins can change its sources.",
  "comment.write": "Only the reviewer assigned to this claim, editors and admins can comment on it.",
};

/** Writing on a claim: reviewers only on claims assigned to them (open or completed). */
export async function claimForWriting(
  client: DbClient | DbTransaction,
  actor: Actor,
  claimId: string,
  action: "claim.verdict" | "evidence.write" | "comment.write",
) {
  const facts = await loadClaimFacts(client, actor, claimId);
  if (!can(actor, action, { actorIsAssigned: facts.assignedToClaim })) throw forbidden(WRITE_REFUSALS[action]);
  return facts;
}
