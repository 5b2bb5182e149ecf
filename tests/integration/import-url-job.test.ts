// The import page's "Fetch from a web address" as a background job (article_fetch) on the real
// queue with a real worker: queued by the editor, WAITING until a worker takes it, then DONE with
// the article read from a page served on 127.0.0.1; a refusal is the job's answer (not a failed
// job); only the editor who asked sees it; a reviewer cannot queue one. The API's one-call import
// by URL stays synchronous (import-url.test.ts).
import http, { type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleFetchStatus, startArticleFetch, type ArticleFetchStatus } from "@/lib/articles/import-url";
import { isAppError } from "@/lib/errors";
import { jobQueue, jobsSchema, stopJobQueue } from "@/lib/jobs/queue";
import { startWorker } from "@/lib/jobs/worker";
import { makeUser, uniqueSuffix } from "./factories";

process.env.CLAIMLEDGER_JOBS_SCHEMA = `test_jobs_import_${process.pid}`;

let server: Server;
let base: string;
const hits: string[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const url = request.url ?? "/";
    hits.push(url);
    if (url.startsWith("/news/"))
      return response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(
        `<!doctype html><html lang="en"><head><title>Bridge reopens | Valley Times</title>
<meta property="og:site_name" content="Valley Times"></head><body><article><h1>Bridge reopens</h1>
<p>The Deir ez-Zor bridge reopened on Monday, the governor said (${url.slice(6)}).</p>
<p>Engineers said 300 tonnes of steel were used in the repairs over six weeks.</p></article></body></html>`,
      );
    response.writeHead(404, { "content-type": "text/html" }).end("<p>Not found</p>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.CLAIMLEDGER_FETCH_ALLOW = new URL(base).host;
});

afterAll(async () => {
  await stopJobQueue();
  delete process.env.CLAIMLEDGER_FETCH_ALLOW;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function settle(actor: Parameters<typeof articleFetchStatus>[0], jobId: string): Promise<ArticleFetchStatus> {
  const started = Date.now();
  for (;;) {
    const status = await articleFetchStatus(actor, jobId);
    if (status.progress === "DONE" || status.progress === "FAILED" || Date.now() - started > 30_000) return status;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return isAppError(error) ? { code: error.code, message: error.message } : error;
  }
  return null;
};

describe("fetching an article for the import preview as a background job", () => {
  it("waits for a worker, then answers the article read from the page; nothing is fetched before", async () => {
    const editor = await makeUser("EDITOR");
    const tag = uniqueSuffix();
    const { jobId } = await startArticleFetch(editor, { url: `${base}/news/${tag}` });
    // No worker yet: the job waits, and the page has not been fetched.
    expect(await articleFetchStatus(editor, jobId)).toEqual({ progress: "WAITING" });
    expect(hits.some((hit) => hit.includes(tag))).toBe(false);

    await startWorker({ pollingIntervalSeconds: 0.5, concurrency: 1, schedule: false });
    const status = await settle(editor, jobId);
    expect(status.progress).toBe("DONE");
    if (status.progress !== "DONE" || !status.output.ok) throw new Error("expected an article");
    expect(status.output.article).toMatchObject({
      title: "Bridge reopens",
      publisher: "Valley Times",
      url: `${base}/news/${tag}`,
    });
    expect(status.output.article.text).toContain("300 tonnes of steel");
    expect(new Date(status.output.article.fetchedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  }, 60_000);

  it("answers a refusal as the job's output with the reason, and the job is not a failed one", async () => {
    const editor = await makeUser("EDITOR");
    const { jobId } = await startArticleFetch(editor, { url: "http://10.0.0.1/intranet" });
    const status = await settle(editor, jobId);
    expect(status).toMatchObject({ progress: "DONE", output: { ok: false, code: "VALIDATION_FAILED" } });
    if (status.progress === "DONE" && !status.output.ok)
      expect(status.output.message).toMatch(/only fetches public web addresses/);
    const missing = await startArticleFetch(editor, { url: `${base}/gone` });
    expect(await settle(editor, missing.jobId)).toMatchObject({
      progress: "DONE",
      output: { ok: false, message: "The page could not be fetched: the site answered HTTP 404." },
    });
    const boss = await jobQueue();
    const { rows } = (await boss
      .getDb()
      .executeSql(`SELECT state FROM ${jobsSchema()}.job WHERE id = $1::uuid`, [jobId])) as {
      rows: { state: string }[];
    };
    expect(rows[0]?.state).toBe("completed");
  }, 60_000);

  it("checks the address before queueing, lets only its editor see the fetch, and refuses reviewers", async () => {
    const editor = await makeUser("EDITOR");
    const other = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    expect(await refusal(startArticleFetch(editor, { url: "ftp://example.org/x" }))).toMatchObject({
      code: "VALIDATION_FAILED",
    });
    const before = hits.length;
    expect(await refusal(startArticleFetch(reviewer, { url: `${base}/news/${uniqueSuffix()}` }))).toMatchObject({
      code: "FORBIDDEN",
    });
    const { jobId } = await startArticleFetch(editor, { url: `${base}/news/${uniqueSuffix()}` });
    expect(await refusal(articleFetchStatus(other, jobId))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(articleFetchStatus(editor, "not-a-job"))).toMatchObject({ code: "NOT_FOUND" });
    await settle(editor, jobId);
    expect(hits.length).toBe(before + 1);
  }, 60_000);
});
