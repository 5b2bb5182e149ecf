// Putting work on the job queue. With a transaction, the job is inserted in it: it exists exactly
// when the change that asked for it commits (a source added and its snapshot job), so a crash
// between the two can neither lose the job nor run it for a change that never happened.
import type PgBoss from "pg-boss";
import type { DbTransaction } from "@/lib/db/client";
import { JOB_QUEUES, type JobKind, type JobKinds } from "./kinds";
import { jobQueue } from "./queue";

/** pg-boss's SQL, run on our Prisma transaction. */
function onTransaction(tx: DbTransaction): PgBoss.Db {
  return {
    executeSql: async (text, values) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...(values ?? [])) }),
  };
}

// Kinds whose queue exists, per started queue: a queue started again may be on another schema
// (CLAIMLEDGER_JOBS_SCHEMA), where they must be created again.
const ensured = new WeakMap<PgBoss, Set<JobKind>>();

/** Queues exist once per database; created (idempotently) before the first job of a kind. */
export async function ensureQueue(boss: PgBoss, kind: JobKind): Promise<void> {
  let kinds = ensured.get(boss);
  if (kinds?.has(kind)) return;
  await boss.createQueue(kind, { name: kind, ...JOB_QUEUES[kind] });
  if (!kinds) ensured.set(boss, (kinds = new Set()));
  kinds.add(kind);
}

export interface EnqueueOptions extends Pick<PgBoss.SendOptions, "singletonKey" | "startAfter" | "retryDelay"> {
  tx?: DbTransaction;
  /**
   * The change that asks for the job must not fail when the queue cannot be reached: the job is
   * logged and skipped (null). Some are taken again later (a source's snapshot: the daily re-check
   * takes every source); others are simply lost (an email: its notification is in the app anyway).
   */
  optional?: boolean;
}

/** Queues a job; returns its id (null when a singleton key already has one waiting, or an optional job was skipped). */
export async function enqueue<K extends JobKind>(kind: K, data: JobKinds[K], options: EnqueueOptions = {}) {
  const { tx, optional, ...sendOptions } = options;
  let boss: PgBoss;
  try {
    boss = await jobQueue();
    await ensureQueue(boss, kind);
  } catch (error) {
    if (!optional) throw error;
    console.error(`[claimledger] The job queue is unavailable; ${kind} was not queued, the job is skipped:`, error);
    return null;
  }
  return boss.send(kind, data, { ...sendOptions, ...(tx ? { db: onTransaction(tx) } : {}) });
}
