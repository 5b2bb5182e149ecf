// Background jobs on PostgreSQL with pg-boss: the jobs live in the app's own database (schema
// "claimledger_jobs", or "<schema>_jobs" when DATABASE_URL names one), so they survive restarts
// and spread over every app instance and `npx claimledger worker` process with no new service to
// run. Workers take jobs with SKIP LOCKED: two workers never hold the same job. A job whose worker
// dies stays "active" until its expiry, then pg-boss's supervisor fails it and it is retried.
//
// pg-boss 10 rather than graphile-worker: both are well kept and both need Node 22 in their
// latest majors; pg-boss 10 (Node 20) expires and retries a job whose worker died within
// seconds-to-minutes we choose per queue, where graphile-worker 0.16 leaves it locked for 4 hours.
import PgBoss from "pg-boss";
import { pgConnection } from "@/lib/db/url";

/**
 * The pg-boss schema for this database. CLAIMLEDGER_JOBS_SCHEMA names another, for a queue of its
 * own on a shared database (the tests that run workers use one each).
 */
export function jobsSchema(databaseUrl = process.env.DATABASE_URL ?? ""): string {
  const own = process.env.CLAIMLEDGER_JOBS_SCHEMA;
  if (own) {
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(own)) throw new Error(`CLAIMLEDGER_JOBS_SCHEMA "${own}" is not a schema name.`);
    return own;
  }
  const { schema } = pgConnection(databaseUrl);
  return schema ? `${schema}_jobs` : "claimledger_jobs";
}

export interface QueueTuning {
  /** How often expired jobs are failed (and so retried) and old ones archived; tests shorten it. */
  maintenanceIntervalSeconds?: number;
  /** Whether this process keeps the cron schedules (every worker process does; a web-only instance may not). */
  schedule?: boolean;
}

const globalForJobs = globalThis as unknown as { claimLedgerJobs?: Promise<PgBoss> };

function create(tuning: QueueTuning): PgBoss {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: the job queue lives in the app's database.");
  const { connectionString } = pgConnection(databaseUrl);
  const boss = new PgBoss({
    connectionString,
    schema: jobsSchema(databaseUrl),
    // Few connections: enqueuing is one insert, and workers poll. Counted in docs/performance.md.
    max: 3,
    application_name: "claimledger-jobs",
    supervise: true,
    schedule: tuning.schedule ?? true,
    maintenanceIntervalSeconds: tuning.maintenanceIntervalSeconds ?? 30,
  });
  // pg-boss reports its own background failures (a lost connection) as events, not throws.
  boss.on("error", (error) => console.error("[claimledger] job queue:", error));
  return boss;
}

/** The process's started queue (created on first use). */
export function jobQueue(tuning: QueueTuning = {}): Promise<PgBoss> {
  globalForJobs.claimLedgerJobs ??= (async () => {
    const boss = create(tuning);
    await boss.start();
    return boss;
  })().catch((error: unknown) => {
    globalForJobs.claimLedgerJobs = undefined;
    throw error;
  });
  return globalForJobs.claimLedgerJobs;
}

/** Stops taking jobs, lets running ones finish (up to `timeoutMs`), and closes the connections. */
export async function stopJobQueue(timeoutMs = 10_000): Promise<void> {
  const started = globalForJobs.claimLedgerJobs;
  globalForJobs.claimLedgerJobs = undefined;
  if (!started) return;
  const boss = await started.catch(() => null);
  await boss?.stop({ graceful: true, timeout: timeoutMs, wait: true });
}
