// A worker: takes jobs of every kind from the queue and runs their handlers. `npm start` runs one
// inside the app process (instrumentation.ts); `npx claimledger worker` runs one on its own.
import "server-only";
import type PgBoss from "pg-boss";
import { runArticleFetch } from "@/lib/articles/import-url";
import { checkSimilarity } from "@/lib/similar/check";
import { readSnapshotFileText } from "@/lib/sources/file-text-job";
import { queueSnapshots } from "@/lib/sources/recheck";
import { takeSnapshot } from "@/lib/sources/snapshot";
import { deliverMail } from "@/lib/mail/transport";
import { deliverWebhook } from "@/lib/webhooks/deliver";
import { sendDigests } from "@/lib/notifications/digest-job";
import { sendDueReminders } from "@/lib/notifications/reminders";
import { ensureQueue } from "./enqueue";
import {
  DEFAULT_DIGEST_CRON,
  DEFAULT_RECHECK_CRON,
  JOB_KINDS,
  NOTIFICATION_REMINDERS_CRON,
  type JobKind,
  type JobKinds,
} from "./kinds";
import { jobQueue, type QueueTuning } from "./queue";

/** A handler's result is kept as the job's output (pg-boss), for whoever waits on it (an import preview). */
type Handler<K extends JobKind> = (data: JobKinds[K], jobId: string) => Promise<object | null>;

const HANDLERS: { [K in JobKind]: Handler<K> } = {
  source_snapshot: ({ evidenceId }, jobId) => takeSnapshot(evidenceId, jobId),
  source_recheck: async ({ articleId }) => ({
    queued: (await queueSnapshots({ articleId: articleId ?? null })).length,
  }),
  snapshot_file_text: async ({ snapshotId }, jobId) => ({ result: await readSnapshotFileText(snapshotId, jobId) }),
  article_fetch: (data) => runArticleFetch(data),
  similar_check: ({ claimIds }) => checkSimilarity(claimIds),
  mail_send: (message) => deliverMail(message),
  notification_reminders: ({ at }) => sendDueReminders(at ? new Date(at) : new Date()),
  notification_digest: ({ at }) => sendDigests(at ? new Date(at) : new Date()),
  webhook_delivery: (data) => deliverWebhook(data),
};

export interface WorkerOptions extends QueueTuning {
  /** How often an idle worker looks for jobs (pg-boss polls; default 2 s). */
  pollingIntervalSeconds?: number;
  /** Jobs of one kind run at the same time in this process. */
  concurrency?: number;
}

/** Starts taking jobs; returns the queue (stop it with stopJobQueue). */
export async function startWorker(options: WorkerOptions = {}): Promise<PgBoss> {
  const boss = await jobQueue(options);
  for (const kind of JOB_KINDS) {
    await ensureQueue(boss, kind);
    const handler = HANDLERS[kind] as Handler<JobKind>;
    for (let i = 0; i < (options.concurrency ?? 2); i++) {
      await boss.work<JobKinds[JobKind]>(
        kind,
        { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
        async ([job]) => (job ? handler(job.data, job.id) : null),
      );
    }
  }
  // The daily re-check: one schedule per database, kept by whichever workers run.
  await boss.schedule(
    "source_recheck",
    process.env.CLAIMLEDGER_RECHECK_CRON || DEFAULT_RECHECK_CRON,
    { articleId: null },
    { singletonKey: "all" },
  );
  // Notifications: due reminders hourly, the digest daily (docs/notifications.md).
  await boss.schedule("notification_reminders", NOTIFICATION_REMINDERS_CRON, { at: null }, { singletonKey: "all" });
  await boss.schedule(
    "notification_digest",
    process.env.CLAIMLEDGER_DIGEST_CRON || DEFAULT_DIGEST_CRON,
    { at: null },
    { singletonKey: "all" },
  );
  return boss;
}
