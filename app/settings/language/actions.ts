"use server";
import { revalidatePath } from "next/cache";
import { guardedAction, runAction } from "@/lib/http/action";
import { requireUser } from "@/lib/http/session";
import { setOwnLocale } from "@/lib/i18n/mutations";

export const setLocaleAction = guardedAction(async function setLocaleAction(input: unknown) {
  const user = await requireUser();
  return runAction(async () => {
    const saved = await setOwnLocale(user, input);
    // Every page is written in it.
    revalidatePath("/", "layout");
    return saved;
  });
});
