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
import type { ClaimTableFilters } from "./schema";
import { articleEventFilter } from "./sql";

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

export function recentActivity(articleId: string, limit = 25) {
  return db.$queryRaw<ActivityEvent[]>`
    SELECT e.id, e.action, e."entityType", e."entityId", e."createdAt", e."actorId", u.name AS "actorName", e.before, e.after
    FROM "AuditEvent" e LEFT JOIN "User" u ON u.id = e."actorId"
    WHERE ${articleEventFilter(Prisma.sql`${articleId}`)}
    ORDER BY e."createdAt" DESC, e.id DESC
    LIMIT ${limit}`;
}

/** Everything the dashboard shows, if the user may read the article (reviewers: only theirs). */
export async function getArticleDashboard(user: CurrentUser, articleId: string, filters: ClaimTableFilters, now = new Date()) {
  articleId = assertId(articleId, "article");
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      publisher: true,
      url: true,
      publishedAt: true,
      createdAt: true,
      body: true,
      finalizedAt: true,
      finalizedBy: { select: { name: true } },
    },
  });
  if (!article) throw notFound("The article");
  await assertMayReadArticle(db, user, articleId);

  const [rows, assignments, activity, finalizations, reviewers] = await Promise.all([
    db.claim.findMany({
      where: { articleId, deletedAt: null },
      orderBy: [{ ordinal: "asc" }, { id: "asc" }],
      select: {
        id: true,
        ordinal: true,
        number: true,
        claimant: true,
        text: true,
        start: true,
        end: true,
        status: true,
        _count: { select: { evidence: { where: { removedAt: null } } } },
        assignments: {
          where: { state: "OPEN" },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { dueAt: true, reviewer: { select: { id: true, name: true, active: true } } },
        },
      },
    }),
    db.assignment.findMany({
      where: { claim: { articleId, deletedAt: null }, state: { in: [...ACTIVE_ASSIGNMENT_STATES] } },
      select: { state: true, dueAt: true, reviewer: { select: { id: true, name: true, active: true } } },
    }),
    recentActivity(articleId),
    db.auditEvent.findMany({
      where: { entityType: "Article", entityId: articleId, action: { in: ["article.finalized", "article.reopened"] } },
      orderBy: { createdAt: "desc" },
      select: { id: true, action: true, createdAt: true, after: true, actor: { select: { name: true } } },
    }),
    can(user, "claim.assign") ? listActiveReviewers() : Promise.resolve([]),
  ]);

  const claims: DashboardClaim[] = rows.map((claim) => {
    const open = claim.assignments[0];
    return {
      id: claim.id,
      ordinal: claim.ordinal,
      number: claim.number,
      claimant: claim.claimant,
      text: claim.text,
      start: claim.start,
      end: claim.end,
      status: claim.status,
      currentSources: claim._count.evidence,
      assignee: open ? open.reviewer : null,
      dueAt: open?.dueAt ?? null,
      overdue: Boolean(open?.dueAt && open.dueAt < now),
    };
  });

  const statusCounts = Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as Record<ClaimStatus, number>;
  for (const claim of claims) statusCounts[claim.status]++;

  const workload = new Map<string, WorkloadRow>();
  for (const assignment of assignments) {
    const row = workload.get(assignment.reviewer.id) ?? { reviewerId: assignment.reviewer.id, name: assignment.reviewer.name, active: assignment.reviewer.active, open: 0, overdue: 0, done: 0 };
    if (assignment.state === "OPEN") {
      row.open++;
      if (assignment.dueAt && assignment.dueAt < now) row.overdue++;
    } else row.done++;
    workload.set(row.reviewerId, row);
  }

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
    openAssignments: [...workload.values()].reduce((sum, row) => sum + row.open, 0),
    overdueAssignments: [...workload.values()].reduce((sum, row) => sum + row.overdue, 0),
    workload: [...workload.values()].sort((a, b) => a.name.localeCompare(b.name)),
    assignees: [...assignees].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
    reviewers: reviewers.map((reviewer) => ({ id: reviewer.id, name: reviewer.name, email: reviewer.email })),
    activity,
    finalizations,
    permissions: {
      assign: can(user, "claim.assign"),
      finalize: can(user, "article.finalize"),
      export: can(user, "report.export"),
    },
  };
}

export type ArticleDashboard = Awaited<ReturnType<typeof getArticleDashboard>>;
