// The OpenAPI document against Redocly's recommended rules (the engine of `npx @redocly/cli lint`),
// and its examples against their own schemas.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";

type Json = Record<string, unknown>;
const document = JSON.parse(JSON.stringify(buildOpenApiDocument())) as {
  paths: Record<string, Record<string, Json>>;
  components: Json;
};

describe("the OpenAPI document", () => {
  it("passes Redocly's recommended rules but for the three warnings docs/api.md justifies", async () => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: "openapi.json", config });
    const found = problems
      .map((problem) => `${problem.severity} ${problem.ruleId} ${problem.location[0]?.pointer}`)
      .sort();
    expect(found).toEqual([
      "warn info-license #/info",
      "warn operation-4xx-response #/paths/~1api~1health/get/responses",
      "warn operation-4xx-response #/paths/~1api~1v1~1openapi.json/get/responses",
    ]);
  }, 30_000);

  it("has examples for the main operations, each valid against its schema", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addSchema({ $id: "https://claimledger.invalid/openapi.json", components: document.components });
    const examples: { where: string; schema: Json; example: unknown }[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const bodies = [
          ["request", (operation.requestBody as Json | undefined)?.content],
          ...Object.entries((operation.responses as Record<string, Json>) ?? {}).map(([status, response]) => [
            status,
            response.content,
          ]),
        ] as [string, Record<string, Json> | undefined][];
        for (const [where, content] of bodies) {
          const media = content?.["application/json"];
          if (media && "example" in media)
            examples.push({
              where: `${method.toUpperCase()} ${path} ${where}`,
              schema: media.schema as Json,
              example: media.example,
            });
        }
      }
    }
    expect(examples.map((example) => example.where)).toEqual(
      expect.arrayContaining([
        "GET /api/v1/articles 200",
        "POST /api/v1/articles request",
        "GET /api/v1/articles/{id}/claims 200",
        "POST /api/v1/claims/{id}/evidence request",
        "POST /api/v1/claims/{id}/verdict request",
      ]),
    );
    for (const { where, schema, example } of examples) {
      const validate = ajv.compile(
        JSON.parse(
          JSON.stringify(schema).replaceAll('"#/components/', '"https://claimledger.invalid/openapi.json#/components/'),
        ),
      );
      expect(validate(example), `${where}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });
});
