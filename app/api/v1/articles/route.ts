import { presentImportedArticle } from "@/lib/api/present";
import { importArticleFromUrl } from "@/lib/articles/import-url";
import { importArticle } from "@/lib/articles/mutations";
import { parseArticleQuery } from "@/lib/dashboard/api-query";
import { listArticleOverviewsAfter } from "@/lib/dashboard/articles";
import { apiRoute, created } from "@/lib/http/api";
import { parsePageQuery } from "@/lib/pagination";

export const GET = apiRoute({}, async ({ user, request }) => {
  const params = request.nextUrl.searchParams;
  const { items, next } = await listArticleOverviewsAfter(user, parseArticleQuery(params), parsePageQuery(params));
  return { articles: items, next };
});

/** A body with a `url` and no `body` imports the page at that address. */
const isUrlImport = (body: unknown): boolean =>
  typeof body === "object" && body !== null && "url" in body && !("body" in body);

export const POST = apiRoute({ readsBody: true }, async ({ user, body }) =>
  created(presentImportedArticle(await (isUrlImport(body) ? importArticleFromUrl : importArticle)(user, body))),
);
