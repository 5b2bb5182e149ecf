import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { stopJobQueue } from "@/lib/jobs/queue";

// Files of the integration project share a worker's modules (vitest.config.ts: threads, no isolation),
// and with them process.env: a file's own settings (CLAIMLEDGER_JOBS_SCHEMA, a lowered rate
// limit) must not reach the next file. Each file starts from the environment the worker had.
const worker = globalThis as { claimLedgerWorkerEnv?: NodeJS.ProcessEnv };
const workerEnv = (worker.claimLedgerWorkerEnv ??= { ...process.env });
for (const key of Object.keys(process.env)) if (!(key in workerEnv)) delete process.env[key];
Object.assign(process.env, workerEnv);

process.env.DATABASE_URL = inject("databaseUrl");
// The suites call the API thousands of times a minute from one (unknown) address; the rate-limit
// tests lower these themselves.
process.env.CLAIMLEDGER_API_RATE_LIMIT ??= "1000000";
process.env.CLAIMLEDGER_API_ADDRESS_RATE_LIMIT ??= "1000000";
// Similar-claim matching reads a small dictionary of the tests' own (FreeDict's dictd format), so
// what these tests match does not depend on whether the machine has FreeDict installed, and no
// file pays the two seconds of reading the real one (its reading is unit-tested on the format).
process.env.CLAIMLEDGER_SIMILAR_DICTIONARIES ??= "tests/fixtures/dictd";

afterAll(async () => {
  // Adding a source queues its snapshot, which starts this process's job queue.
  await stopJobQueue();
  await disconnectDb();
});
