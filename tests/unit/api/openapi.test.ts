import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";

describe("OpenAPI document", () => {
  const document = buildOpenApiDocument();

  it("documents the foundation endpoints with schemas generated from zod", () => {
    expect(document.openapi).toBe("3.1.0");
    for (const path of ["/api/health", "/api/v1/me", "/api/v1/tokens", "/api/v1/users", "/api/v1/articles"]) {
      expect(document.paths?.[path], path).toBeDefined();
    }
    const createUser = document.paths?.["/api/v1/users"]?.post?.requestBody;
    const schema = createUser && "content" in createUser ? createUser.content["application/json"]?.schema : undefined;
    expect(JSON.stringify(schema)).toContain("REVIEWER");
  });

  it("documents the review workflow: verdict states, permanent numbers, claimant, reopen, consultations", () => {
    for (const path of [
      "/api/v1/claims/{id}/reopen",
      "/api/v1/claims/{id}/claimant",
      "/api/v1/consultations/{id}",
      "/api/v1/articles/{id}/claims/{number}",
    ]) {
      expect(document.paths?.[path], path).toBeDefined();
    }
    expect(document.paths?.["/api/v1/articles/{id}/finalize"]?.get).toBeDefined();
    const claim = JSON.stringify(document.paths?.["/api/v1/claims/{id}"]?.get?.responses);
    for (const word of ["PENDING", "UNVERIFIED", "number", "claimant"]) expect(claim).toContain(word);
  });

  it("describes errors with one shared schema", () => {
    expect(document.components?.schemas?.Error).toBeDefined();
  });
});

describe("OpenAPI operations", () => {
  const document = buildOpenApiDocument();
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    (["get", "put", "post", "delete", "patch"] as const)
      .filter((method) => item?.[method])
      .map((method) => ({ key: `${method.toUpperCase()} ${path}`, operation: item![method]! })),
  );

  it("each have a unique operationId, a summary and a declared tag", () => {
    const declaredTags = new Set((document.tags ?? []).map((tag) => tag.name));
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(operations.length);
    for (const { key, operation } of operations) {
      expect(operation.operationId, key).toMatch(/^[a-z][A-Za-z]+$/);
      expect(operation.summary, key).toBeTruthy();
      expect(operation.tags?.length, key).toBe(1);
      expect(declaredTags.has(operation.tags![0]), key).toBe(true);
    }
  });

  it("document 413 and 415 wherever a JSON body is read", () => {
    for (const { key, operation } of operations.filter(({ operation }) => operation.requestBody)) {
      expect(Object.keys(operation.responses ?? {}), key).toEqual(expect.arrayContaining(["413", "415"]));
    }
  });
});
