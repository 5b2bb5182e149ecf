// Re-checking sources: one snapshot job per live source (or per live source of one article); the
// singleton key keeps a source from being queued twice while a check of it is still waiting. Or,
// for the CLI, all of them now in this process.
import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/enqueue";
import { unreadAttachmentIds } from "./file-text-job";
import { takeSnapshot } from "./snapshot";

export async function liveSourceIds(articleId: string | null): Promise<string[]> {
  const rows = await db.evidence.findMany({
    where: { removedAt: null, claim: { deletedAt: null, ...(articleId ? { articleId } : {}) } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => row.id);
}

/**
 * Queues a snapshot of each live source, and a reading of each attached document whose text was
 * never read (its job could not be queued when it was attached); returns the ids of the jobs queued.
 */
export async function queueSnapshots({ articleId }: { articleId: string | null }): Promise<string[]> {
  const jobIds: string[] = [];
  for (const evidenceId of await liveSourceIds(articleId)) {
    const id = await enqueue("source_snapshot", { evidenceId }, { singletonKey: evidenceId });
    if (id) jobIds.push(id);
  }
  for (const snapshotId of await unreadAttachmentIds(articleId)) {
    const id = await enqueue("snapshot_file_text", { snapshotId }, { singletonKey: snapshotId });
    if (id) jobIds.push(id);
  }
  return jobIds;
}

export interface RecheckCounts {
  total: number;
  byState: Partial<Record<string, number>>;
}

/**
 * Re-checks sources in this process now, a few at a time, and returns when all are done (the
 * CLI's `sources recheck`): no worker needs to be running.
 */
export async function recheckNow(
  { articleId, concurrency = 4 }: { articleId: string | null; concurrency?: number },
  progress?: (done: number, total: number) => void,
): Promise<RecheckCounts> {
  if (articleId && !(await db.article.findUnique({ where: { id: articleId }, select: { id: true } }))) {
    throw notFound("The article");
  }
  const ids = await liveSourceIds(articleId);
  const counts: RecheckCounts = { total: ids.length, byState: {} };
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < ids.length) {
      const { outcome } = await takeSnapshot(ids[next++]!, null);
      counts.byState[outcome] = (counts.byState[outcome] ?? 0) + 1;
      progress?.(++done, ids.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, lane));
  return counts;
}
