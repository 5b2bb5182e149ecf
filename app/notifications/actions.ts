"use server";
import { revalidatePath } from "next/cache";
import { guardedAction, runAction } from "@/lib/http/action";
import { requireUser } from "@/lib/http/session";
import { markNotificationsRead } from "@/lib/notifications/mutations";

/** Marks the caller's own notifications read (`{ ids }` or `{ all: true }`); the header badge follows. */
export const markNotificationsReadAction = guardedAction(async function markNotificationsReadAction(input: unknown) {
  const user = await requireUser();
  return runAction(async () => {
    const result = await markNotificationsRead(user.id, input);
    revalidatePath("/", "layout");
    return result;
  });
});
