// The safe fetcher against real HTTP servers on 127.0.0.1: what it fetches from an allow-listed
// host, and each refusal (a private address named or resolved, a redirect into the private
// network, oversized, slow, wrong type, too many redirects).
import http, { type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAllowList } from "@/lib/fetch/address-policy";
import { FetchRefused, safeFetch, type RefusalCode } from "@/lib/fetch/safe-fetch";

const servers: Server[] = [];
async function serve(handler: RequestListener): Promise<number> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const HTML = "<!doctype html><title>Report</title><p>The ministry said 12 people died.</p>";
let site: number; // allow-listed
let other: number; // a second local server nobody allowed
let allow: ReturnType<typeof parseAllowList>;

beforeAll(async () => {
  other = await serve((_request, response) => {
    response.writeHead(200, { "content-type": "text/html" }).end("<p>internal admin page</p>");
  });
  site = await serve((request, response) => {
    const path = request.url ?? "/";
    if (path === "/article") return response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(HTML);
    if (path === "/gone") return response.writeHead(404, { "content-type": "text/html" }).end("<p>Not found</p>");
    if (path === "/hop") return response.writeHead(302, { location: "/article" }).end();
    if (path === "/to-localhost") return response.writeHead(302, { location: `http://localhost:${other}/` }).end();
    if (path === "/to-other-port") return response.writeHead(301, { location: `http://127.0.0.1:${other}/` }).end();
    if (path === "/to-metadata") return response.writeHead(307, { location: "http://169.254.169.254/latest/meta-data/" }).end();
    if (path.startsWith("/loop")) return response.writeHead(302, { location: `/loop${path.length}` }).end();
    if (path === "/big-declared") {
      response.writeHead(200, { "content-type": "text/html", "content-length": String(2_000_000) });
      return response.end(Buffer.alloc(2_000_000, 0x61));
    }
    if (path === "/big-chunked") {
      response.writeHead(200, { "content-type": "text/html" });
      for (let i = 0; i < 40; i++) response.write(Buffer.alloc(50_000, 0x61));
      return response.end();
    }
    if (path === "/bomb") {
      // 5 MB of zeros compress to a few kilobytes: the cap applies to what it inflates to.
      const compressed = zlib.gzipSync(Buffer.alloc(5_000_000));
      return response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(compressed);
    }
    if (path === "/gzip") {
      return response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(zlib.gzipSync(HTML));
    }
    if (path === "/slow") {
      response.writeHead(200, { "content-type": "text/html" });
      response.write("<p>first part");
      return; // never ends
    }
    if (path === "/binary") return response.writeHead(200, { "content-type": "application/octet-stream" }).end("MZ");
    response.writeHead(500).end();
  });
  allow = parseAllowList(`127.0.0.1:${site}`);
});

const HTML_ONLY = ["text/html"] as const;

async function refusal(promise: Promise<unknown>): Promise<FetchRefused> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchRefused);
  return error as FetchRefused;
}
async function expectRefused(url: string, code: RefusalCode, options: Partial<Parameters<typeof safeFetch>[1]> = {}) {
  const error = await refusal(safeFetch(url, { accept: HTML_ONLY, allow, ...options }));
  expect(error.code, error.message).toBe(code);
  return error;
}

describe("safeFetch from an allow-listed host", () => {
  it("returns the body, its SHA-256, type, status and final URL after redirects", async () => {
    const page = await safeFetch(`http://127.0.0.1:${site}/hop`, { accept: HTML_ONLY, allow });
    expect(page.status).toBe(200);
    expect(page.body.toString()).toBe(HTML);
    expect(page.contentType).toBe("text/html");
    expect(page.charset).toBe("utf-8");
    expect(page.finalUrl).toBe(`http://127.0.0.1:${site}/article`);
    expect(page.redirects).toEqual([`http://127.0.0.1:${site}/article`]);
    expect(page.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("inflates compressed bodies and returns a 404 as a status, not a refusal", async () => {
    expect((await safeFetch(`http://127.0.0.1:${site}/gzip`, { accept: HTML_ONLY, allow })).body.toString()).toBe(HTML);
    expect((await safeFetch(`http://127.0.0.1:${site}/gone`, { accept: HTML_ONLY, allow })).status).toBe(404);
  });
});

describe("safeFetch refuses", () => {
  it("a URL that names a loopback or private address, in any spelling", async () => {
    for (const url of [
      `http://127.0.0.1:${other}/`,
      `http://2130706433:${other}/`,
      `http://0x7f.1:${other}/`,
      `http://[::1]:${other}/`,
      `http://[::ffff:127.0.0.1]:${other}/`,
      "http://10.1.2.3/",
      "http://169.254.169.254/latest/meta-data/",
      "http://[fd00:ec2::254]/",
      "http://100.100.100.200/",
    ]) {
      const error = await expectRefused(url, "PRIVATE_ADDRESS");
      expect(error.message).toMatch(/only fetches public web addresses/);
    }
  });

  it("a host name that resolves to a private address (resolved and checked before connecting)", async () => {
    const error = await expectRefused(`http://localhost:${other}/`, "PRIVATE_ADDRESS");
    expect(error.message).toMatch(/^localhost leads to a loopback address/);
  });

  it("a redirect from an allowed host into the private network", async () => {
    await expectRefused(`http://127.0.0.1:${site}/to-localhost`, "PRIVATE_ADDRESS");
    // The allow-list entry names a port: another port of the same address is not allowed.
    await expectRefused(`http://127.0.0.1:${site}/to-other-port`, "PRIVATE_ADDRESS");
    await expectRefused(`http://127.0.0.1:${site}/to-metadata`, "PRIVATE_ADDRESS");
  });

  it("more than five redirects", async () => {
    await expectRefused(`http://127.0.0.1:${site}/loop`, "TOO_MANY_REDIRECTS");
  });

  it("a body over the cap, declared, streamed or inflated from a small compressed one", async () => {
    const cap = { maxBytes: 1_000_000 };
    expect((await expectRefused(`http://127.0.0.1:${site}/big-declared`, "TOO_LARGE", cap)).message).toMatch(/1 MB/);
    await expectRefused(`http://127.0.0.1:${site}/big-chunked`, "TOO_LARGE", cap);
    await expectRefused(`http://127.0.0.1:${site}/bomb`, "TOO_LARGE", cap);
  });

  it("a body that does not arrive in time", async () => {
    const started = Date.now();
    await expectRefused(`http://127.0.0.1:${site}/slow`, "TIMEOUT", { timeoutMs: 400 });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("a content type the caller does not accept", async () => {
    const error = await expectRefused(`http://127.0.0.1:${site}/binary`, "CONTENT_TYPE");
    expect(error.message).toMatch(/application\/octet-stream/);
  });

  it("other schemes, credentials, malformed URLs and unknown hosts", async () => {
    await expectRefused("file:///etc/passwd", "SCHEME");
    await expectRefused("ftp://example.com/x", "SCHEME");
    await expectRefused(`http://user:secret@127.0.0.1:${site}/article`, "CREDENTIALS");
    await expectRefused("not a url", "INVALID_URL");
    await expectRefused("http://no-such-host.invalid/", "DNS");
  });
});
