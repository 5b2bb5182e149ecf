// The OpenAPI document is the API's route table (proxy.ts answers 404/405 from it), so it must
// list exactly the operations the route files export: a route the document lacks would be
// refused by the proxy, and a documented operation without a route would be a broken contract.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { routeMatcher } from "@/lib/api/route-match";

const API_DIR = path.join(process.cwd(), "app", "api", "v1");
const HTTP_METHODS = ["GET", "PUT", "POST", "DELETE", "PATCH"];

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** app/api/v1/claims/[id]/route.ts → /api/v1/claims/{id} */
const templateOf = (file: string) =>
  "/api/v1" +
  path
    .dirname(path.relative(API_DIR, file))
    .replace(/^\.$/, "")
    .replace(/\[([^\]]+)\]/g, "{$1}")
    .replace(/^(?=.)/, "/");

describe("the OpenAPI document and the route files", () => {
  it("list the same operations", async () => {
    const fromFiles: Record<string, string[]> = {};
    for (const file of routeFiles(API_DIR)) {
      const routeModule: Record<string, unknown> = await import(file);
      fromFiles[templateOf(file)] = HTTP_METHODS.filter((method) => typeof routeModule[method] === "function");
    }
    const document = buildOpenApiDocument();
    const fromDocument = Object.fromEntries(
      Object.entries(document.paths ?? {})
        .filter(([template]) => template.startsWith("/api/v1/"))
        .map(([template, item]) => [
          template,
          HTTP_METHODS.filter((method) => method.toLowerCase() in (item as object)),
        ]),
    );
    expect(fromDocument).toEqual(fromFiles);
    expect(Object.keys(fromFiles).length).toBeGreaterThan(20);
  }, 60_000);
});

describe("routeMatcher", () => {
  const match = routeMatcher({
    "/api/v1/claims/{id}": { get: {} },
    "/api/v1/claims/{id}/verdict": { post: {} },
    "/api/v1/openapi.json": { get: {} },
    "/api/health": { get: {} },
  });

  it("matches a template parameter to exactly one path segment", () => {
    expect(match("GET", "/api/v1/claims/c1")).toEqual({ kind: "known" });
    expect(match("GET", "/api/v1/claims/c1/extra")).toEqual({ kind: "unknown-path" });
    expect(match("GET", "/api/v1/claims/")).toEqual({ kind: "unknown-path" });
    expect(match("POST", "/api/v1/claims/c1/verdict")).toEqual({ kind: "known" });
  });

  it("offers HEAD with GET and OPTIONS everywhere, and says what is allowed otherwise", () => {
    expect(match("HEAD", "/api/v1/claims/c1")).toEqual({ kind: "known" });
    expect(match("OPTIONS", "/api/v1/claims/c1/verdict")).toEqual({ kind: "known" });
    expect(match("GET", "/api/v1/claims/c1/verdict")).toEqual({
      kind: "method-not-allowed",
      allow: ["POST", "OPTIONS"],
    });
  });

  it("takes dots literally and ignores paths outside the prefix", () => {
    expect(match("GET", "/api/v1/openapi.json")).toEqual({ kind: "known" });
    expect(match("GET", "/api/v1/openapiXjson")).toEqual({ kind: "unknown-path" });
    expect(match("GET", "/api/health")).toEqual({ kind: "unknown-path" });
  });
});
