// What an answer carries of a database row: exactly the fields its documented schema names, so
// that a column added to a table never leaks into the API unannounced (and an article's whole
// body is not echoed back on import).
import type { z } from "zod";
import { directionOfLanguage } from "@/lib/i18n/direction";
import { articleBody } from "./contracts";
import { articleDetailBody } from "./list-contracts";

/** The fields of `row` that `schema` documents, and no others. */
export function documentedFields<T extends z.ZodObject>(
  schema: T,
  row: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(schema.shape)
      .filter((key) => key in row)
      .map((key) => [key, row[key]]),
  );
}

/** The article's row with the direction its language is read in. */
const withDirection = <A extends { language: string }>(article: A) => ({
  ...article,
  direction: directionOfLanguage(article.language),
});

export function presentImportedArticle<C>(imported: {
  article: Record<string, unknown> & { language: string };
  claims: C[];
}) {
  return { article: documentedFields(articleBody, withDirection(imported.article)), claims: imported.claims };
}

/** GET /api/v1/articles/{id}: the overview (counts, progress) and the article's own text and metadata. */
export function presentArticle(overview: object, article: { language: string }) {
  return documentedFields(articleDetailBody, { ...withDirection(article), ...overview });
}
