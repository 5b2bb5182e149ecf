import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { guardRequest, hasMalformedPercentEncoding } from "@/lib/http/request-guard";

const APP = "http://localhost:3000";

function request(path: string, init: { method?: string; headers?: Record<string, string>; body?: BodyInit } = {}) {
  return new NextRequest(new URL(path, APP), {
    method: init.method ?? "GET",
    headers: { host: "localhost:3000", ...init.headers },
    body: init.body,
  });
}

/** What the proxy passes on to the app: NextResponse.next() with request-header overrides. */
const passedOn = (response: Response) => response.headers.get("x-middleware-next") === "1";
const forwarded = (response: Response, name: string) => response.headers.get(`x-middleware-request-${name}`);

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

describe("hasMalformedPercentEncoding", () => {
  it("spots a % that starts no valid UTF-8 escape", () => {
    for (const path of ["/articles/%zz", "/%", "/a%2", "/%E0%A4%A", "/%FF", "/api/v1/claims/%E0"])
      expect(hasMalformedPercentEncoding(path), path).toBe(true);
    for (const path of ["/articles/abc", "/a%20b", "/%E2%9C%93", "/a%2Fb"])
      expect(hasMalformedPercentEncoding(path), path).toBe(false);
  });
});

describe("guardRequest", () => {
  it("answers a malformed %-escape with 400 JSON and logs it", async () => {
    const response = await guardRequest(request("/articles/%zz"));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "BAD_REQUEST" } });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("malformed percent-encoding"));
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("puts a fresh nonce in the CSP of the response and of the request Next.js renders", async () => {
    const first = await guardRequest(request("/login"));
    const second = await guardRequest(request("/login"));
    expect(passedOn(first)).toBe(true);
    const policy = first.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(policy)![1];
    expect(forwarded(first, "x-nonce")).toBe(nonce);
    expect(forwarded(first, "content-security-policy")).toBe(policy);
    expect(second.headers.get("content-security-policy")).not.toBe(policy);
    expect(/script-src [^;]*unsafe-inline/.test(policy)).toBe(false);
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(first.headers.get("strict-transport-security")).toBeNull();
  });

  it("adds Strict-Transport-Security when the request came over https", async () => {
    const response = await guardRequest(request("/login", { headers: { "x-forwarded-proto": "https" } }));
    expect(response.headers.get("strict-transport-security")).toMatch(/^max-age=/);
  });

  it("refuses a cookie write from another origin with 403 JSON FORBIDDEN, on the API, sign-in and actions", async () => {
    const evil = { origin: "http://localhost:4000", cookie: "next-auth.session-token=x" };
    for (const [path, extra] of [
      ["/api/v1/claims/abc/comments", { "content-type": "application/json" }],
      ["/api/auth/callback/credentials", { "content-type": "application/x-www-form-urlencoded" }],
      ["/claims/abc", { "next-action": "40abc", "content-type": "text/plain" }],
    ] as const) {
      const response = await guardRequest(
        request(path, { method: "POST", headers: { ...evil, ...extra }, body: "[]" }),
      );
      expect(response.status, path).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
    }
    const sameSite = await guardRequest(
      request("/api/v1/users", { method: "POST", headers: { "sec-fetch-site": "same-site" } }),
    );
    expect(sameSite.status).toBe(403);
  });

  it("lets same-origin writes and token-authenticated API calls from anywhere through", async () => {
    const same = await guardRequest(request("/api/v1/users", { method: "POST", headers: { origin: APP }, body: "{}" }));
    expect(passedOn(same)).toBe(true);
    const token = await guardRequest(
      request("/api/v1/users", {
        method: "POST",
        headers: { origin: "http://evil.test", authorization: "Bearer t" },
        body: "{}",
      }),
    );
    expect(passedOn(token)).toBe(true);
    // A token does not make a cookie write to a page or to next-auth acceptable.
    const page = await guardRequest(
      request("/api/auth/signout", {
        method: "POST",
        headers: { origin: "http://evil.test", authorization: "Bearer t" },
      }),
    );
    expect(page.status).toBe(403);
  });

  it("answers 405 to writes to pages that are not server-action calls", async () => {
    const response = await guardRequest(
      request("/settings/tokens", { method: "POST", headers: { origin: APP }, body: "x" }),
    );
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
  });

  it("refuses a hand-made action body with 400 and passes a good one on", async () => {
    const call = (body: BodyInit, type = "text/plain;charset=UTF-8") =>
      guardRequest(
        request("/settings/tokens", {
          method: "POST",
          headers: { origin: APP, "next-action": "40ab", "content-type": type },
          body,
        }),
      );
    expect((await call('["$Q1"]')).status).toBe(400);
    expect((await call("not json")).status).toBe(400);
    expect(passedOn(await call('[{"name":"ok"}]'))).toBe(true);
    const form = new FormData();
    form.append("0", '["$@1"]');
    expect((await call(form, undefined as unknown as string)).status).toBe(400);
  });

  it("marks an action body that is not valid UTF-8, and drops a client's own mark", async () => {
    const bad = new Uint8Array([
      ...new TextEncoder().encode('[{"name":"'),
      0xc3,
      0x28,
      ...new TextEncoder().encode('"}]'),
    ]);
    const headers = { origin: APP, "next-action": "40ab", "content-type": "text/plain" };
    const marked = await guardRequest(request("/settings/tokens", { method: "POST", headers, body: bad }));
    expect(forwarded(marked, "x-claimledger-body-not-utf8")).toBe("1");
    const forged = await guardRequest(
      request("/settings/tokens", {
        method: "POST",
        headers: { ...headers, "x-claimledger-body-not-utf8": "1" },
        body: '["ok"]',
      }),
    );
    expect(passedOn(forged)).toBe(true);
    expect(forwarded(forged, "x-claimledger-body-not-utf8")).toBeNull();
  });
});

describe("guardRequest on /api/v1 paths the API does not have", () => {
  it("answers an unknown path with a JSON 404 instead of the HTML page", async () => {
    for (const path of ["/api/v1/nothing-here", "/api/v1", "/api/v1/claims/abc/unknown"]) {
      const response = await guardRequest(request(path));
      expect(response.status, path).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: "NOT_FOUND", message: expect.stringContaining("openapi.json") } });
    }
  });

  it("answers a method the path lacks with a JSON 405 and Allow", async () => {
    const response = await guardRequest(request("/api/v1/me", { method: "DELETE", headers: { authorization: "Bearer x" } }));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(await response.json()).toMatchObject({ error: { code: "METHOD_NOT_ALLOWED", message: expect.stringContaining("DELETE") } });
  });

  it("passes on a documented path and method, with or without a trailing slash", async () => {
    expect(passedOn(await guardRequest(request("/api/v1/claims/abc123")))).toBe(true);
    expect(passedOn(await guardRequest(request("/api/v1/me/")))).toBe(true);
    expect(passedOn(await guardRequest(request("/api/v1/openapi.json")))).toBe(true);
  });
});
