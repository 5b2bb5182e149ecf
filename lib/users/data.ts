import { db } from "@/lib/db/client";

export const publicUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  createdAt: true,
  deactivatedAt: true,
} as const;

export function listUsers() {
  return db.user.findMany({ select: publicUserSelect, orderBy: [{ active: "desc" }, { name: "asc" }] });
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

const actorSelect = { id: true, email: true, name: true, role: true, active: true, timeZone: true } as const;

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
