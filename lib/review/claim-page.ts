// The claim page and GET /api/v1/claims/{id}: the claim in its article, its sources, assignment,
// verified history (with the article's finalize/reopen events) and comments, plus what the reader
// may do. People appear by name only: reviewers read this too, and other users' email addresses
// are not theirs to see.
import "server-only";
import { claimFor } from "@/lib/access";
import type { CurrentUser } from "@/lib/auth/identity";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { evidenceSelect } from "@/lib/evidence/data";
import { getClaimHistory, getReviewStateHistory } from "@/lib/history/data";
import { parseClaimNumber } from "@/lib/claims/numbering";
import { assertId } from "@/lib/schemas";
import { paragraphAround } from "@/lib/verdicts/paragraph";
import { ACTIVE_ASSIGNMENT_STATES } from "@/lib/workflow/states";

export async function getClaimForReview(user: CurrentUser, claimId: unknown) {
  const { claim: found, facts } = await claimFor(db, user, claimId, "claim.read");
  const claim = await db.claim.findUniqueOrThrow({
    where: { id: found.id },
    select: {
      id: true,
      number: true,
      claimant: true,
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
      consultations: {
        where: { endedAt: null },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          createdAt: true,
          user: { select: { id: true, name: true } },
          invitedBy: { select: { name: true } },
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
  const { article, assignments, consultations, ...rest } = claim;
  // Sources and verdicts are frozen while the article is finalized; comments are not.
  const open = !article.finalizedAt;
  return {
    claim: rest,
    article: { id: article.id, title: article.title, finalizedAt: article.finalizedAt },
    paragraph: paragraphAround(article.body, claim.start, claim.end),
    assignment: assignments[0] ?? null,
    consultations,
    /** The reader is here as a consulted colleague (may read and reply, nothing else). */
    consulted: facts.consultedOnClaim === true && !facts.assignedToClaim && !facts.reviewsArticle,
    history,
    /** The article's finalize/reopen events, which the timeline interleaves with the claim's own. */
    reviewState,
    permissions: {
      verdict: can(user, "claim.verdict", facts) && open,
      evidence: can(user, "evidence.write", facts) && open,
      comment: can(user, "comment.write", facts),
      assign: can(user, "claim.assign"),
      reopenClaim: can(user, "claim.reopen", facts) && open && claim.status !== "PENDING",
      reopenArticle: can(user, "article.finalize") && !open,
      curate: can(user, "claim.curate") && open,
      // Who made the claim is not part of the verdict: editable on a finalized article too.
      editClaimant: can(user, "claim.curate"),
      endConsultation: can(user, "consultation.end"),
    },
  };
}
export type ClaimReview = Awaited<ReturnType<typeof getClaimForReview>>;

/** The claim an article's permanent number names (/articles/{id}/claims/{number}), if the user may read it. */
export async function claimIdByNumber(user: CurrentUser, articleId: unknown, number: unknown) {
  const id = assertId(articleId, "articleId");
  const parsed = parseClaimNumber(number);
  if (parsed === null) {
    throw new AppError("VALIDATION_FAILED", "A claim number is a whole number from 1 (C1, C2, …).", {
      fields: { number: ["A claim number is a whole number from 1 (C1, C2, …)."] },
    });
  }
  const claim = await db.claim.findUnique({
    where: { articleId_number: { articleId: id, number: parsed } },
    select: { id: true, deletedAt: true },
  });
  if (!claim || claim.deletedAt) throw notFound(`Claim C${parsed} of this article`);
  await claimFor(db, user, claim.id, "claim.read");
  return claim.id;
}
