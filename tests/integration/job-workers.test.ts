// Workers on the real job queue, one of them a separate `claimledger worker` process: two workers
// never take the same job, and a worker killed in the middle of a job leaves it to be finished by
// another, once in effect (one snapshot).
import { spawn, type ChildProcess } from "node:child_process";
import http, { type ServerResponse, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ensureQueue } from "@/lib/jobs/enqueue";
import { JOB_QUEUES } from "@/lib/jobs/kinds";
import { jobQueue, stopJobQueue } from "@/lib/jobs/queue";
import { startWorker } from "@/lib/jobs/worker";
import { addSource, reviewSetup } from "./review-helpers";

// A queue of this file's own: other test files' workers must not take its jobs, nor it theirs.
process.env.CLAIMLEDGER_JOBS_SCHEMA = `test_jobs_workers_${process.pid}`;

const ROOT = path.resolve(__dirname, "../..");
let server: Server;
let base: string;
const hits = new Map<string, number>();
const held: ServerResponse[] = [];
let holdPath: string | null = null;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const url = request.url ?? "";
    hits.set(url, (hits.get(url) ?? 0) + 1);
    if (url === holdPath) {
      held.push(response); // answers only when the test lets go
      return;
    }
    response.writeHead(200, { "content-type": "text/plain" }).end(`Page ${url}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  process.env.CLAIMLEDGER_FETCH_ALLOW = `127.0.0.1:${port}`;
});

const children: ChildProcess[] = [];
afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await stopJobQueue();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** `npx claimledger worker` as its own process, resolved once it says it started. */
async function workerProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, "bin/claimledger.mjs"), "worker", "--concurrency", "2"], {
    cwd: ROOT,
    env: { ...process.env, CLAIMLEDGER_FETCH_ALLOW: process.env.CLAIMLEDGER_FETCH_ALLOW, CLAIMLEDGER_WORKER_NICE: undefined },
    stdio: ["ignore", "ignore", "pipe"],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    let output = "";
    child.stderr!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Worker started")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`worker exited (${code}): ${output}`)));
  });
  return child;
}

async function until(check: () => Promise<boolean>, timeoutMs = 60_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe("job workers", () => {
  it("two workers (two processes) never take the same job", async () => {
    const { reviewer, claim } = await reviewSetup();
    const sources = [];
    for (let i = 0; i < 16; i++)
      sources.push((await addSource(reviewer, claim.id, "CONTEXT", `${base}/page-${i}`)).evidence);
    const separate = await workerProcess();
    // It yields the processor to the web server (CLAIMLEDGER_WORKER_NICE, default 10), as `npm start` runs it.
    expect(os.getPriority(separate.pid!)).toBe(10);
    await startWorker({ pollingIntervalSeconds: 0.5, schedule: false });
    const ids = sources.map((s) => s.id);
    await until(async () => (await db.sourceSnapshot.count({ where: { evidenceId: { in: ids } } })) === ids.length);
    // Give a double taker time to show itself, then count.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await db.sourceSnapshot.count({ where: { evidenceId: { in: ids } } })).toBe(ids.length);
    for (let i = 0; i < 16; i++) expect(hits.get(`/page-${i}`), `/page-${i}`).toBe(1);
    await stopJobQueue();
    for (const child of children.splice(0)) child.kill("SIGKILL");
  }, 120_000);

  it("a job whose worker was killed mid-way is finished by another, once in effect", async () => {
    // Short expiry and retry for this test, so a dead worker's job comes back in seconds, not minutes.
    const boss = await jobQueue({ maintenanceIntervalSeconds: 1 });
    await ensureQueue(boss, "source_snapshot");
    await boss.updateQueue("source_snapshot", {
      name: "source_snapshot",
      ...JOB_QUEUES.source_snapshot,
      expireInSeconds: 3,
      retryDelay: 1,
      retryBackoff: false,
    });
    try {
      holdPath = "/held";
      const { reviewer, claim } = await reviewSetup();
      const worker = await workerProcess();
      const { evidence } = await addSource(reviewer, claim.id, "SUPPORTS", `${base}/held`);
      await until(async () => held.length > 0); // the child has fetched and waits for the answer
      worker.kill("SIGKILL");
      await new Promise((resolve) => worker.once("exit", resolve));
      holdPath = null;
      for (const response of held.splice(0)) response.destroy();
      expect(await db.sourceSnapshot.count({ where: { evidenceId: evidence.id } })).toBe(0);

      await startWorker({ pollingIntervalSeconds: 0.5, schedule: false, maintenanceIntervalSeconds: 1 });
      await until(async () => (await db.sourceSnapshot.count({ where: { evidenceId: evidence.id } })) > 0);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const snapshots = await db.sourceSnapshot.findMany({ where: { evidenceId: evidence.id } });
      expect(snapshots).toHaveLength(1);
      expect(snapshots[0]).toMatchObject({ outcome: "OK", httpStatus: 200 });
      expect(hits.get("/held")).toBe(2);
    } finally {
      await (
        await jobQueue()
      ).updateQueue("source_snapshot", { name: "source_snapshot", ...JOB_QUEUES.source_snapshot });
    }
  }, 120_000);
});
