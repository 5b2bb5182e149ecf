import "server-only";
import { assertCan } from "@/lib/access";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { listActiveReviewers } from "@/lib/users/data";
import { notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";
import { ACTIVE_ASSIGNMENT_STATES } from "@/lib/workflow/states";

/**
 * A reviewer's open assignments across articles: overdue first, then by due date (undated last).
 * Any verdict (Corroborated, Disputed or Unverified) completes the assignment, so the claim
 * leaves the queue; an editor's reopen puts it back.
 */
export async function listQueue(reviewerId: string, now = new Date()) {
  const open = await db.assignment.findMany({
    where: { reviewerId: assertId(reviewerId, "reviewerId"), state: "OPEN", claim: { deletedAt: null } },
    select: {
      id: true,
      dueAt: true,
      note: true,
      createdAt: true,
      assignedBy: { select: { name: true } },
      claim: {
        select: {
          id: true,
          text: true,
          status: true,
          number: true,
          claimant: true,
          version: true,
          article: { select: { id: true, title: true } },
        },
      },
    },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
  });
  const items = open.map((assignment) => ({
    ...assignment,
    overdue: assignment.dueAt !== null && assignment.dueAt < now,
  }));
  // Due dates already sort overdue items first; the stable sort keeps that explicit for any `now`.
  items.sort((a, b) => Number(b.overdue) - Number(a.overdue));
  return { items, openCount: items.length, overdueCount: items.filter((item) => item.overdue).length };
}

/** The assign page: the article's claims with their current assignment, and the people to assign to. */
export async function getAssignmentBoard(actor: Actor, articleId: unknown) {
  assertCan(actor, "claim.assign");
  const article = await db.article.findUnique({
    where: { id: assertId(articleId, "articleId") },
    select: {
      id: true,
      title: true,
      finalizedAt: true,
      claims: {
        where: { deletedAt: null },
        orderBy: { ordinal: "asc" },
        select: {
          id: true,
          text: true,
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
    article: { id: article.id, title: article.title, finalizedAt: article.finalizedAt },
    claims: article.claims.map(({ assignments, ...claim }) => ({ ...claim, assignment: assignments[0] ?? null })),
    reviewers: reviewers.map((reviewer) => ({
      id: reviewer.id,
      name: reviewer.name,
      email: reviewer.email,
      openLoad: loads.find((row) => row.reviewerId === reviewer.id)?._count._all ?? 0,
    })),
  };
}

/** A person's open assignments (for the deactivation dialog: what needs another reviewer). */
export async function listOpenAssignmentsOf(actor: Actor, userId: unknown) {
  assertCan(actor, "claim.assign");
  return db.assignment.findMany({
    where: { reviewerId: assertId(userId, "userId"), state: "OPEN", claim: { deletedAt: null } },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    select: {
      id: true,
      dueAt: true,
      claim: { select: { id: true, number: true, text: true, article: { select: { id: true, title: true } } } },
    },
  });
}
