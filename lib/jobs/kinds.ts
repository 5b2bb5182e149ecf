// The kinds of background job, their queues and their retry policy. Handlers are registered by
// worker.ts; this module only names them, so that enqueuing never loads the handlers' code.
import type PgBoss from "pg-boss";

export interface JobKinds {
  /** Fetch one source's URL and record a snapshot (lib/sources/snapshot.ts). */
  source_snapshot: { evidenceId: string };
  /** Queue a snapshot of every live source, or of one article's (scheduled daily; `sources recheck`). */
  source_recheck: { articleId?: string | null };
  /** Read the text of an attached PDF or .docx and record it beside its snapshot (lib/sources/file-text-job.ts). */
  snapshot_file_text: { snapshotId: string };
  /** Fetch and read the article at a URL for an editor's import preview (lib/articles/import-url.ts). */
  article_fetch: { url: string; requestedById: string };
  /** Find and store similar earlier claims for these claims (lib/similar/check.ts). */
  similar_check: { claimIds: string[] };
  /** Send one email over SMTP (lib/mail/transport.ts); the message itself is the data. */
  mail_send: { to: string; subject: string; text: string; html?: string };
  /** Raise due-tomorrow and overdue reminders (lib/notifications/reminders.ts; scheduled hourly). */
  notification_reminders: { at?: string | null };
  /** Email each person their pending digest items (lib/notifications/digest-job.ts; scheduled daily). */
  notification_digest: { at?: string | null };
  /** POST one event to one webhook endpoint, signed (lib/webhooks/deliver.ts); retried with back-off. */
  webhook_delivery: {
    endpointId: string;
    payload: { id: string; event: string; occurredAt: string; data: Record<string, unknown> };
  };
}
export type JobKind = keyof JobKinds;

export const JOB_QUEUES: Record<JobKind, Omit<PgBoss.Queue, "name">> = {
  // A fetch takes at most 20 s (lib/fetch); a worker that died holding one is noticed after 2 min.
  // Retries back off from 1 min (1, 2, 4 min): a site that is briefly down gets another chance.
  // "short": one waiting job per singleton key (a source), however often it is asked for.
  source_snapshot: { policy: "short", retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 120 },
  source_recheck: { policy: "short", retryLimit: 2, retryDelay: 60, retryBackoff: true, expireInSeconds: 600 },
  // Reading a file stops itself at 60 s (lib/sources/file-text-run.ts); a job held longer lost its worker.
  snapshot_file_text: { policy: "short", retryLimit: 2, retryDelay: 30, retryBackoff: true, expireInSeconds: 180 },
  // An editor waits on it: a refusal is an answer (the job's output), not a failure; one quick
  // retry only when the worker itself failed. The fetch stops at 20 s and reading the page at its
  // own budget, so a job held for a minute lost its worker.
  article_fetch: { policy: "standard", retryLimit: 1, retryDelay: 1, expireInSeconds: 60 },
  // Matching takes milliseconds per claim (docs/similar-claims.md); a batch of 100 well under a minute.
  similar_check: { policy: "standard", retryLimit: 2, retryDelay: 10, retryBackoff: true, expireInSeconds: 300 },
  // A mail server that is down for a while: 5 retries backing off from 30 s (about 15 min in all).
  // Sending waits at most about a minute (lib/mail/transport.ts timeouts).
  mail_send: { policy: "standard", retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
  // Both are idempotent (once-only keys; items taken in the transaction that queues the email), so a
  // retry after a lost worker repeats nothing. One waiting run at a time.
  notification_reminders: { policy: "short", retryLimit: 2, retryDelay: 60, retryBackoff: true, expireInSeconds: 600 },
  notification_digest: { policy: "short", retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 900 },
  // A receiver that is down: 8 retries backing off from 1 min (1, 2, 4 … 128 min, about 4 h in all);
  // an attempt waits at most 10 s (lib/webhooks/deliver.ts). Deliveries failing for a whole day
  // disable the endpoint (docs/webhooks.md).
  webhook_delivery: { policy: "standard", retryLimit: 8, retryDelay: 60, retryBackoff: true, expireInSeconds: 60 },
};

export const JOB_KINDS = Object.keys(JOB_QUEUES) as JobKind[];

/** When sources are re-checked (cron, server time zone UTC); CLAIMLEDGER_RECHECK_CRON overrides. */
export const DEFAULT_RECHECK_CRON = "0 3 * * *";

/** Due reminders are looked for hourly; the daily digest goes out at 06:00 UTC (CLAIMLEDGER_DIGEST_CRON overrides). */
export const NOTIFICATION_REMINDERS_CRON = "5 * * * *";
export const DEFAULT_DIGEST_CRON = "0 6 * * *";
