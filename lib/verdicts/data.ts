// The claim page and GET /api/v1/claims/{id}: the claim in its article, its sources, assignment,
// verified history (with the article's finalize/reopen events) and comments, plus what the reader
// may do. People appear by name only: reviewers read this too, and other users' email addresses
// are not theirs to see.
import type { CurrentUser } from "@/lib/auth/identity";
import { can } from "@/lib/auth/permissions";
import { ACTIVE_ASSIGNMENT_STATES, claimForReading } from "@/lib/assignments/access";
import { db } from "@/lib/db/client";
import { evidenceSelect } from "@/lib/evidence/data";
import { getClaimHistory, getReviewStateHistory } from "@/lib/history/data";
import { paragraphAround } from "./paragraph";

export async function getClaimForReview(user: CurrentUser, claimId: unknown) {
  const facts = await claimForReading(db, user, claimId);
  const claim = await db.claim.findUniqueOrThrow({
    where: { id: facts.claim.id },
    select: {
      id: true,
      text: true,
      originalText: true,
      start: true,
      end: true,
      ordinal: true,
      status: true,
      version: true,
      updatedAt: true,
      article: { select: { id: true, title: true, body: true, finalizedAt: true } },
      evidence: {
        select: { ...evidenceSelect, addedBy: { select: { name: true } }, removedBy: { select: { name: true } } },
        orderBy: { createdAt: "asc" },
      },
      assignments: {
        where: { state: { in: [...ACTIVE_ASSIGNMENT_STATES] } },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: {
          id: true,
          state: true,
          dueAt: true,
          note: true,
          closedAt: true,
          reviewer: { select: { id: true, name: true } },
          assignedBy: { select: { name: true } },
        },
      },
      comments: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          body: true,
          createdAt: true,
          author: { select: { name: true } },
          mentions: { select: { user: { select: { name: true } } } },
        },
      },
    },
  });
  const [history, reviewState] = await Promise.all([
    getClaimHistory(claim.id),
    getReviewStateHistory(claim.article.id),
  ]);
  const { article, assignments, ...rest } = claim;
  const assigned = { actorIsAssigned: facts.assignedToClaim };
  // Sources and verdicts are frozen while the article is finalized; comments are not.
  const open = !article.finalizedAt;
  return {
    claim: rest,
    article: { id: article.id, title: article.title, finalizedAt: article.finalizedAt },
    paragraph: paragraphAround(article.body, claim.start, claim.end),
    assignment: assignments[0] ?? null,
    history,
    /** The article's finalize/reopen events, which the timeline interleaves with the claim's own. */
    reviewState,
    permissions: {
      verdict: can(user, "claim.verdict", assigned) && open,
      evidence: can(user, "evidence.write", assigned) && open,
      comment: can(user, "comment.write", assigned),
      assign: can(user, "claim.assign"),
    },
  };
}
export type ClaimReview = Awaited<ReturnType<typeof getClaimForReview>>;
