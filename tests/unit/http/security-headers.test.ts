import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/http/action-body";
import {
  contentSecurityPolicy,
  createNonce,
  servedOverHttps,
  staticSecurityHeaders,
} from "@/lib/http/security-headers";

// next.config.js is plain JavaScript (no types to import statically).
const configPath = "../../../next.config.js";
const nextConfig = ((await import(/* @vite-ignore */ configPath)) as { default: NextConfig }).default;

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the nonce (no 'unsafe-inline', no 'unsafe-eval' in production)", () => {
    const policy = directives(contentSecurityPolicy("abc123", { https: false }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'nonce-abc123'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
  });

  it("adds 'unsafe-eval' only in development and upgrade-insecure-requests only over https", () => {
    expect(directives(contentSecurityPolicy("n", { https: false, development: true })).get("script-src")).toContain(
      "'unsafe-eval'",
    );
    expect(directives(contentSecurityPolicy("n", { https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("createNonce", () => {
  it("gives 128 random bits, base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("staticSecurityHeaders and next.config.js", () => {
  it("sends HSTS only over https", () => {
    expect(staticSecurityHeaders({ https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(staticSecurityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}/);
  });

  it("next.config.js repeats the same static headers for responses the proxy never sees", async () => {
    const rules = await nextConfig.headers!();
    const all = rules.find((rule) => !rule.has)!;
    const configured = Object.fromEntries(all.headers.map((h) => [h.key, h.value]));
    expect(configured).toEqual(staticSecurityHeaders({ https: false }));
    const https = rules.find((rule) => rule.has)!;
    expect(https.headers[0].value).toBe(staticSecurityHeaders({ https: true })["Strict-Transport-Security"]);
  });

  it("the proxy's body copy is larger than the action body limit, which matches next.config.js", () => {
    const experimental = nextConfig.experimental as {
      serverActions: { bodySizeLimit: string };
      proxyClientMaxBodySize: string;
    };
    expect(experimental.serverActions.bodySizeLimit).toBe(`${ACTION_BODY_LIMIT_BYTES / 1024 / 1024}mb`);
    expect(parseInt(experimental.proxyClientMaxBodySize, 10)).toBeGreaterThan(ACTION_BODY_LIMIT_BYTES / 1024 / 1024);
  });
});

describe("servedOverHttps", () => {
  it("believes the first X-Forwarded-Proto, else the URL", () => {
    expect(servedOverHttps("http://x/", "https")).toBe(true);
    expect(servedOverHttps("http://x/", "https, http")).toBe(true);
    expect(servedOverHttps("https://x/", "http")).toBe(false);
    expect(servedOverHttps("https://x/", null)).toBe(true);
    expect(servedOverHttps("http://x/", null)).toBe(false);
  });
});
