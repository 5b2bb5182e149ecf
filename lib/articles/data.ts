import "server-only";
import { assertMayReadArticle } from "@/lib/access";
import type { CurrentUser } from "@/lib/auth/identity";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";

/** The article with its current claims (in reading order), if the user may read it. */
export async function getArticleFor(user: CurrentUser, articleId: string) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    include: {
      importedBy: { select: { name: true } },
      claims: { where: { deletedAt: null }, orderBy: { ordinal: "asc" } },
    },
  });
  if (!article) throw notFound("The article");
  await assertMayReadArticle(db, user, articleId);
  return article;
}
