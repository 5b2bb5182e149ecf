"use server";
import { revalidatePath } from "next/cache";
import { guardedAction, runAction } from "@/lib/http/action";
import { requirePermission } from "@/lib/http/session";
import { saveQueueView } from "@/lib/review/queue";

/** Remembers how the reader sorts and filters My queue (on their user row: every session and device). */
export const saveQueueViewAction = guardedAction(async function saveQueueViewAction(input: unknown) {
  const user = await requirePermission("queue.view");
  return runAction(async () => {
    const view = await saveQueueView(user, input);
    revalidatePath("/queue");
    return view;
  });
});
