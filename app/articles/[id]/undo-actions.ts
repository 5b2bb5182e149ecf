"use server";
// Undo of a split, merge or delete from the article page: "claim.curate" here and again in lib/.
import { revalidatePath } from "next/cache";
import { undoCuration } from "@/lib/claims/undo";
import { guardedAction, runAction } from "@/lib/http/action";
import { requirePermission } from "@/lib/http/session";

export const undoCurationAction = guardedAction(async function undoCurationAction(token: string) {
  const actor = await requirePermission("claim.curate");
  return runAction(async () => {
    const result = await undoCuration(actor, token);
    revalidatePath("/articles/[id]", "page");
    return result;
  });
});
