"use server";
import { guardedAction, runAction } from "@/lib/http/action";
import { requireUser } from "@/lib/http/session";
import { setNotificationPreferences } from "@/lib/notifications/mutations";

export const setNotificationPreferencesAction = guardedAction(async function setNotificationPreferencesAction(
  input: unknown,
) {
  const user = await requireUser();
  return runAction(() => setNotificationPreferences(user.id, input));
});
