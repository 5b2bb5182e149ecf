"use server";
import { revalidatePath } from "next/cache";
import { guardedAction, runAction } from "@/lib/http/action";
import { requirePermission } from "@/lib/http/session";
import { retryFailedJob } from "@/lib/jobs/admin";

export const retryJobAction = guardedAction(async function retryJobAction(jobId: string) {
  const actor = await requirePermission("job.manage");
  return runAction(async () => {
    await retryFailedJob(actor, jobId);
    revalidatePath("/admin/jobs");
  });
});
