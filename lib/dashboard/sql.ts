// Which AuditEvents belong to an article: about the article itself, or about one of its claims
// (deleted ones too) or their sources, assignments and comments. Shared by the list's "last
// activity" and the dashboard's recent activity.
import { Prisma } from "@/lib/db/client";

/** A boolean SQL condition on AuditEvent alias `e`; `articleId` is a column reference or a bound value. */
export function articleEventFilter(articleId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    (e."entityType" = 'Article' AND e."entityId" = ${articleId})
    OR (e."entityType" = 'Claim' AND e."entityId" IN (SELECT c.id FROM "Claim" c WHERE c."articleId" = ${articleId}))
    OR (e."entityType" = 'Evidence' AND e."entityId" IN (SELECT x.id FROM "Evidence" x JOIN "Claim" c ON c.id = x."claimId" WHERE c."articleId" = ${articleId}))
    OR (e."entityType" = 'Assignment' AND e."entityId" IN (SELECT x.id FROM "Assignment" x JOIN "Claim" c ON c.id = x."claimId" WHERE c."articleId" = ${articleId}))
    OR (e."entityType" = 'Comment' AND e."entityId" IN (SELECT x.id FROM "Comment" x JOIN "Claim" c ON c.id = x."claimId" WHERE c."articleId" = ${articleId}))
    OR (e."entityType" = 'Consultation' AND e."entityId" IN (SELECT x.id FROM "Consultation" x JOIN "Claim" c ON c.id = x."claimId" WHERE c."articleId" = ${articleId})))`;
}
