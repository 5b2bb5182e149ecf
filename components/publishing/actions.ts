"use server";
import { revalidatePath } from "next/cache";
import { guardedAction, runAction } from "@/lib/http/action";
import { requirePermission } from "@/lib/http/session";
import { publishArticle } from "@/lib/publishing/mutations";

export const publishArticleAction = guardedAction(async function publishArticleAction(articleId: string, input: unknown) {
  const user = await requirePermission("article.publish");
  return runAction(async () => {
    const result = await publishArticle(user, articleId, input);
    revalidatePath(`/articles/${articleId}/dashboard`);
    return { published: result.published.length, url: result.publication.url };
  });
});
