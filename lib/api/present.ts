// What an answer carries of a database row: exactly the fields its documented schema names, so
// that a column added to a table never leaks into the API unannounced (and an article's whole
// body is not echoed back on import).
import type { z } from "zod";
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

export function presentImportedArticle<C>(imported: { article: Record<string, unknown>; claims: C[] }) {
  return { article: documentedFields(articleBody, imported.article), claims: imported.claims };
}

/** GET /api/v1/articles/{id}: the overview (counts, progress) and the article's own text and metadata. */
export function presentArticle(overview: object, article: object) {
  return documentedFields(articleDetailBody, { ...article, ...overview });
}
