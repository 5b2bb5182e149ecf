import { db } from "@/lib/db/client";
import { prismaPageArgs, toPage, type PageQuery } from "@/lib/pagination";

export const publicUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  createdAt: true,
  deactivatedAt: true,
} as const;

const userOrder = [{ active: "desc" }, { name: "asc" }, { id: "asc" }] as const;

export function listUsers() {
  return db.user.findMany({ select: publicUserSelect, orderBy: [...userOrder] });
}

/** One page of users in the admin page's order (active first, then by name). */
export async function listUsersPage(query: PageQuery) {
  return toPage(
    await db.user.findMany({ select: publicUserSelect, orderBy: [...userOrder], ...prismaPageArgs(query) }),
    query,
  );
}

export function findUserById(id: string) {
  return db.user.findUnique({ where: { id }, select: publicUserSelect });
}

export function listActiveReviewers() {
  return db.user.findMany({
    where: { active: true, role: "REVIEWER" },
    select: publicUserSelect,
    orderBy: { name: "asc" },
  });
}

const actorSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  timeZone: true,
  locale: true,
} as const;

export function findActiveUserByEmail(email: string) {
  return db.user.findFirst({ where: { email: email.trim().toLowerCase(), active: true }, select: actorSelect });
}

export function findFirstAdmin() {
  return db.user.findFirst({
    where: { role: "ADMIN", active: true },
    orderBy: { createdAt: "asc" },
    select: actorSelect,
  });
}

/** How many open assignments (on live claims) each person holds; people with none are absent. */
export async function openAssignmentCountsByUser(): Promise<Map<string, number>> {
  const rows = await db.assignment.groupBy({
    by: ["reviewerId"],
    where: { state: "OPEN", claim: { deletedAt: null } },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.reviewerId, row._count._all]));
}

export function countOpenAssignmentsOf(userId: string) {
  return db.assignment.count({ where: { reviewerId: userId, state: "OPEN", claim: { deletedAt: null } } });
}

/**
 * Whether the user has done anything recorded in the audit log (imported, assigned, cited a
 * source, set a verdict…): a newcomer sees where to start until then. One probe of the
 * (actorId, createdAt) index.
 */
export async function hasRecordedAction(userId: string): Promise<boolean> {
  const event = await db.auditEvent.findFirst({ where: { actorId: userId }, select: { id: true } });
  return event !== null;
}
