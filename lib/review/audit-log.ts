// An article's audit log for the API (GET /api/v1/articles/{id}/audit): every event about the
// article and its claims, sources, assignments, comments and consultations (AuditEvent.articleId,
// set by a trigger), newest first, keyset-paged on (createdAt, id) so that events recorded while
// a client walks the log come before its first page instead of shifting the pages after it.
import "server-only";
import { assertCan, assertMayReadArticle } from "@/lib/access";
import { auditEventFields } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { afterCreation, toPage, type PageQuery } from "@/lib/pagination";
import { assertId } from "@/lib/schemas";

async function beforeCursor(query: PageQuery): Promise<Prisma.AuditEventWhereInput> {
  if (!query.after) return {};
  const row = await db.auditEvent.findUnique({ where: { id: query.after }, select: { id: true, createdAt: true } });
  return afterCreation(row, "desc");
}

/** One page of the article's audit events; the log is the curators' (editors and admins), as on the page. */
export async function listArticleAuditPage(actor: Actor, articleId: unknown, query: PageQuery) {
  const id = assertId(articleId, "article");
  await assertMayReadArticle(db, actor, id);
  assertCan(actor, "claim.curate");
  const rows = await db.auditEvent.findMany({
    where: { AND: [{ articleId: id }, await beforeCursor(query)] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: { ...auditEventFields, actor: { select: { id: true, name: true } } },
  });
  return toPage(rows, query);
}
