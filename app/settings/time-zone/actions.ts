"use server";
import { revalidatePath } from "next/cache";
import { guardedAction, runAction } from "@/lib/http/action";
import { requireUser } from "@/lib/http/session";
import { setOwnTimeZone } from "@/lib/time/mutations";

export const setTimeZoneAction = guardedAction(async function setTimeZoneAction(input: unknown) {
  const user = await requireUser();
  return runAction(async () => {
    const saved = await setOwnTimeZone(user, input);
    // Every page writes times in it.
    revalidatePath("/", "layout");
    return saved;
  });
});
