"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  finalizeArticle,
  finalizeConfirmation,
  reopenArticle,
  type FinalizeInput,
  type FinalizePreview,
} from "@/lib/articles/finalize";
import { assignClaims, setDueDate } from "@/lib/assignments/mutations";
import type { AssignClaimsInput } from "@/lib/assignments/schema";
import { isAppError } from "@/lib/errors";
import { type ActionResult, guardedAction, runAction } from "@/lib/http/action";
import { requirePermission } from "@/lib/http/session";

const dashboardPath = (articleId: string) => `/articles/${articleId}/dashboard`;

export const bulkAssignAction = guardedAction(async function bulkAssignAction(
  articleId: string,
  input: AssignClaimsInput,
) {
  const actor = await requirePermission("claim.assign");
  return runAction(async () => {
    const { assignments } = await assignClaims(actor, input);
    revalidatePath(dashboardPath(articleId));
    return { count: assignments.length };
  });
});

// The input is whatever the client sent ({ claimIds, dueAt }; no dueAt clears the date): lib/
// parses it, so a missing or malformed one comes back with field messages.
export const bulkSetDueDateAction = guardedAction(async function bulkSetDueDateAction(
  articleId: string,
  input: unknown,
) {
  const actor = await requirePermission("claim.assign");
  return runAction(async () => {
    const result = await setDueDate(actor, input);
    revalidatePath(dashboardPath(articleId));
    return result;
  });
});

/** A refused finalize that names what is unfinished now, so the editor confirms the real counts. */
export type FinalizeActionResult =
  | ActionResult<{ cancelledAssignments: number }>
  | { ok: false; message: string; preview: FinalizePreview; confirmation: string };

// An AppError's details are untyped: read the preview a refused finalize carries with a schema.
const count = z.number().int().nonnegative();
const previewSchema = z.object({
  claims: count,
  pending: count,
  openAssignments: count,
}) satisfies z.ZodType<FinalizePreview>;

/** Finalizes with the counts of unfinished work the editor confirmed (lib/ checks them again). */
export const finalizeAction = guardedAction(async function finalizeAction(
  articleId: string,
  input: FinalizeInput,
): Promise<FinalizeActionResult> {
  const actor = await requirePermission("article.finalize");
  try {
    const { cancelledAssignments } = await finalizeArticle(actor, articleId, input);
    revalidatePath(dashboardPath(articleId));
    return { ok: true, data: { cancelledAssignments } };
  } catch (error) {
    const preview = isAppError(error) ? (previewSchema.safeParse(error.details.preview).data ?? null) : null;
    if (isAppError(error) && preview) {
      // The counts changed since the page was drawn: show the new ones with the new question.
      revalidatePath(dashboardPath(articleId));
      return { ok: false, message: error.message, preview, confirmation: finalizeConfirmation(preview) };
    }
    return runAction<{ cancelledAssignments: number }>(() => Promise.reject(error));
  }
});

export const reopenAction = guardedAction(async function reopenAction(articleId: string) {
  const actor = await requirePermission("article.finalize");
  return runAction(async () => {
    const { restoredAssignments } = await reopenArticle(actor, articleId);
    revalidatePath(dashboardPath(articleId));
    return { restoredAssignments };
  });
});
