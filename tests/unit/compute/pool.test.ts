// The worker pool: results equal to the inline functions, a time budget that terminates the
// thread, a queue that gives up at its deadline, failures reported, never a hung caller.
import { once } from "node:events";
import type { Worker } from "node:worker_threads";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { decodeUpload, decodeUploadOffLoop } from "@/lib/articles/upload";
import { htmlToText } from "@/lib/articles/html";
import { AppError } from "@/lib/errors";
import { extractClaims } from "@/lib/extraction";
import {
  computePool,
  extractClaimsOffLoop,
  EXTRACTION_INLINE_MAX_CHARS,
  HTML_INLINE_MAX_CHARS,
  htmlToTextOffLoop,
  spawnComputeWorker,
} from "@/lib/compute";
import { ComputeFailedError, ComputeTimeoutError, WorkerPool } from "@/lib/compute/pool";

const spawned: Worker[] = [];
const spawn = () => {
  const worker = spawnComputeWorker();
  spawned.push(worker);
  return worker;
};
// One thread shared by the tests that do not end it (a thread takes about a second to start from
// TypeScript source).
const shared = new WorkerPool({ size: 1, spawn });

afterEach(() => {
  delete process.env.CLAIMLEDGER_EXTRACTION_TIMEOUT_MS;
});

afterAll(async () => {
  await shared.close();
  await computePool().close();
});

const exited = (worker: Worker) => new Promise<number>((resolve) => worker.once("exit", resolve));

/** Thousands of short lines: cheap to build, a few seconds to extract (linear, but long). */
const slowBody = () => "a b\n".repeat(500_000);

const article = Array.from(
  { length: 400 },
  (_, i) => `Officials said ${1000 + i} people were evacuated from Homs on day ${i}, according to the ministry.`,
).join("\n\n");

describe("compute worker pool", () => {
  it("returns what the inline functions return", async () => {
    const pool = shared;
    expect(article.length).toBeGreaterThan(EXTRACTION_INLINE_MAX_CHARS);
    expect(await pool.run("extractClaims", article, 20_000)).toEqual(extractClaims(article));
    const html = `<title>T</title>${"<p>Officials said 1,200 people left.</p>".repeat(2_000)}`;
    expect(await pool.run("htmlToText", html, 20_000)).toEqual({ ok: true, ...htmlToText(html) });
    expect(pool.stats()).toMatchObject({ threads: 1, running: 0, queued: 0 });
  }, 30_000);

  it("terminates a job's thread when it runs past its budget, then serves the next job on a new thread", async () => {
    const pool = new WorkerPool({ size: 1, spawn });
    const first = spawned.length;
    // The thread must be running JavaScript before the budget starts: one terminated while it is
    // still starting (under a loaded machine, longer than the budget) ends with code 0, not 1.
    pool.warm();
    const ended = exited(spawned[first]!);
    await once(spawned[first]!, "online");
    const started = Date.now();
    const error = await pool.run("extractClaims", slowBody(), 300).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ComputeTimeoutError);
    expect(error).toMatchObject({ phase: "running", budgetMs: 300 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await ended).toBe(1); // terminated, not finished
    expect(pool.stats().threads).toBe(0);
    expect(await pool.run("extractClaims", article, 20_000)).toEqual(extractClaims(article));
    expect(spawned).toHaveLength(first + 2);
    await pool.close();
  }, 30_000);

  it("ends an idle thread after idleMs, and keeps it with idleMs Infinity (the server's PDF thread)", async () => {
    const ending = new WorkerPool({ size: 1, spawn, idleMs: 100 });
    const kept = new WorkerPool({ size: 1, spawn, idleMs: Infinity });
    ending.warm();
    kept.warm();
    expect(ending.stats().threads).toBe(1);
    expect(kept.stats().threads).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(ending.stats().threads).toBe(0);
    expect(kept.stats().threads).toBe(1);
    await kept.close();
    expect(kept.stats().threads).toBe(0);
  });

  it("gives up on a queued job at its deadline without touching the running one", async () => {
    const pool = shared;
    const first = pool.run("extractClaims", article, 20_000);
    const second = await pool.run("extractClaims", "Police said 14 people died.", 1).catch((e: unknown) => e);
    expect(second).toMatchObject({ phase: "queued", budgetMs: 1 });
    expect(await first).toEqual(extractClaims(article));
  }, 30_000);

  it("reports an exception inside the worker as a failure", async () => {
    const pool = shared;
    const threads = spawned.length;
    const error = await pool.run("extractClaims", null, 20_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ComputeFailedError);
    expect((error as Error).message).toMatch(/TypeError/);
    // The thread survives an exception and takes the next job.
    expect(await pool.run("extractClaims", article, 20_000)).toEqual(extractClaims(article));
    expect(spawned).toHaveLength(threads);
  }, 30_000);
});

describe("off-loop extraction and HTML reading", () => {
  it("extract large bodies on the process pool with the inline result", async () => {
    expect(await extractClaimsOffLoop(article)).toEqual(extractClaims(article));
  }, 30_000);

  it("reads a large HTML upload off the loop, the same as decodeUpload; refuses one nested too deep", async () => {
    const html = `<title>Flood</title>${"<p>Officials said 1,200 people left Homs.</p>\n".repeat(3_000)}`;
    expect(html.length).toBeGreaterThan(HTML_INLINE_MAX_CHARS);
    const bytes = new TextEncoder().encode(html);
    expect(await decodeUploadOffLoop("flood.html", bytes)).toEqual(decodeUpload("flood.html", bytes));

    const deep = `${"<div>".repeat(20_000)}Officials said 1,200 people left.`;
    expect(await htmlToTextOffLoop(deep)).toMatchObject({ ok: false, tooDeep: true });
    const error = await decodeUploadOffLoop("deep.html", new TextEncoder().encode(deep)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("VALIDATION_FAILED");
    expect((error as AppError).details.fields?.file?.[0]).toMatch(/more than 1,000 levels deep/);
  }, 30_000);

  it("past the budget: AppError UNAVAILABLE naming the size and the limit", async () => {
    process.env.CLAIMLEDGER_EXTRACTION_TIMEOUT_MS = "250";
    const body = slowBody();
    const error = await extractClaimsOffLoop(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("UNAVAILABLE");
    expect((error as AppError).status).toBe(503);
    expect((error as AppError).message).toContain(`(${body.length.toLocaleString("en-US")} characters)`);
    expect((error as AppError).message).toContain("250 ms limit");
    expect((error as AppError).message).toContain("CLAIMLEDGER_EXTRACTION_TIMEOUT_MS");
  }, 30_000);
});
