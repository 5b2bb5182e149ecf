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

  it("describes errors with one shared schema", () => {
    expect(document.components?.schemas?.Error).toBeDefined();
  });
});
