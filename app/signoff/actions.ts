"use server";
import { revalidatePath } from "next/cache";
import { guardedAction, runAction } from "@/lib/http/action";
import { requirePermission } from "@/lib/http/session";
import { approveClaim, sendBackClaim } from "@/lib/signoff/mutations";

export const approveClaimAction = guardedAction(async function approveClaimAction(claimId: string) {
  const user = await requirePermission("claim.signoff");
  return runAction(async () => {
    const { claim } = await approveClaim(user, claimId, {});
    revalidatePath("/signoff");
    return { number: claim.number };
  });
});

export const sendBackClaimAction = guardedAction(async function sendBackClaimAction(claimId: string, input: unknown) {
  const user = await requirePermission("claim.signoff");
  return runAction(async () => {
    const { claim } = await sendBackClaim(user, claimId, input);
    revalidatePath("/signoff");
    return { number: claim.number };
  });
});
