// Source snapshots through the real job queue (pg-boss on the test database) and a real HTTP
// server on 127.0.0.1: the job is queued with the source in one transaction, a worker takes the
// snapshot, and re-checks flag a changed page, a vanished one and an unreachable one. Snapshots
// cannot be rewritten.
import http, { type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getClaim } from "@/app/api/v1/claims/[id]/route";
import { getArticleDashboard } from "@/lib/dashboard/data";
import { claimTableFiltersSchema } from "@/lib/dashboard/schema";
import { db } from "@/lib/db/client";
import { enqueue } from "@/lib/jobs/enqueue";
import { jobQueue, jobsSchema, stopJobQueue } from "@/lib/jobs/queue";
import { startWorker } from "@/lib/jobs/worker";
import { queueSnapshots, recheckNow } from "@/lib/sources/recheck";
import { freePort } from "@/lib/system/free-port";
import { callRoute, sessionCookie, TEST_SESSION_SECRET } from "./api-harness";
import { reviewSetup, addSource } from "./review-helpers";

// A queue of this file's own: other test files' workers must not take its jobs, nor it theirs.
process.env.CLAIMLEDGER_JOBS_SCHEMA = `test_jobs_snapshots_${process.pid}`;

let server: Server;
let base: string;
let closedPort: number; // allowed, but nothing listens there
const pages = new Map<string, { status: number; body: string }>();

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const page = pages.get(request.url ?? "") ?? { status: 404, body: "<p>Not here</p>" };
    response.writeHead(page.status, { "content-type": "text/html; charset=utf-8" }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  closedPort = await freePort();
  process.env.CLAIMLEDGER_FETCH_ALLOW = `127.0.0.1:${port},127.0.0.1:${closedPort}`;
});

afterAll(async () => {
  await stopJobQueue();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  delete process.env.CLAIMLEDGER_FETCH_ALLOW;
});

const article = (paragraph: string) =>
  `<!doctype html><html><head><title>Ministry report</title></head><body><article><h1>Ministry report</h1><p>${paragraph}</p><p>${"Officials gave further details of the figures at a briefing on Monday. ".repeat(8)}</p></article></body></html>`;

async function linkState(evidenceId: string) {
  return (await db.evidence.findUniqueOrThrow({ where: { id: evidenceId }, select: { linkState: true } })).linkState;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() - started > timeoutMs) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("source snapshots", () => {
  it("queues a snapshot with the source, and a worker records it with its hashes and the excerpt found", async () => {
    pages.set("/report", { status: 200, body: article("The ministry said 12 people died in the strike.") });
    const { reviewer, claim } = await reviewSetup();
    const { evidence } = await addSource(reviewer, claim.id, "SUPPORTS", `${base}/report`);
    expect(await linkState(evidence.id)).toBe("PENDING");

    // The job exists because the transaction that added the source committed.
    const boss = await jobQueue();
    const queued = await boss.getQueueSize("source_snapshot");
    expect(queued).toBeGreaterThan(0);

    await startWorker({ pollingIntervalSeconds: 0.5, schedule: false });
    expect(
      await until(
        () => linkState(evidence.id),
        (state) => state !== "PENDING",
      ),
    ).toBe("OK");
    const [snapshot] = await db.sourceSnapshot.findMany({ where: { evidenceId: evidence.id } });
    expect(snapshot).toMatchObject({
      httpStatus: 200,
      contentType: "text/html",
      finalUrl: `${base}/report`,
      outcome: "OK",
      title: "Ministry report",
    });
    expect(snapshot!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(snapshot!.text).toContain("12 people died");
    expect(snapshot!.jobId).toBeTruthy();

    // The API's claim read carries the link state and the snapshots, oldest first.
    process.env.NEXTAUTH_SECRET = TEST_SESSION_SECRET;
    const { cookie } = await sessionCookie(reviewer.id);
    const read = await callRoute(getClaim, {
      method: "GET",
      url: `/api/v1/claims/${claim.id}`,
      cookie,
      params: { id: claim.id },
    });
    const source = (read.body as { evidence: Record<string, unknown>[] }).evidence.find((e) => e.id === evidence.id);
    expect(source).toMatchObject({ linkState: "OK" });
    expect(source!.snapshots).toEqual([
      expect.objectContaining({
        sha256: snapshot!.sha256,
        httpStatus: 200,
        fetchedAt: snapshot!.fetchedAt.toISOString(),
      }),
    ]);
  });

  it("records whether the cited excerpt occurs in the page", async () => {
    pages.set("/quoted", { status: 200, body: article("The ministry said 12 people died in the strike.") });
    const { reviewer, claim, article: articleRow } = await reviewSetup();
    const { evidence } = await addSource(reviewer, claim.id, "SUPPORTS", `${base}/quoted`);
    await db.evidence.update({ where: { id: evidence.id }, data: { excerpt: "said  12 People died" } });
    await recheckNow({ articleId: articleRow.id });
    const latest = await db.sourceSnapshot.findFirst({
      where: { evidenceId: evidence.id },
      orderBy: { fetchedAt: "desc" },
    });
    expect(latest?.excerptFound).toBe(true);
  });

  it("flags a page changed since it was cited, then gone, then unreachable, keeping every snapshot", async () => {
    pages.set("/story", { status: 200, body: article("The toll stood at 12 dead on Sunday evening.") });
    const { editor, reviewer, claim, article: articleRow } = await reviewSetup();
    const { evidence } = await addSource(reviewer, claim.id, "REFUTES", `${base}/story`);
    await recheckNow({ articleId: articleRow.id });
    expect(await linkState(evidence.id)).toBe("OK");

    pages.set("/story", { status: 200, body: article("The toll stood at 15 dead on Sunday evening.") });
    await recheckNow({ articleId: articleRow.id });
    expect(await linkState(evidence.id)).toBe("CHANGED");

    pages.set("/story", { status: 410, body: "<p>Removed</p>" });
    await recheckNow({ articleId: articleRow.id });
    expect(await linkState(evidence.id)).toBe("GONE");
    // The article's dashboard flags it.
    const dashboard = await getArticleDashboard(editor, articleRow.id, claimTableFiltersSchema.parse({}));
    expect(dashboard.flaggedSources).toEqual([
      expect.objectContaining({ id: evidence.id, linkState: "GONE", claim: { id: claim.id, number: claim.number } }),
    ]);

    await db.evidence.update({ where: { id: evidence.id }, data: { url: `http://127.0.0.1:${closedPort}/story` } });
    await recheckNow({ articleId: articleRow.id });
    expect(await linkState(evidence.id)).toBe("UNREACHABLE");

    const history = await db.sourceSnapshot.findMany({
      where: { evidenceId: evidence.id },
      orderBy: { fetchedAt: "asc" },
      select: { outcome: true, error: true },
    });
    expect(history.map((row) => row.outcome)).toEqual(expect.arrayContaining(["OK", "CHANGED", "GONE", "UNREACHABLE"]));
    expect(history.at(-1)?.error).toMatch(/could not be reached \(ECONNREFUSED\)/);
  });

  it("refuses a private address and says so on the snapshot", async () => {
    const { reviewer, claim, article: articleRow } = await reviewSetup();
    const { evidence } = await addSource(reviewer, claim.id, "CONTEXT", "http://10.0.0.1/internal");
    await recheckNow({ articleId: articleRow.id });
    expect(await linkState(evidence.id)).toBe("REFUSED");
  });

  it("still adds a source when the job queue cannot be reached (the daily re-check takes it)", async () => {
    await stopJobQueue();
    const own = process.env.CLAIMLEDGER_JOBS_SCHEMA;
    process.env.CLAIMLEDGER_JOBS_SCHEMA = "not a schema!"; // the queue refuses to start
    try {
      const { reviewer, claim } = await reviewSetup();
      const { evidence } = await addSource(reviewer, claim.id, "CONTEXT", `${base}/later`);
      expect(await linkState(evidence.id)).toBe("PENDING");
    } finally {
      process.env.CLAIMLEDGER_JOBS_SCHEMA = own;
    }
  });

  it("never lets a snapshot be rewritten or removed", async () => {
    const row = await db.sourceSnapshot.findFirstOrThrow({ select: { id: true } });
    await expect(
      db.$executeRawUnsafe(`UPDATE "SourceSnapshot" SET "httpStatus" = 200 WHERE id = $1`, row.id),
    ).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "SourceSnapshot" WHERE id = $1`, row.id)).rejects.toThrow(
      /append-only/,
    );
  });

  it("keeps one waiting snapshot job per source however often it is asked for", async () => {
    await stopJobQueue(); // no worker: jobs stay waiting
    pages.set("/once", { status: 200, body: article("Once.") });
    const { reviewer, claim, article: articleRow } = await reviewSetup();
    const { evidence } = await addSource(reviewer, claim.id, "SUPPORTS", `${base}/once`);
    await queueSnapshots({ articleId: articleRow.id });
    await enqueue("source_snapshot", { evidenceId: evidence.id }, { singletonKey: evidence.id });
    const { rows } = await (
      await jobQueue()
    )
      .getDb()
      .executeSql(
        `SELECT count(*)::int AS n FROM ${jobsSchema()}.job WHERE name = 'source_snapshot' AND singleton_key = $1 AND state = 'created'`,
        [evidence.id],
      );
    expect(rows[0].n).toBe(1);
  });
});
