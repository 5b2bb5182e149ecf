// The one way to ask for similar-claim checks: call it after the transaction that created or
// reworded claims has committed (import, an added claim, an edited statement, a revision). The
// check runs on the background job queue (lib/jobs, kind "similar_check"), so it never lengthens
// or endangers the write that asked for it; a queue that cannot be reached is logged and the
// change still stands (suggestions are an aid, not a record).
import "server-only";
import { enqueue } from "@/lib/jobs/enqueue";

/** Claims per job: an import of 300 claims becomes a few jobs that workers can share. */
const BATCH = 100;

export async function scheduleSimilarityCheck(claimIds: string[]): Promise<void> {
  const ids = [...new Set(claimIds)];
  for (let i = 0; i < ids.length; i += BATCH) {
    await enqueue("similar_check", { claimIds: ids.slice(i, i + BATCH) }, { optional: true });
  }
}
