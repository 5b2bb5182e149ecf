// Full-text search over an article's title, its live claims' wording and their current sources,
// as a condition on an Article row aliased `a`. The search document and the reading of the query
// are defined once, in the database (claimledger_search_document / claimledger_search_query, in
// the migration "article_summary_search"): the generated "searchVector" columns and their GIN
// indexes use the first, this condition the second, so changing the language or normalisation
// of search is a change to those two functions (and a regeneration of the columns). Since the
// migration "arabic_search" both normalise Arabic spelling variants first and read the text as
// English and as Arabic (docs/performance.md, "Search"); lib/dashboard/search-normalise.ts mirrors
// the normalisation.
import { Prisma } from "@/lib/db/client";

export function searchMatches(q: string): Prisma.Sql {
  const query = Prisma.sql`claimledger_search_query(${q})`;
  return Prisma.sql`(
      a."searchVector" @@ ${query}
      OR a.id IN (SELECT c."articleId" FROM "Claim" c WHERE c."searchVector" @@ ${query} AND c."deletedAt" IS NULL)
      OR a.id IN (SELECT c."articleId" FROM "Evidence" e JOIN "Claim" c ON c.id = e."claimId"
        WHERE e."searchVector" @@ ${query} AND e."removedAt" IS NULL AND c."deletedAt" IS NULL))`;
}
