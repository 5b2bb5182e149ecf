import type { CurrentUser } from "@/lib/auth/identity";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { forbidden, notFound } from "@/lib/errors";

/** Articles the user may see: all for editors and admins, those with an assignment for reviewers. */
function visibleTo(user: CurrentUser) {
  return can(user, "article.listAll") ? {} : { claims: { some: { assignments: { some: { reviewerId: user.id } } } } };
}

export async function listArticlesFor(user: CurrentUser) {
  const articles = await db.article.findMany({
    where: visibleTo(user),
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      publisher: true,
      publishedAt: true,
      createdAt: true,
      importedBy: { select: { name: true } },
    },
  });
  const counts = await db.claim.groupBy({
    by: ["articleId", "status"],
    where: { articleId: { in: articles.map((a) => a.id) }, deletedAt: null },
    _count: { _all: true },
  });
  return articles.map((article) => {
    const byStatus = { UNVERIFIED: 0, CORROBORATED: 0, DISPUTED: 0 };
    for (const row of counts) if (row.articleId === article.id) byStatus[row.status] = row._count._all;
    return { ...article, claimCounts: byStatus };
  });
}

export async function reviewerIsAssignedToArticle(userId: string, articleId: string): Promise<boolean> {
  const found = await db.assignment.findFirst({
    where: { reviewerId: userId, claim: { articleId } },
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
