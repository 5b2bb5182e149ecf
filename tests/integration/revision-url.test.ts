// A new version of an article by URL, against pages served on 127.0.0.1: the article page's form
// path (the import page's article_fetch job on a real worker, then the revision imported with
// where and when it was fetched) and the API's one call (`{"url"}` without `body`), each refusal a
// 4xx naming `url` (refused address, HTTP error, not an article, time-out, the same text), nothing
// fetched for a reviewer or a finalized article. After the revision, the new claims (and only they)
// are queued for the similar-claims check, and so is a claim whose statement follows the new quote
// when an editor accepts it.
import http, { type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listRoute, POST as importRoute } from "@/app/api/v1/articles/[id]/revisions/route";
import { articleFetchStatus, startArticleFetch, type ArticleFetchStatus } from "@/lib/articles/import-url";
import { importArticle } from "@/lib/articles/mutations";
import { db } from "@/lib/db/client";
import { jobQueue, jobsSchema, stopJobQueue } from "@/lib/jobs/queue";
import { startWorker } from "@/lib/jobs/worker";
import { importRevision, resolveAnchor } from "@/lib/revisions/mutations";
import { createApiToken } from "@/lib/tokens/mutations";
import { callRoute, expectApiError, type ApiAnswer } from "./api-harness";
import { makeUser, uniqueSuffix } from "./factories";

process.env.CLAIMLEDGER_JOBS_SCHEMA = `test_jobs_revisionurl_${process.pid}`;

const SHIPS = "Officials said 14 ships were waiting to unload grain and fuel when the port closed on Friday.";
const STRIKE = "The closure followed a strike on a nearby fuel depot that killed two workers, according to the civil defence.";
const BREAD = "Traders said bread prices in the city rose by 20 percent during the closure.";
const ADDED = "The World Food Programme said 2.5 million people needed food aid in Idlib.";

const opening = (marker: string) =>
  `The port of Latakia reopened on Monday after a three-day closure, the transport ministry said in a statement ${marker}.`;
/** The article as first imported. */
const firstVersion = (marker: string) => [opening(marker), SHIPS, STRIKE, BREAD].join("\n\n");
/** The page now: a figure edited, a sentence deleted, one added. */
const revisedParagraphs = (marker: string) => [opening(marker), SHIPS.replace("14 ships", "16 ships"), BREAD, ADDED];

function page(paragraphs: string[]) {
  return `<!doctype html><html lang="en"><head><title>Latakia port reopens | The Coast Herald</title>
<meta property="og:site_name" content="The Coast Herald"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article><h1>Latakia port reopens</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article></main><footer>© The Coast Herald</footer></body></html>`;
}

let server: Server;
let base: string;
const hits: string[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const url = request.url ?? "/";
    hits.push(url);
    if (url.startsWith("/news/")) {
      return response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page(revisedParagraphs(url.slice(6))));
    }
    if (url.startsWith("/same/")) {
      return response
        .writeHead(200, { "content-type": "text/plain; charset=utf-8" })
        .end(firstVersion(url.slice(6)));
    }
    if (url === "/links") {
      const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/news/${i}">Story number ${i} about the port</a></li>`);
      return response.writeHead(200, { "content-type": "text/html" }).end(`<html><body><ul>${links.join("")}</ul></body></html>`);
    }
    if (url === "/slow") return; // never answers: the fetcher's deadline ends it
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

async function setup() {
  const editor = await makeUser("EDITOR");
  const marker = uniqueSuffix();
  const { article, claims } = await importArticle(editor, {
    title: `Latakia port ${marker}`,
    body: firstVersion(marker),
    url: `${base}/news/${marker}`,
  });
  const { token } = await createApiToken(editor, { name: "revisions by url" });
  return { editor, marker, article, claims, token };
}

const post = (token: string, articleId: string, json: unknown): Promise<ApiAnswer> =>
  callRoute(importRoute, { method: "POST", url: `/api/v1/articles/${articleId}/revisions`, params: { id: articleId }, token, json });

async function settle(actor: Parameters<typeof articleFetchStatus>[0], jobId: string): Promise<ArticleFetchStatus> {
  const started = Date.now();
  for (;;) {
    const status = await articleFetchStatus(actor, jobId);
    if (status.progress === "DONE" || status.progress === "FAILED" || Date.now() - started > 40_000) return status;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The database's clock: job rows are stamped by it, and setup's own jobs must fall before it. */
async function databaseNow(): Promise<Date> {
  const boss = await jobQueue();
  const { rows } = (await boss.getDb().executeSql("SELECT clock_timestamp() AS now", [])) as { rows: { now: Date }[] };
  return new Date(rows[0].now);
}

/** The claim ids of similar_check jobs queued since `since`. */
async function similarChecksSince(since: Date): Promise<string[]> {
  const boss = await jobQueue();
  const { rows } = (await boss
    .getDb()
    .executeSql(`SELECT data FROM ${jobsSchema()}.job WHERE name = 'similar_check' AND created_on >= $1`, [since])) as {
    rows: { data: { claimIds: string[] } }[];
  };
  return rows.flatMap((row) => row.data.claimIds);
}

interface RevisionAnswer {
  revision: { number: number };
  counts: { exact: number; needsRecheck: number; orphaned: number; added: number };
  claims: { id: string; number: number; text: string; anchorState: string }[];
}

describe("a new version fetched on the article page (the import page's background job)", () => {
  it("fetches and reads the page on a worker, then imports its text as a revision that records where it came from", async () => {
    const s = await setup();
    await startWorker({ pollingIntervalSeconds: 0.5, concurrency: 1, schedule: false });
    const { jobId } = await startArticleFetch(s.editor, { url: `${base}/news/${s.marker}` });
    const status = await settle(s.editor, jobId);
    if (status.progress !== "DONE" || !status.output.ok) throw new Error(`expected the page: ${JSON.stringify(status)}`);
    const fetched = status.output.article;
    expect(fetched.text).toContain("16 ships");
    expect(fetched.text).not.toContain("Home");

    // Not "a second ago": on a fast run that second still holds the jobs setup's own import queued.
    const since = await databaseNow();
    const result = await importRevision(s.editor, s.article.id, {
      body: fetched.text,
      url: fetched.url,
      fetchedAt: fetched.fetchedAt,
    });
    expect(result.revision.number).toBe(2);
    expect(result.counts).toMatchObject({ needsRecheck: 1, orphaned: 1, added: 1 });
    const stored = await db.articleRevision.findUniqueOrThrow({
      where: { articleId_number: { articleId: s.article.id, number: 2 } },
    });
    expect(stored.sourceUrl).toBe(`${base}/news/${s.marker}`);
    expect(stored.fetchedAt?.toISOString()).toBe(new Date(fetched.fetchedAt).toISOString());
    const first = await db.articleRevision.findUniqueOrThrow({
      where: { articleId_number: { articleId: s.article.id, number: 1 } },
    });
    expect(first.sourceUrl).toBeNull();

    // The revisions list (API) shows where each version came from.
    const listed = await callRoute(listRoute, {
      method: "GET",
      url: `/api/v1/articles/${s.article.id}/revisions`,
      params: { id: s.article.id },
      token: s.token,
    });
    expect(listed.status).toBe(200);
    expect((listed.body as { revisions: { number: number; sourceUrl: string | null }[] }).revisions).toMatchObject([
      { number: 2, sourceUrl: `${base}/news/${s.marker}` },
      { number: 1, sourceUrl: null },
    ]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "article.revised", entityId: s.article.id } });
    expect(event.after).toMatchObject({ revision: 2, url: `${base}/news/${s.marker}` });

    // The new sentence's claim is queued for the similar-claims check after the commit; the
    // re-anchored ones are not: re-anchoring never changes a statement.
    const added = result.claims.filter((claim) => claim.revision === 2).map((claim) => claim.id);
    expect(added).toHaveLength(1);
    const recheck = result.claims.find((claim) => claim.anchorState === "NEEDS_RECHECK");
    const statementBefore = s.claims.find((claim) => claim.id === recheck?.id)?.statement;
    expect(recheck?.statement).toBe(statementBefore);
    const queued = await similarChecksSince(since);
    const ofArticle = new Set(result.claims.map((claim) => claim.id));
    expect(queued.filter((id) => ofArticle.has(id)).sort()).toEqual(added.sort());
  }, 90_000);

  it("a pasted or uploaded text records no address", async () => {
    const s = await setup();
    await importRevision(s.editor, s.article.id, { body: `${firstVersion(s.marker)}\n\n${ADDED}` });
    const stored = await db.articleRevision.findUniqueOrThrow({
      where: { articleId_number: { articleId: s.article.id, number: 2 } },
    });
    expect(stored).toMatchObject({ sourceUrl: null, fetchedAt: null });
  }, 60_000);
});

describe("the similar-claims check after an editor settles an anchor", () => {
  it("queues a claim whose statement follows its accepted new quote, after the commit", async () => {
    const s = await setup();
    const revised = await importRevision(s.editor, s.article.id, { body: revisedParagraphs(s.marker).join("\n\n") });
    const recheck = revised.claims.find((claim) => claim.anchorState === "NEEDS_RECHECK")!;
    const since = await databaseNow();
    const result = await resolveAnchor(s.editor, recheck.id, { resolution: "accepted", version: recheck.version });
    expect(result.statement).toContain("16 ships");
    expect(await similarChecksSince(since)).toContain(recheck.id);
  }, 60_000);
});

describe("POST /api/v1/articles/{id}/revisions with a url", () => {
  it("fetches the page, imports its article as the next revision and answers every claim's anchor", async () => {
    const s = await setup();
    const answer = await post(s.token, s.article.id, { url: `${base}/news/${s.marker}` });
    expect(answer.status, answer.text.slice(0, 300)).toBe(201);
    const body = answer.body as RevisionAnswer;
    expect(body.revision.number).toBe(2);
    expect(body.counts).toMatchObject({ needsRecheck: 1, orphaned: 1, added: 1 });
    const state = (quote: string) => body.claims.find((claim) => claim.text.includes(quote))?.anchorState;
    expect(state("Traders said bread prices")).toBe("EXACT");
    expect(state("16 ships")).toBe("NEEDS_RECHECK");
    expect(state("killed two workers")).toBe("ORPHANED");
    const stored = await db.article.findUniqueOrThrow({ where: { id: s.article.id }, select: { body: true, revision: true } });
    expect(stored.revision).toBe(2);
    expect(stored.body).toContain(ADDED);
    expect(stored.body).not.toContain("© The Coast Herald");
    const revision = await db.articleRevision.findUniqueOrThrow({
      where: { articleId_number: { articleId: s.article.id, number: 2 } },
    });
    expect(revision.sourceUrl).toBe(`${base}/news/${s.marker}`);
    expect(Date.now() - (revision.fetchedAt?.getTime() ?? 0)).toBeLessThan(60_000);
  }, 60_000);

  it("answers 4xx naming url when the page cannot be used, and keeps the article as it was", async () => {
    const s = await setup();
    const cases: [string, number, RegExp][] = [
      ["http://10.0.0.7/intranet", 400, /only fetches public web addresses/],
      [`${base}/missing`, 400, /the site answered HTTP 404/],
      [`${base}/links`, 400, /No article was found/],
      [`${base}/same/${s.marker}`, 400, /same as the article's current version/],
      ["ftp://example.com/story", 400, /http:\/\/ or https:\/\//],
    ];
    for (const [url, status, message] of cases) {
      const error = expectApiError(await post(s.token, s.article.id, { url }), status);
      expect(error.fields?.url?.[0], url).toMatch(message);
    }
    const stored = await db.article.findUniqueOrThrow({ where: { id: s.article.id }, select: { revision: true } });
    expect(stored.revision).toBe(1);
  }, 60_000);

  it("says so when the page does not answer in time (the fetcher's 20 s deadline)", async () => {
    const s = await setup();
    const started = Date.now();
    const error = expectApiError(await post(s.token, s.article.id, { url: `${base}/slow` }), 400);
    expect(error.fields?.url?.[0]).toMatch(/did not answer in full within 20 s/);
    expect(Date.now() - started).toBeLessThan(40_000);
  }, 60_000);

  it("fetches nothing for a reviewer or for a finalized article", async () => {
    const s = await setup();
    const reviewer = await makeUser("REVIEWER");
    const { token } = await createApiToken(reviewer, { name: "reviewer" });
    const before = hits.length;
    expectApiError(await post(token, s.article.id, { url: `${base}/news/${s.marker}` }), 403, "FORBIDDEN");
    await db.article.update({ where: { id: s.article.id }, data: { finalizedAt: new Date(), finalizedById: s.editor.id } });
    expectApiError(await post(s.token, s.article.id, { url: `${base}/news/${s.marker}` }), 409, "CONFLICT");
    expectApiError(await post(s.token, `none${uniqueSuffix()}`, { url: `${base}/news/${s.marker}` }), 404);
    expect(hits.length).toBe(before);
  }, 60_000);
});
