// The assign page (/articles/[id]/assign): the article's claims with their current assignment,
// and the reviewers to assign to with their open load.
import "server-only";
import { assertCan } from "@/lib/access";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";
import { listActiveReviewers } from "@/lib/users/data";
import { ACTIVE_ASSIGNMENT_STATES } from "@/lib/workflow/states";

/** The assign page: the article's claims with their current assignment, and the people to assign to. */
export async function getAssignmentBoard(actor: Actor, articleId: unknown) {
  assertCan(actor, "claim.assign");
  const article = await db.article.findUnique({
    where: { id: assertId(articleId, "articleId") },
    select: {
      id: true,
      title: true,
      finalizedAt: true,
      language: true,
      claims: {
        where: { deletedAt: null },
        orderBy: { ordinal: "asc" },
        select: {
          id: true,
          statement: true,
          ordinal: true,
          number: true,
          claimant: true,
          status: true,
          assignments: {
            where: { state: { in: [...ACTIVE_ASSIGNMENT_STATES] } },
            orderBy: { createdAt: "desc" },
            take: 1,
            select: {
              id: true,
              state: true,
              dueAt: true,
              note: true,
              reviewer: { select: { id: true, name: true, email: true, active: true } },
            },
          },
        },
      },
    },
  });
  if (!article) throw notFound("The article");
  const reviewers = await listActiveReviewers();
  const loads = await db.assignment.groupBy({
    by: ["reviewerId"],
    where: { state: "OPEN", claim: { deletedAt: null }, reviewerId: { in: reviewers.map((r) => r.id) } },
    _count: { _all: true },
  });
  return {
    article: { id: article.id, title: article.title, finalizedAt: article.finalizedAt, language: article.language },
    claims: article.claims.map(({ assignments, ...claim }) => ({ ...claim, assignment: assignments[0] ?? null })),
    reviewers: reviewers.map((reviewer) => ({
      id: reviewer.id,
      name: reviewer.name,
      email: reviewer.email,
      openLoad: loads.find((row) => row.reviewerId === reviewer.id)?._count._all ?? 0,
    })),
  };
}
