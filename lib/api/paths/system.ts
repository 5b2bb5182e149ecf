import type { ZodOpenApiPathsObject } from "zod-openapi";
import { healthBody, userBody } from "../contracts";
import { authRequired, json } from "../openapi-helpers";

export const systemPaths: ZodOpenApiPathsObject = {
  "/api/health": {
    get: {
      summary: "Service and database health",
      security: [],
      responses: {
        "200": { description: "Healthy", ...json(healthBody) },
        "503": { description: "Unhealthy, with the reason", ...json(healthBody) },
      },
    },
  },
  "/api/v1/openapi.json": {
    get: {
      summary: "This document",
      security: [],
      responses: { "200": { description: "The OpenAPI 3.1 document of the API", content: { "application/json": {} } } },
    },
  },
  "/api/v1/me": {
    get: {
      summary: "The caller",
      responses: { "200": { description: "The authenticated user", ...json(userBody) }, ...authRequired },
    },
  },
};
