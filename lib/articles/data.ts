import type { CurrentUser } from "@/lib/auth/identity";
import { can } from "@/lib/auth/permissions";
import { ACTIVE_ASSIGNMENT_STATES } from "@/lib/assignments/access";
import { db } from "@/lib/db/client";
import { forbidden, notFound } from "@/lib/errors";

/**
 * A reviewer works on an article while they hold an open or completed assignment on one of its
 * current claims; cancelled assignments and deleted claims give no access.
 */
export async function reviewerIsAssignedToArticle(userId: string, articleId: string): Promise<boolean> {
  const found = await db.assignment.findFirst({
    where: { reviewerId: userId, state: { in: [...ACTIVE_ASSIGNMENT_STATES] }, claim: { articleId, deletedAt: null } },
    select: { id: true },
  });
  return found !== null;
}

/** Editors and admins read every article; a reviewer only those with a claim assigned to them. */
export async function assertMayReadArticle(user: CurrentUser, articleId: string): Promise<void> {
  // Only a reviewer's permission depends on assignments: skip the query for everyone else.
  const actorIsAssigned = can(user, "article.listAll") ? false : await reviewerIsAssignedToArticle(user.id, articleId);
  if (!can(user, "article.read", { actorIsAssigned })) throw forbidden("You can read only the articles you review.");
}

/** The article with its current claims, if the user may read it. */
export async function getArticleFor(user: CurrentUser, articleId: string) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    include: {
      importedBy: { select: { name: true } },
      claims: { where: { deletedAt: null }, orderBy: { ordinal: "asc" } },
    },
  });
  if (!article) throw notFound("The article");
  await assertMayReadArticle(user, articleId);
  return article;
}
