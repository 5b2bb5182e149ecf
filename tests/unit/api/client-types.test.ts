// The typed client's types (lib/api-client/schema.ts) are generated from the OpenAPI document:
// an operation added or changed without `npm run api:client` fails here.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateClientTypes } from "@/lib/api-client/generate";

describe("lib/api-client/schema.ts", () => {
  it("matches the OpenAPI document (run `npm run api:client` after changing the API)", async () => {
    const committed = readFileSync(new URL("../../../lib/api-client/schema.ts", import.meta.url), "utf8");
    expect(
      committed === (await generateClientTypes()),
      "lib/api-client/schema.ts is stale: run npm run api:client",
    ).toBe(true);
  }, 30_000);
});
