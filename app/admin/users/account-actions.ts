"use server";
import { revalidatePath } from "next/cache";
import { requirePasswordChange } from "@/lib/accounts/password";
import { setTwoFactorRequiredForStaff } from "@/lib/accounts/settings";
import { guardedAction, runAction } from "@/lib/http/action";
import { requirePermission } from "@/lib/http/session";

export const requirePasswordChangeAction = guardedAction(async function requirePasswordChangeAction(userId: string) {
  const actor = await requirePermission("user.manage");
  return runAction(async () => {
    const result = await requirePasswordChange(actor, userId);
    revalidatePath("/admin/users");
    return result;
  });
});

export const setTwoFactorPolicyAction = guardedAction(async function setTwoFactorPolicyAction(input: unknown) {
  const actor = await requirePermission("user.manage");
  return runAction(async () => {
    const requiredForStaff = await setTwoFactorRequiredForStaff(actor, input);
    revalidatePath("/admin/users");
    return { requiredForStaff };
  });
});
