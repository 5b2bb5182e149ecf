// The article dashboard: claims with their open assignment and source count, status counts,
// reviewer workload and recent activity. Counts are computed from the same rows the table shows,
// so the numbers and the table always agree.
import "server-only";
import type { CurrentUser } from "@/lib/auth/identity";
import { can } from "@/lib/auth/permissions";
import { assertMayReadArticle } from "@/lib/access";
import { db, Prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";
import { listActiveReviewers } from "@/lib/users/data";
import { ACTIVE_ASSIGNMENT_STATES, CLAIM_STATUSES, isVerdict, type ClaimStatus } from "@/lib/workflow/states";
import { flaggedSourcesOfArticle } from "@/lib/sources/data";
import type { ClaimTableFilters } from "./schema";

export interface DashboardClaim {
  id: string;
  ordinal: number;
  number: number;
  claimant: string | null;
  text: string;
  start: number;
  end: number;
  status: ClaimStatus;
  currentSources: number;
  /** The open assignment's reviewer; `active` false when their account was deactivated. */
  assignee: { id: string; name: string; active: boolean } | null;
  dueAt: Date | null;
  overdue: boolean;
}

export interface WorkloadRow {
  reviewerId: string;
  name: string;
  /** False for a deactivated account still holding open assignments (reassign them). */
  active: boolean;
  open: number;
  overdue: number;
  done: number;
}

export interface ActivityEvent {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  createdAt: Date;
  actorId: string | null;
  actorName: string | null;
  before: unknown;
  after: unknown;
}

export function filterClaims(claims: DashboardClaim[], filters: ClaimTableFilters): DashboardClaim[] {
  return claims.filter(
    (claim) =>
      (!filters.status || claim.status === filters.status) &&
      (!filters.assignee || (filters.assignee === "none" ? claim.assignee === null : claim.assignee?.id === filters.assignee)) &&
      (filters.evidence === undefined || claim.currentSources > 0 === filters.evidence) &&
      (filters.overdue === undefined || claim.overdue === filters.overdue),
  );
}

/** The article's latest audit events: about it, or its claims, sources, assignments and comments. */
export function recentActivity(articleId: string, limit = 25) {
  return db.$queryRaw<ActivityEvent[]>`
    SELECT e.id, e.action, e."entityType", e."entityId", e."createdAt", e."actorId", u.name AS "actorName", e.before, e.after
    FROM "AuditEvent" e LEFT JOIN "User" u ON u.id = e."actorId"
    WHERE e."articleId" = ${articleId}
    ORDER BY e."createdAt" DESC, e.id DESC
    LIMIT ${limit}`;
}

/** A row of dashboardClaims: the claim's own columns, and its open assignment's reviewer flattened. */
interface ClaimRow extends Omit<DashboardClaim, "assignee" | "overdue"> {
  reviewerId: string | null;
  reviewerName: string | null;
  reviewerActive: boolean | null;
}

/** The live claims with their current-source count and open assignment: one index probe per claim, no table-wide aggregate. */
function dashboardClaims(articleId: string) {
  return db.$queryRaw<ClaimRow[]>`
    SELECT c.id, c.ordinal, c.number, c.claimant, c.statement AS text, c.start, c."end", c.status,
      (SELECT count(*)::int FROM "Evidence" x WHERE x."claimId" = c.id AND x."removedAt" IS NULL) AS "currentSources",
      o."dueAt", u.id AS "reviewerId", u.name AS "reviewerName", u.active AS "reviewerActive"
    FROM "Claim" c
    LEFT JOIN LATERAL (
      SELECT r."dueAt", r."reviewerId" FROM "Assignment" r
      WHERE r."claimId" = c.id AND r.state = 'OPEN' ORDER BY r."createdAt" DESC LIMIT 1
    ) o ON true
    LEFT JOIN "User" u ON u.id = o."reviewerId"
    WHERE c."articleId" = ${articleId} AND c."deletedAt" IS NULL
    ORDER BY c.ordinal, c.id`;
}

/** Each reviewer's open, overdue and done assignments on the article's live claims. */
function workloadOf(articleId: string, now: Date) {
  const active = Prisma.join(ACTIVE_ASSIGNMENT_STATES.map((state) => Prisma.sql`${state}::"AssignmentState"`));
  return db.$queryRaw<WorkloadRow[]>`
    SELECT u.id AS "reviewerId", u.name, u.active,
      count(*) FILTER (WHERE r.state = 'OPEN')::int AS open,
      count(*) FILTER (WHERE r.state = 'OPEN' AND r."dueAt" < ${now})::int AS overdue,
      count(*) FILTER (WHERE r.state <> 'OPEN')::int AS done
    FROM "Claim" c JOIN "Assignment" r ON r."claimId" = c.id JOIN "User" u ON u.id = r."reviewerId"
    WHERE c."articleId" = ${articleId} AND c."deletedAt" IS NULL AND r.state IN (${active})
    GROUP BY u.id, u.name, u.active`;
}

/** Everything the dashboard shows, if the user may read the article (reviewers: only theirs). */
export async function getArticleDashboard(user: CurrentUser, articleId: string, filters: ClaimTableFilters, now = new Date()) {
  articleId = assertId(articleId, "article");
  // The access check beside the article's read: a missing article is NOT_FOUND either way, and
  // nothing read is returned unless the check passes.
  const [article] = await Promise.all([
    db.article.findUnique({
      where: { id: articleId },
      select: {
        id: true,
        title: true,
        publisher: true,
        url: true,
        publishedAt: true,
        createdAt: true,
        body: true,
        language: true,
        finalizedAt: true,
        finalizedBy: { select: { name: true } },
      },
    }),
    assertMayReadArticle(db, user, articleId),
  ]);
  if (!article) throw notFound("The article");

  const [rows, workloadRows, activity, finalizations, reviewers, flaggedSources] = await Promise.all([
    dashboardClaims(articleId),
    workloadOf(articleId, now),
    recentActivity(articleId),
    db.auditEvent.findMany({
      where: { entityType: "Article", entityId: articleId, action: { in: ["article.finalized", "article.reopened"] } },
      orderBy: { createdAt: "desc" },
      select: { id: true, action: true, createdAt: true, after: true, actor: { select: { name: true } } },
    }),
    can(user, "claim.assign") ? listActiveReviewers() : Promise.resolve([]),
    flaggedSourcesOfArticle(articleId),
  ]);

  const claims: DashboardClaim[] = rows.map(({ reviewerId, reviewerName, reviewerActive, ...claim }) => ({
    ...claim,
    assignee: reviewerId ? { id: reviewerId, name: reviewerName ?? "", active: reviewerActive === true } : null,
    overdue: Boolean(claim.dueAt && claim.dueAt < now),
  }));

  const statusCounts = Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as Record<ClaimStatus, number>;
  for (const claim of claims) statusCounts[claim.status]++;

  const workload = new Map(workloadRows.map((row) => [row.reviewerId, row]));

  // Open assignments on live claims, whoever holds them (every assignment names a user).
  const openAssignments = [...workload.values()].reduce((sum, row) => sum + row.open, 0);

  const assignees = new Map<string, string>();
  for (const row of workload.values()) assignees.set(row.reviewerId, row.name);

  return {
    article,
    claims,
    filteredClaims: filterClaims(claims, filters),
    statusCounts,
    withVerdict: claims.filter((claim) => isVerdict(claim.status)).length,
    /** Open assignments held by deactivated accounts: nobody will work on them until reassigned. */
    heldByDeactivated: [...workload.values()].filter((row) => !row.active).reduce((sum, row) => sum + row.open, 0),
    openAssignments,
    overdueAssignments: [...workload.values()].reduce((sum, row) => sum + row.overdue, 0),
    workload: [...workload.values()].sort((a, b) => a.name.localeCompare(b.name)),
    assignees: [...assignees].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
    reviewers: reviewers.map((reviewer) => ({ id: reviewer.id, name: reviewer.name, email: reviewer.email })),
    activity,
    finalizations,
    /** Sources whose last check found them changed since cited, gone or unreachable. */
    flaggedSources,
    permissions: {
      assign: can(user, "claim.assign"),
      finalize: can(user, "article.finalize"),
      export: can(user, "report.export"),
    },
    /**
     * What finalizing would leave unfinished (lib/articles/finalize.ts counts the same from the
     * same tables), for an editor on an open article; null otherwise.
     */
    finalizePreview:
      can(user, "article.finalize") && !article.finalizedAt
        ? { claims: claims.length, pending: statusCounts.PENDING, openAssignments }
        : null,
  };
}

export type ArticleDashboard = Awaited<ReturnType<typeof getArticleDashboard>>;
