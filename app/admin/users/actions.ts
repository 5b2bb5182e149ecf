"use server";
import { revalidatePath } from "next/cache";
import { guardedAction, runAction } from "@/lib/http/action";
import { requirePermission } from "@/lib/http/session";
import { deactivateUser, reassignOpenWorkOf } from "@/lib/users/deactivation";
import { createUser, updateUser } from "@/lib/users/mutations";

export const createUserAction = guardedAction(async function createUserAction(input: unknown) {
  const actor = await requirePermission("user.manage");
  return runAction(async () => {
    const user = await createUser(actor, input);
    revalidatePath("/admin/users");
    return { id: user.id, email: user.email };
  });
});

export const updateUserAction = guardedAction(async function updateUserAction(userId: string, input: unknown) {
  const actor = await requirePermission("user.manage");
  return runAction(async () => {
    await updateUser(actor, userId, input);
    revalidatePath("/admin/users");
  });
});

/** Deactivates a user and, in the same action, moves (or leaves) their open assignments. */
export const deactivateUserAction = guardedAction(async function deactivateUserAction(userId: string, input: unknown) {
  const actor = await requirePermission("user.manage");
  return runAction(async () => {
    const outcome = await deactivateUser(actor, userId, input);
    revalidatePath("/admin/users");
    return outcome;
  });
});

/** Moves the open assignments a deactivated user still holds. */
export const reassignOpenWorkAction = guardedAction(async function reassignOpenWorkAction(
  userId: string,
  input: unknown,
) {
  const actor = await requirePermission("user.manage");
  return runAction(async () => {
    const outcome = await reassignOpenWorkOf(actor, userId, input);
    revalidatePath("/admin/users");
    return outcome;
  });
});
