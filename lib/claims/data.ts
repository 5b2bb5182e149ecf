import "server-only";
import { getArticleFor } from "@/lib/articles/data";
import type { CurrentUser } from "@/lib/auth/identity";
import { can } from "@/lib/auth/permissions";
import { db, type DbClient, type Prisma, type DbTransaction } from "@/lib/db/client";
import { assertId } from "@/lib/schemas";
import type { ClaimStatus } from "@/lib/workflow/states";
import { splitPoints, type SplitPoint } from "./spans";

export interface ClaimWork {
  /** A verdict was given (the status moved, or the history has an entry). */
  hasVerdict: boolean;
  /** Someone works or worked on it: a verdict, an assignment (any state), a source or a comment. */
  worked: boolean;
  /** Reviewers with an open assignment on it (deleting the claim cancels those assignments). */
  openAssignees: string[];
}

/** Which of these claims are already in the review workflow; see docs/curation.md. */
export async function claimWork(client: DbClient | DbTransaction, claimIds: string[]): Promise<Map<string, ClaimWork>> {
  const rows = await client.claim.findMany({
    where: { id: { in: claimIds } },
    select: {
      id: true,
      status: true,
      _count: { select: { statusChanges: true, assignments: true, evidence: true, comments: true } },
      assignments: {
        where: { state: "OPEN" },
        orderBy: { createdAt: "asc" },
        select: { reviewer: { select: { name: true } } },
      },
    },
  });
  return new Map(
    rows.map(({ id, status, _count, assignments }) => {
      const hasVerdict = status !== "PENDING" || _count.statusChanges > 0;
      const worked = hasVerdict || _count.assignments + _count.evidence + _count.comments > 0;
      return [id, { hasVerdict, worked, openAssignees: assignments.map((a) => a.reviewer.name) }];
    }),
  );
}

export interface CuratedClaim {
  id: string;
  text: string;
  originalText: string;
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
  splitPoints: SplitPoint[];
}

/**
 * The article page's data: the article and its live claims for anyone who may read it; for
 * editors also each claim's review state and split points, and the audit log: the latest
 * AUDIT_LOG_LIMIT events, or all of them with auditAll (auditTotal says how many there are).
 */
export async function getArticleWorkspace(user: CurrentUser, articleId: string, options: { auditAll?: boolean } = {}) {
  articleId = assertId(articleId, "article");
  const article = await getArticleFor(user, articleId);
  const canCurate = can(user, "claim.curate");
  const work = canCurate
    ? await claimWork(
        db,
        article.claims.map((c) => c.id),
      )
    : new Map<string, ClaimWork>();
  const claims: CuratedClaim[] = article.claims.map((claim) => ({
    id: claim.id,
    text: claim.text,
    originalText: claim.originalText,
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
    splitPoints: canCurate ? splitPoints(article.body, claim) : [],
  }));
  const audit = canCurate
    ? await articleAuditLogWithTotal(articleId, options.auditAll ? "all" : AUDIT_LOG_LIMIT)
    : null;
  return { article, claims, canCurate, auditLog: audit?.entries ?? [], auditTotal: audit?.total ?? 0 };
}

export const AUDIT_LOG_LIMIT = 50;

/** AuditEvents about the article and its claims (deleted ones included). */
async function articleAuditWhere(articleId: string): Promise<Prisma.AuditEventWhereInput> {
  articleId = assertId(articleId, "article");
  const claimIds = (await db.claim.findMany({ where: { articleId }, select: { id: true } })).map((c) => c.id);
  return {
    OR: [
      { entityType: "Article", entityId: articleId },
      { entityType: "Claim", entityId: { in: claimIds } },
    ],
  };
}

type AuditLogLimit = number | "all";

/** The article's audit events, newest first: the latest `limit`, or every one. */
export async function articleAuditLog(articleId: string, limit: AuditLogLimit = AUDIT_LOG_LIMIT) {
  return auditEvents(await articleAuditWhere(articleId), limit);
}

/** The audit log as the article page shows it, with how many events there are in all. */
export async function articleAuditLogWithTotal(articleId: string, limit: AuditLogLimit = AUDIT_LOG_LIMIT) {
  const where = await articleAuditWhere(articleId);
  const [entries, total] = await Promise.all([auditEvents(where, limit), db.auditEvent.count({ where })]);
  return { entries, total };
}

function auditEvents(where: Prisma.AuditEventWhereInput, limit: AuditLogLimit) {
  return db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit === "all" ? undefined : limit,
    select: {
      id: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
      createdAt: true,
      actor: { select: { name: true } },
    },
  });
}
export type AuditLogEntry = Awaited<ReturnType<typeof articleAuditLog>>[number];
