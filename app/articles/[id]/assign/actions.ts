"use server";
import { revalidatePath } from "next/cache";
import { assignClaims, autoAssign, unassign } from "@/lib/assignments/mutations";
import type { AssignClaimsInput, AutoAssignInput } from "@/lib/assignments/schema";
import { runAction } from "@/lib/http/action";
import { requirePermission } from "@/lib/http/session";

export async function assignClaimsAction(articleId: string, input: AssignClaimsInput) {
  const actor = await requirePermission("claim.assign");
  return runAction(async () => {
    const { assignments } = await assignClaims(actor, {
      claimIds: input.claimIds,
      reviewerId: input.reviewerId,
      reviewerEmail: input.reviewerEmail,
      dueAt: input.dueAt,
      note: input.note,
    });
    revalidatePath(`/articles/${articleId}/assign`);
    return { count: assignments.length };
  });
}

export async function unassignAction(articleId: string, assignmentId: string) {
  const actor = await requirePermission("claim.assign");
  return runAction(async () => {
    await unassign(actor, assignmentId);
    revalidatePath(`/articles/${articleId}/assign`);
  });
}

export async function autoAssignAction(input: AutoAssignInput) {
  const actor = await requirePermission("claim.assign");
  return runAction(async () => {
    const result = await autoAssign(actor, input);
    revalidatePath(`/articles/${input.articleId}/assign`);
    return { count: result.assignments.length };
  });
}
