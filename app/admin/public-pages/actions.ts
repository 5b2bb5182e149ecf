"use server";
import { revalidatePath } from "next/cache";
import { guardedAction, runAction } from "@/lib/http/action";
import { requirePermission } from "@/lib/http/session";
import { setPublicPages } from "@/lib/publishing/settings";

export const setPublicPagesAction = guardedAction(async function setPublicPagesAction(enabled: boolean) {
  const user = await requirePermission("publicPage.manage");
  return runAction(async () => {
    const result = await setPublicPages(user, { enabled });
    revalidatePath("/admin/public-pages");
    return result;
  });
});
