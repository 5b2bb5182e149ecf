"use server";
import { revalidatePath } from "next/cache";
import { assignClaims, autoAssign, unassign } from "@/lib/assignments/mutations";
import { guardedAction, runAction } from "@/lib/http/action";
import { requirePermission } from "@/lib/http/session";
import { assertId } from "@/lib/schemas";

// Inputs are whatever the client sent: lib/ parses them (AssignClaimsInput, AutoAssignInput), so
// a malformed one comes back with per-field messages.

export const assignClaimsAction = guardedAction(async function assignClaimsAction(articleId: string, input: unknown) {
  const actor = await requirePermission("claim.assign");
  return runAction(async () => {
    const page = `/articles/${assertId(articleId, "articleId")}/assign`;
    const { assignments } = await assignClaims(actor, input);
    revalidatePath(page);
    return { count: assignments.length };
  });
});

export const unassignAction = guardedAction(async function unassignAction(articleId: string, assignmentId: string) {
  const actor = await requirePermission("claim.assign");
  return runAction(async () => {
    const page = `/articles/${assertId(articleId, "articleId")}/assign`;
    await unassign(actor, assignmentId);
    revalidatePath(page);
  });
});

export const autoAssignAction = guardedAction(async function autoAssignAction(input: unknown) {
  const actor = await requirePermission("claim.assign");
  return runAction(async () => {
    const result = await autoAssign(actor, input);
    revalidatePath(`/articles/${result.articleId}/assign`);
    return { count: result.assignments.length };
  });
});
