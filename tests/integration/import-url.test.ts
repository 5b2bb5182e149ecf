// Import by URL through POST /api/v1/articles with {"url"}: a real news page served on
// 127.0.0.1 is fetched, read by the main-content pipeline and imported with its claims; every
// refusal is a 4xx on the url field saying why; only editors may make the server fetch.
import http, { type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/articles/route";
import { db } from "@/lib/db/client";
import { callRoute, expectApiError, sessionCookie, TEST_SESSION_SECRET } from "./api-harness";
import { makeUser, uniqueSuffix } from "./factories";

let server: Server;
let base: string;
const hits: string[] = [];

function newsPage(marker: string) {
  const paragraphs = [
    `The port of Latakia reopened on Monday after a three-day closure, the transport ministry said in a statement ${marker}.`,
    "Officials said 14 ships were waiting to unload grain and fuel when the port closed on Friday.",
    "The closure followed a strike on a nearby fuel depot that killed two workers, according to the civil defence.",
    "Traders said bread prices in the city rose by 20 percent during the closure.",
  ];
  return `<!doctype html><html lang="en"><head><title>Latakia port reopens | The Coast Herald</title>
<meta property="og:site_name" content="The Coast Herald"><link rel="canonical" href="https://coast-herald.example/latakia-port-${marker}">
<meta property="article:published_time" content="2024-12-07T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article><h1>Latakia port reopens</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article></main><footer>© The Coast Herald</footer></body></html>`;
}

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = TEST_SESSION_SECRET;
  server = http.createServer((request, response) => {
    const url = request.url ?? "/";
    hits.push(url);
    if (url.startsWith("/news/")) {
      return response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(newsPage(url.slice(6)));
    }
    if (url === "/moved") return response.writeHead(301, { location: "/news/moved-target" }).end();
    if (url === "/pdf") return response.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.7");
    if (url === "/links") {
      const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/news/${i}">Story number ${i} about the port</a></li>`);
      return response.writeHead(200, { "content-type": "text/html" }).end(`<html><body><ul>${links.join("")}</ul></body></html>`);
    }
    response.writeHead(404, { "content-type": "text/html" }).end("<p>Not found</p>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.CLAIMLEDGER_FETCH_ALLOW = new URL(base).host;
});

afterAll(async () => {
  delete process.env.CLAIMLEDGER_FETCH_ALLOW;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function importUrl(cookie: string, json: unknown) {
  return callRoute(POST, { method: "POST", url: "/api/v1/articles", cookie, headers: { origin: "http://localhost" }, json });
}

describe("POST /api/v1/articles with a url", () => {
  it("fetches the page, finds the article and imports it with its claims, recording where and when", async () => {
    const editor = await makeUser("EDITOR");
    const { cookie } = await sessionCookie(editor.id);
    const marker = uniqueSuffix();
    const answer = await importUrl(cookie, { url: `${base}/news/${marker}` });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const body = answer.body as { article: { id: string; title: string; url: string; publisher: string }; claims: unknown[] };
    expect(body.article).toMatchObject({
      title: "Latakia port reopens",
      url: `https://coast-herald.example/latakia-port-${marker}`,
      publisher: "The Coast Herald",
    });
    expect(body.claims.length).toBeGreaterThanOrEqual(3);
    const stored = await db.article.findUniqueOrThrow({ where: { id: body.article.id } });
    expect(stored.body).toContain("14 ships were waiting");
    expect(stored.body).not.toContain("Home");
    expect(stored.fetchedAt).toBeInstanceOf(Date);
    expect(Date.now() - stored.fetchedAt!.getTime()).toBeLessThan(60_000);
  });

  it("follows redirects and lets the caller correct the title", async () => {
    const editor = await makeUser("EDITOR");
    const { cookie } = await sessionCookie(editor.id);
    const answer = await importUrl(cookie, { url: `${base}/moved`, title: "Port of Latakia open again" });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect((answer.body as { article: { title: string } }).article.title).toBe("Port of Latakia open again");
  });

  it("answers 4xx on the url field saying why the page could not be used", async () => {
    const editor = await makeUser("EDITOR");
    const { cookie } = await sessionCookie(editor.id);
    const cases: [string, number, RegExp][] = [
      [`${base}/missing`, 400, /the site answered HTTP 404/],
      [`${base}/pdf`, 415, /application\/pdf/],
      [`${base}/links`, 400, /No article was found/],
      ["http://10.0.0.7/intranet", 400, /only fetches public web addresses/],
      ["ftp://example.com/story", 400, /http:\/\/ or https:\/\//],
    ];
    for (const [url, status, message] of cases) {
      const error = expectApiError(await importUrl(cookie, { url }), status);
      expect(error.fields?.url?.[0], url).toMatch(message);
    }
  });

  it("does not let a reviewer make the server fetch anything", async () => {
    const reviewer = await makeUser("REVIEWER");
    const { cookie } = await sessionCookie(reviewer.id);
    const before = hits.length;
    expectApiError(await importUrl(cookie, { url: `${base}/news/${uniqueSuffix()}` }), 403, "FORBIDDEN");
    expect(hits.length).toBe(before);
  });
});
