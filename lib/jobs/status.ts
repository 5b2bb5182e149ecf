// One job's state, for a page that waits on it (the import page's fetch): where it is in the
// queue and, once done, what its handler returned (pg-boss keeps it as the job's output).
import "server-only";
import type { JobKind, JobKinds } from "./kinds";
import { jobQueue } from "./queue";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** WAITING: queued (or waiting to be retried); RUNNING: a worker has it; DONE; FAILED: every attempt failed or it was cancelled. */
export type JobProgress = "WAITING" | "RUNNING" | "DONE" | "FAILED";

export interface JobStatus<K extends JobKind> {
  progress: JobProgress;
  data: JobKinds[K];
  output: unknown;
}

const PROGRESS: Record<string, JobProgress> = {
  created: "WAITING",
  retry: "WAITING",
  active: "RUNNING",
  completed: "DONE",
  failed: "FAILED",
  cancelled: "FAILED",
};

/** The job of this kind with this id, or null (no such job, or not a job id at all). */
export async function jobStatus<K extends JobKind>(kind: K, id: string): Promise<JobStatus<K> | null> {
  if (!UUID.test(id)) return null;
  const boss = await jobQueue();
  const job = await boss.getJobById<JobKinds[K]>(kind, id, { includeArchive: true });
  if (!job) return null;
  return { progress: PROGRESS[job.state] ?? "WAITING", data: job.data, output: job.output ?? null };
}
