// The kinds of background job, their queues and their retry policy. Handlers are registered by
// worker.ts; this module only names them, so that enqueuing never loads the handlers' code.
import type PgBoss from "pg-boss";

export interface JobKinds {
  /** Fetch one source's URL and record a snapshot (lib/sources/snapshot.ts). */
  source_snapshot: { evidenceId: string };
  /** Queue a snapshot of every live source, or of one article's (scheduled daily; `sources recheck`). */
  source_recheck: { articleId?: string | null };
}
export type JobKind = keyof JobKinds;

export const JOB_QUEUES: Record<JobKind, Omit<PgBoss.Queue, "name">> = {
  // A fetch takes at most 20 s (lib/fetch); a worker that died holding one is noticed after 2 min.
  // Retries back off from 1 min (1, 2, 4 min): a site that is briefly down gets another chance.
  // "short": one waiting job per singleton key (a source), however often it is asked for.
  source_snapshot: { policy: "short", retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 120 },
  source_recheck: { policy: "short", retryLimit: 2, retryDelay: 60, retryBackoff: true, expireInSeconds: 600 },
};

export const JOB_KINDS = Object.keys(JOB_QUEUES) as JobKind[];

/** When sources are re-checked (cron, server time zone UTC); CLAIMLEDGER_RECHECK_CRON overrides. */
export const DEFAULT_RECHECK_CRON = "0 3 * * *";
