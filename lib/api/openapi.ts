// The OpenAPI document of the JSON API, generated from the zod schemas the routes validate
// with. Each domain lists its endpoints in lib/api/paths/<domain>.ts.
import { createDocument } from "zod-openapi";
import { articlePaths } from "./paths/articles";
import { reportPaths } from "./paths/reports";
import { reviewPaths } from "./paths/review";
import { systemPaths } from "./paths/system";
import { userPaths } from "./paths/users";

export function buildOpenApiDocument() {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "ClaimLedger API",
      version: "1",
      description:
        "Authenticate with `Authorization: Bearer TOKEN` (create tokens under Settings → API tokens, or `npx claimledger token create`) or a browser session. Errors are `{ error: { code, message, fields? } }`.",
    },
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    security: [{ bearer: [] }],
    paths: { ...systemPaths, ...userPaths, ...articlePaths, ...reviewPaths, ...reportPaths },
  });
}
