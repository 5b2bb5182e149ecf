// A new version of an article fetched from a web address, in one call (the API's
// `{"url": …}`): the page is fetched and read by the article import's own path
// (lib/articles/import-url.ts: the safe fetcher, the main-content reader), then imported as a
// revision with where and when it was fetched. The article page's form instead fetches through
// the import page's background job, shows the text, and imports it with `importRevision`.
import "server-only";
import { fetchArticle } from "@/lib/articles/import-url";
import { assertCan } from "@/lib/access";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { FINALIZED_MESSAGE } from "@/lib/claims/kernel";
import { AppError, isAppError, notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { importRevision } from "./mutations";
import { importRevisionFromUrlSchema } from "./schema";

export async function importRevisionFromUrl(actor: Actor, articleId: unknown, input: unknown) {
  assertCan(actor, "article.import");
  const id = assertId(articleId, "article");
  const { url } = parseInput(importRevisionFromUrlSchema, input);
  // Refused before anything is fetched: the server does not fetch pages for an article that cannot take them.
  const article = await db.article.findUnique({ where: { id }, select: { finalizedAt: true } });
  if (!article) throw notFound("The article");
  if (article.finalizedAt) throw new AppError("CONFLICT", FINALIZED_MESSAGE);
  const page = await fetchArticle(actor, { url });
  try {
    return await importRevision(actor, id, { body: page.text, url: page.url, fetchedAt: page.fetchedAt.toISOString() });
  } catch (error) {
    // The caller gave an address, not a text: a refusal of the fetched text names `url`.
    const message = isAppError(error) ? error.details.fields?.body?.[0] : undefined;
    if (isAppError(error) && message) {
      throw new AppError(error.code, message, { ...error.details, fields: { url: [message] } });
    }
    throw error;
  }
}
