// The article page (/articles/[id]): the article and its live claims for anyone who may read it;
// for editors also each claim's review state and the audit log. Split points are not worked out
// here: the editor's click picks one for one claim (lib/claims/spans.ts snapSplitPoint).
import "server-only";
import { getArticleFor } from "@/lib/articles/data";
import { auditEventFields } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/identity";
import { can } from "@/lib/auth/permissions";
import { articleClaimWork, type ClaimWork } from "@/lib/claims/data";
import { db, type Prisma } from "@/lib/db/client";
import { assertId } from "@/lib/schemas";
import type { ClaimStatus } from "@/lib/workflow/states";

export interface CuratedClaim {
  id: string;
  /** The quote at the anchor. */
  text: string;
  originalText: string;
  /** What a reviewer reads (editable wording). */
  statement: string;
  start: number;
  end: number;
  ordinal: number;
  number: number;
  claimant: string | null;
  version: number;
  status: ClaimStatus;
  score: number | null;
  reasons: string[];
  work: ClaimWork;
}

/**
 * The article page's data: the article and its live claims for anyone who may read it; for
 * editors also each claim's review state, and the audit log: the latest
 * AUDIT_LOG_LIMIT events, or all of them with auditAll (auditTotal says how many there are).
 */
export async function getArticleWorkspace(user: CurrentUser, articleId: string, options: { auditAll?: boolean } = {}) {
  articleId = assertId(articleId, "article");
  const canCurate = can(user, "claim.curate");
  // The editor's reads go side by side with the article's own (they were one after another):
  // nothing is returned unless getArticleFor's access check passes.
  const [article, work, audit] = await Promise.all([
    getArticleFor(user, articleId),
    canCurate ? articleClaimWork(db, articleId) : new Map<string, ClaimWork>(),
    canCurate ? articleAuditLogWithTotal(articleId, options.auditAll ? "all" : AUDIT_LOG_LIMIT) : null,
  ]);
  const claims: CuratedClaim[] = article.claims.map((claim) => ({
    id: claim.id,
    text: claim.text,
    originalText: claim.originalText,
    statement: claim.statement,
    start: claim.start,
    end: claim.end,
    ordinal: claim.ordinal,
    number: claim.number,
    claimant: claim.claimant,
    version: claim.version,
    status: claim.status,
    score: claim.score,
    reasons: claim.reasons,
    work: work.get(claim.id) ?? { hasVerdict: claim.status !== "PENDING", worked: false, openAssignees: [] },
  }));
  return { article, claims, canCurate, auditLog: audit?.entries ?? [], auditTotal: audit?.total ?? 0 };
}

export const AUDIT_LOG_LIMIT = 50;

/** AuditEvents about the article and its claims (deleted ones included), through the article index. */
function articleAuditWhere(articleId: string): Prisma.AuditEventWhereInput {
  return { articleId: assertId(articleId, "article"), entityType: { in: ["Article", "Claim"] } };
}

type AuditLogLimit = number | "all";

/** The article's audit events, newest first: the latest `limit`, or every one. */
export async function articleAuditLog(articleId: string, limit: AuditLogLimit = AUDIT_LOG_LIMIT) {
  return auditEvents(articleAuditWhere(articleId), limit);
}

/** The audit log as the article page shows it, with how many events there are in all. */
export async function articleAuditLogWithTotal(articleId: string, limit: AuditLogLimit = AUDIT_LOG_LIMIT) {
  const where = articleAuditWhere(articleId);
  const [entries, total] = await Promise.all([auditEvents(where, limit), db.auditEvent.count({ where })]);
  return { entries, total };
}

function auditEvents(where: Prisma.AuditEventWhereInput, limit: AuditLogLimit) {
  return db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit === "all" ? undefined : limit,
    select: { ...auditEventFields, actor: { select: { name: true } } },
  });
}
export type AuditLogEntry = Awaited<ReturnType<typeof articleAuditLog>>[number];
