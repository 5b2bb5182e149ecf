"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { changeOwnPassword } from "@/lib/accounts/password";
import { endOtherSessions } from "@/lib/accounts/sessions";
import { confirmTwoFactorEnrolment, disableTwoFactor, startTwoFactorEnrolment } from "@/lib/accounts/two-factor";
import { guardedAction, runAction } from "@/lib/http/action";
import { getCurrentSessionToken, requireUser } from "@/lib/http/session";

const clientAddress = async () => clientAddressFrom(Object.fromEntries((await headers()).entries()));

// Each action allows a pending account step: these are the very forms that complete one.

export const changePasswordAction = guardedAction(async function changePasswordAction(input: unknown) {
  const user = await requireUser({ allowAccountStep: true });
  return runAction(async () => {
    const result = await changeOwnPassword(user, input, {
      currentSessionToken: await getCurrentSessionToken(),
      clientAddress: await clientAddress(),
    });
    revalidatePath("/settings/account");
    return result;
  });
});

export const startTwoFactorAction = guardedAction(async function startTwoFactorAction() {
  const user = await requireUser({ allowAccountStep: true });
  return runAction(async () => {
    const { secret, qrSvg } = await startTwoFactorEnrolment(user);
    return { secret, qrSvg };
  });
});

export const confirmTwoFactorAction = guardedAction(async function confirmTwoFactorAction(input: unknown) {
  const user = await requireUser({ allowAccountStep: true });
  return runAction(() => confirmTwoFactorEnrolment(user, input));
});

export const disableTwoFactorAction = guardedAction(async function disableTwoFactorAction(input: unknown) {
  const user = await requireUser({ allowAccountStep: true });
  return runAction(async () => {
    await disableTwoFactor(user, input, await clientAddress());
    revalidatePath("/settings/account");
  });
});

export const endOtherSessionsAction = guardedAction(async function endOtherSessionsAction() {
  const user = await requireUser({ allowAccountStep: true });
  return runAction(async () => {
    const result = await endOtherSessions(user, await getCurrentSessionToken());
    revalidatePath("/settings/account");
    return result;
  });
});
