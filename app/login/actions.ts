"use server";
import { headers } from "next/headers";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { completePasswordReset, requestPasswordReset } from "@/lib/accounts/password-reset";
import { guardedAction, runAction } from "@/lib/http/action";

// Signed-out actions: whoever asks gets the same answer (password-reset.ts decides what happens).

export const requestResetAction = guardedAction(async function requestResetAction(input: unknown) {
  const address = clientAddressFrom(Object.fromEntries((await headers()).entries()));
  return runAction(() => requestPasswordReset(input, address));
});

export const completeResetAction = guardedAction(async function completeResetAction(input: unknown) {
  return runAction(async () => {
    await completePasswordReset(input);
  });
});
