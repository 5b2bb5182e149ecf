"use server";
import { revalidatePath } from "next/cache";
import { guardedAction, runAction } from "@/lib/http/action";
import { requirePermission } from "@/lib/http/session";
import { createRatingLabel, deleteRatingLabel, reorderRatingLabels, updateRatingLabel } from "@/lib/rating-scale/mutations";

const PAGE = "/admin/rating-scale";

export const createRatingLabelAction = guardedAction(async function createRatingLabelAction(input: unknown) {
  const actor = await requirePermission("ratingScale.manage");
  return runAction(async () => {
    const label = await createRatingLabel(actor, input);
    revalidatePath(PAGE);
    return { id: label.id };
  });
});

export const updateRatingLabelAction = guardedAction(async function updateRatingLabelAction(id: string, input: unknown) {
  const actor = await requirePermission("ratingScale.manage");
  return runAction(async () => {
    const label = await updateRatingLabel(actor, id, input);
    revalidatePath(PAGE);
    return { id: label.id, retired: label.retiredAt !== null };
  });
});

export const deleteRatingLabelAction = guardedAction(async function deleteRatingLabelAction(id: string) {
  const actor = await requirePermission("ratingScale.manage");
  return runAction(async () => {
    await deleteRatingLabel(actor, id);
    revalidatePath(PAGE);
  });
});

export const reorderRatingLabelsAction = guardedAction(async function reorderRatingLabelsAction(ids: string[]) {
  const actor = await requirePermission("ratingScale.manage");
  return runAction(async () => {
    await reorderRatingLabels(actor, { ids });
    revalidatePath(PAGE);
  });
});
