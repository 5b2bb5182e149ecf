import { presentArticle } from "@/lib/api/present";
import { getArticleFor } from "@/lib/articles/data";
import { getArticleOverview } from "@/lib/dashboard/articles";
import { apiRoute, withContentEtag } from "@/lib/http/api";

export const GET = apiRoute({}, async ({ user, params }) => {
  const overview = await getArticleOverview(user, params.id);
  return withContentEtag(presentArticle(overview, await getArticleFor(user, overview.id)));
});
