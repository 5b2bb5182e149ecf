"use server";
// Revision actions of the article page: import a new version, settle a claim's anchor. Each asks
// for its permission here and again in lib/.
import { revalidatePath } from "next/cache";
import { guardedAction, runAction } from "@/lib/http/action";
import { requirePermission } from "@/lib/http/session";
import { importRevision, resolveAnchor } from "@/lib/revisions/mutations";

export const importRevisionAction = guardedAction(async function importRevisionAction(articleId: string, input: unknown) {
  const actor = await requirePermission("article.import");
  return runAction(async () => {
    const { revision, counts } = await importRevision(actor, articleId, input);
    revalidatePath("/articles/[id]", "layout");
    return { revision: revision.number, counts };
  });
});

export const resolveAnchorAction = guardedAction(async function resolveAnchorAction(claimId: string, input: unknown) {
  const actor = await requirePermission("claim.curate");
  return runAction(async () => {
    const result = await resolveAnchor(actor, claimId, input);
    revalidatePath("/articles/[id]", "layout");
    return result;
  });
});
