"use server";
import { markMentionsRead } from "@/lib/comments/mutations";
import { guardedAction, runAction } from "@/lib/http/action";
import { requirePermission } from "@/lib/http/session";

/**
 * The mentions page calls this once it is shown in the browser: a GET (or a prefetch of it)
 * must not change anything. Only the caller's own mentions are touched.
 */
export const markMentionsReadAction = guardedAction(async function markMentionsReadAction(mentionIds: unknown) {
  const user = await requirePermission("mention.read");
  return runAction(async () => {
    await markMentionsRead(user.id, mentionIds);
  });
});
