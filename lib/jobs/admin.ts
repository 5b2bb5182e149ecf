// What admins see of the job queue: jobs that failed after all their retries, with the error
// and what they were about, and a retry. Read straight from pg-boss's tables (its API has no
// listing of failed jobs).
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";
import { JOB_KINDS, type JobKind } from "./kinds";
import { jobQueue, jobsSchema } from "./queue";

export interface FailedJob {
  id: string;
  kind: JobKind;
  data: Record<string, unknown>;
  error: string;
  attempts: number;
  createdAt: Date;
  failedAt: Date | null;
  /** The source a snapshot job was about, when it still exists. */
  source: { url: string; claimId: string } | null;
}

interface FailedRow {
  id: string;
  name: JobKind;
  data: Record<string, unknown> | null;
  message: string | null;
  attempts: number;
  created_on: Date;
  completed_on: Date | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function requireJobManager(actor: Actor) {
  if (!can(actor, "job.manage")) throw forbidden("Only admins see and retry background jobs.");
}

/** Failed jobs, newest first (at most `limit`). */
export async function listFailedJobs(actor: Actor, limit = 100): Promise<FailedJob[]> {
  requireJobManager(actor);
  const boss = await jobQueue();
  const { rows } = (await boss.getDb().executeSql(
    `SELECT id::text, name, data,
            coalesce(output->>'message', output->'value'->>'message', output::text) AS message,
            retry_count + 1 AS attempts, created_on, completed_on
       FROM ${jobsSchema()}.job
      WHERE state = 'failed' AND name = ANY($1::text[])
      ORDER BY completed_on DESC NULLS LAST
      LIMIT $2`,
    [JOB_KINDS, limit],
  )) as { rows: FailedRow[] };
  const idsOf = (key: string) => rows.map((row) => row.data?.[key]).filter((id): id is string => typeof id === "string");
  const sourceSelect = { id: true, url: true, claimId: true } as const;
  const [evidence, snapshots] = await Promise.all([
    db.evidence.findMany({ where: { id: { in: idsOf("evidenceId") } }, select: sourceSelect }),
    // A file-reading job names the snapshot of the file; the source is the snapshot's.
    db.sourceSnapshot.findMany({ where: { id: { in: idsOf("snapshotId") } }, select: { id: true, evidence: { select: sourceSelect } } }),
  ]);
  const sources = new Map([
    ...evidence.map((source) => [source.id, { url: source.url, claimId: source.claimId }] as const),
    ...snapshots.map((row) => [row.id, { url: row.evidence.url, claimId: row.evidence.claimId }] as const),
  ]);
  const sourceOf = (data: Record<string, unknown> | null) => {
    const key = data?.evidenceId ?? data?.snapshotId;
    return typeof key === "string" ? (sources.get(key) ?? null) : null;
  };
  return rows.map((row) => ({
    id: row.id,
    kind: row.name,
    data: row.data ?? {},
    error: row.message ?? "(no message)",
    attempts: Number(row.attempts),
    createdAt: row.created_on,
    failedAt: row.completed_on,
    source: sourceOf(row.data),
  }));
}

/** Puts a failed job back in the queue (a worker takes it within seconds). */
export async function retryFailedJob(actor: Actor, jobId: unknown): Promise<void> {
  requireJobManager(actor);
  const id = assertId(jobId, "jobId");
  if (!UUID.test(id)) throw notFound("The job");
  const boss = await jobQueue();
  const { rows } = (await boss.getDb().executeSql(
    `SELECT name, state FROM ${jobsSchema()}.job WHERE id = $1::uuid`,
    [id],
  )) as { rows: { name: string; state: string }[] };
  const job = rows[0];
  if (!job) throw notFound("The job");
  if (job.state !== "failed") throw new AppError("CONFLICT", "This job has not failed (it was retried already or is running).");
  await boss.retry(job.name, id);
}
