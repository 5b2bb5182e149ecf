"use server";
import { revalidatePath } from "next/cache";
import { finalizeArticle, reopenArticle } from "@/lib/articles/finalize";
import { assignClaims, setDueDate } from "@/lib/assignments/mutations";
import type { AssignClaimsInput, SetDueDateInput } from "@/lib/assignments/schema";
import { runAction } from "@/lib/http/action";
import { requirePermission } from "@/lib/http/session";

const dashboardPath = (articleId: string) => `/articles/${articleId}/dashboard`;

export async function bulkAssignAction(articleId: string, input: AssignClaimsInput) {
  const actor = await requirePermission("claim.assign");
  return runAction(async () => {
    const { assignments } = await assignClaims(actor, input);
    revalidatePath(dashboardPath(articleId));
    return { count: assignments.length };
  });
}

export async function bulkSetDueDateAction(articleId: string, input: SetDueDateInput) {
  const actor = await requirePermission("claim.assign");
  return runAction(async () => {
    const result = await setDueDate(actor, { claimIds: input.claimIds, dueAt: input.dueAt ?? null });
    revalidatePath(dashboardPath(articleId));
    return result;
  });
}

export async function finalizeAction(articleId: string) {
  const actor = await requirePermission("article.finalize");
  return runAction(async () => {
    await finalizeArticle(actor, articleId);
    revalidatePath(dashboardPath(articleId));
  });
}

export async function reopenAction(articleId: string) {
  const actor = await requirePermission("article.finalize");
  return runAction(async () => {
    await reopenArticle(actor, articleId);
    revalidatePath(dashboardPath(articleId));
  });
}
