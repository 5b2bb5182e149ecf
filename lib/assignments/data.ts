import "server-only";
import { assertCan } from "@/lib/access";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { assertId } from "@/lib/schemas";

/** A person's open assignments (for the deactivation dialog: what needs another reviewer). */
export async function listOpenAssignmentsOf(actor: Actor, userId: unknown) {
  assertCan(actor, "claim.assign");
  return db.assignment.findMany({
    where: { reviewerId: assertId(userId, "userId"), state: "OPEN", claim: { deletedAt: null } },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    select: {
      id: true,
      dueAt: true,
      claim: {
        select: { id: true, number: true, text: true, article: { select: { id: true, title: true, language: true } } },
      },
    },
  });
}
