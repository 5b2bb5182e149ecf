// The claim page and GET /api/v1/claims/{id}: the claim in its article, its sources, assignment,
// verified history (with the article's finalize/reopen events) and comments, plus what the reader
// may do. People appear by name only: reviewers read this too, and other users' email addresses
// are not theirs to see.
import "server-only";
import { claimFor } from "@/lib/access";
import type { CurrentUser } from "@/lib/auth/identity";
import { can } from "@/lib/auth/permissions";
import { db, Prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { evidenceSelect } from "@/lib/evidence/data";
import { snapshotSummaries } from "@/lib/sources/data";
import { getClaimHistory, getReviewStateHistory } from "@/lib/history/data";
import { parseClaimNumber } from "@/lib/claims/numbering";
import { assertId } from "@/lib/schemas";
import { paragraphAround } from "@/lib/verdicts/paragraph";
import { ACTIVE_ASSIGNMENT_STATES, type AssignmentState, type ClaimStatus } from "@/lib/workflow/states";

type EvidenceRow = Prisma.EvidenceGetPayload<{ select: typeof evidenceSelect }>;

/**
 * The claim page's rows in six flat statements run side by side (Prisma's nested selects send
 * one statement per relation: 27 for this page before issue 11).
 */
async function claimPageRows(claimId: string) {
  const active = Prisma.join(ACTIVE_ASSIGNMENT_STATES.map((state) => Prisma.sql`${state}::"AssignmentState"`));
  const [[claim], evidence, assignments, consultations, comments, snapshots] = await Promise.all([
    db.$queryRaw<
      {
        id: string;
        number: number;
        claimant: string | null;
        text: string;
        originalText: string;
        statement: string;
        start: number;
        end: number;
        ordinal: number;
        status: ClaimStatus;
        version: number;
        updatedAt: Date;
        articleId: string;
        articleTitle: string;
        articleBody: string;
        articleFinalizedAt: Date | null;
        articleLanguage: string;
      }[]
    >`SELECT c.id, c.number, c.claimant, c.text, c."originalText", c.statement, c.start, c."end", c.ordinal, c.status, c.version, c."updatedAt",
        a.id AS "articleId", a.title AS "articleTitle",
        -- An orphan's offsets refer to the revision its quote was last found in (docs/revisions.md).
        COALESCE((SELECT r.body FROM "ArticleRevision" r WHERE c."anchorState" = 'ORPHANED'
          AND r."articleId" = a.id AND r.number = c."anchorRevision"), a.body) AS "articleBody",
        a."finalizedAt" AS "articleFinalizedAt",
        a.language AS "articleLanguage"
      FROM "Claim" c JOIN "Article" a ON a.id = c."articleId" WHERE c.id = ${claimId}`,
    db.$queryRaw<(EvidenceRow & { addedByName: string; removedByName: string | null })[]>`
      SELECT e.id, e."claimId", e.url, e.title, e.publisher, e."publishedAt", e."accessedAt", e.stance, e.excerpt, e.note,
        e."addedById", e."removedAt", e."removedById", e."createdAt", e."updatedAt", e."linkState", e."linkCheckedAt",
        adder.name AS "addedByName", remover.name AS "removedByName"
      FROM "Evidence" e JOIN "User" adder ON adder.id = e."addedById" LEFT JOIN "User" remover ON remover.id = e."removedById"
      WHERE e."claimId" = ${claimId} ORDER BY e."createdAt"`,
    db.$queryRaw<
      {
        id: string;
        state: AssignmentState;
        dueAt: Date | null;
        note: string | null;
        closedAt: Date | null;
        reviewerId: string;
        reviewerName: string;
        reviewerActive: boolean;
        assignedByName: string;
      }[]
    >`SELECT r.id, r.state, r."dueAt", r.note, r."closedAt", u.id AS "reviewerId", u.name AS "reviewerName",
        u.active AS "reviewerActive", b.name AS "assignedByName"
      FROM "Assignment" r JOIN "User" u ON u.id = r."reviewerId" JOIN "User" b ON b.id = r."assignedById"
      WHERE r."claimId" = ${claimId} AND r.state IN (${active}) ORDER BY r."createdAt" DESC LIMIT 1`,
    db.$queryRaw<{ id: string; createdAt: Date; userId: string; userName: string; invitedByName: string }[]>`
      SELECT k.id, k."createdAt", u.id AS "userId", u.name AS "userName", i.name AS "invitedByName"
      FROM "Consultation" k JOIN "User" u ON u.id = k."userId" JOIN "User" i ON i.id = k."invitedById"
      WHERE k."claimId" = ${claimId} AND k."endedAt" IS NULL ORDER BY k."createdAt"`,
    db.$queryRaw<{ id: string; body: string; createdAt: Date; authorName: string; mentioned: string[] }[]>`
      SELECT m.id, m.body, m."createdAt", u.name AS "authorName",
        coalesce((SELECT array_agg(mu.name ORDER BY n."createdAt", n.id) FROM "Mention" n JOIN "User" mu ON mu.id = n."userId"
          WHERE n."commentId" = m.id), '{}') AS mentioned
      FROM "Comment" m JOIN "User" u ON u.id = m."authorId"
      WHERE m."claimId" = ${claimId} AND m."deletedAt" IS NULL ORDER BY m."createdAt"`,
    snapshotSummaries(db, { claimId }),
  ]);
  if (!claim) throw notFound("The claim");
  const { articleId, articleTitle, articleBody, articleFinalizedAt, articleLanguage, ...rest } = claim;
  return {
    ...rest,
    article: {
      id: articleId,
      title: articleTitle,
      body: articleBody,
      finalizedAt: articleFinalizedAt,
      language: articleLanguage,
    },
    evidence: evidence.map(({ addedByName, removedByName, ...source }) => ({
      ...source,
      addedBy: { name: addedByName },
      removedBy: removedByName === null ? null : { name: removedByName },
      snapshots: snapshots.get(source.id) ?? [],
    })),
    assignments: assignments.map(({ reviewerId, reviewerName, reviewerActive, assignedByName, ...assignment }) => ({
      ...assignment,
      // A deactivated reviewer's open assignment waits for an editor to reassign it: the page flags it.
      reviewer: { id: reviewerId, name: reviewerName, active: reviewerActive },
      assignedBy: { name: assignedByName },
    })),
    consultations: consultations.map(({ userId, userName, invitedByName, ...consultation }) => ({
      ...consultation,
      user: { id: userId, name: userName },
      invitedBy: { name: invitedByName },
    })),
    comments: comments.map(({ authorName, mentioned, ...comment }) => ({
      ...comment,
      author: { name: authorName },
      mentions: mentioned.map((name) => ({ user: { name } })),
    })),
  };
}

export async function getClaimForReview(user: CurrentUser, claimId: unknown) {
  const { claim: found, facts } = await claimFor(db, user, claimId, "claim.read");
  const claim = await claimPageRows(found.id);
  const [history, reviewState] = await Promise.all([
    getClaimHistory(claim.id),
    getReviewStateHistory(claim.article.id),
  ]);
  const { article, assignments, consultations, ...rest } = claim;
  // Sources and verdicts are frozen while the article is finalized; comments are not.
  const open = !article.finalizedAt;
  return {
    claim: rest,
    // The language its claims and paragraph are read in (BCP 47).
    article: { id: article.id, title: article.title, finalizedAt: article.finalizedAt, language: article.language },
    paragraph: paragraphAround(article.body, claim.start, claim.end),
    /** The whole article and the claim's place in it (the page's "whole article"; not in the API). */
    articleText: { text: article.body, start: claim.start, end: claim.end },
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
