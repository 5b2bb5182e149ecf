// The OpenAPI document of /api/v1, generated from the zod schemas the routes use.
import { createDocument } from "zod-openapi";
import { z } from "zod";
import { importArticleSchema } from "@/lib/articles/schema";
import { createTokenSchema } from "@/lib/tokens/schema";
import { createUserSchema, updateUserSchema } from "@/lib/users/schema";
import {
  createdTokenBody,
  errorBody,
  healthBody,
  importedArticleBody,
  tokenBody,
  userBody,
} from "./contracts";

const json = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
const error = (description: string) => ({ description, ...json(errorBody) });
const standardErrors = {
  "400": error("Malformed JSON or invalid fields; `fields` says which."),
  "401": error("No valid session or API token."),
  "403": error("Your role does not allow this."),
};
const idParam = z.object({ id: z.string() });

export function buildOpenApiDocument() {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "ClaimLedger API",
      version: "1",
      description: "Authenticate with `Authorization: Bearer TOKEN` (create tokens under Settings → API tokens) or a browser session.",
    },
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    security: [{ bearer: [] }],
    paths: {
      "/api/health": {
        get: {
          summary: "Service and database health",
          security: [],
          responses: { "200": { description: "Healthy", ...json(healthBody) }, "503": { description: "Unhealthy, with the reason", ...json(healthBody) } },
        },
      },
      "/api/v1/me": {
        get: { summary: "The caller", responses: { "200": { description: "The authenticated user", ...json(userBody) }, ...standardErrors } },
      },
      "/api/v1/tokens": {
        get: {
          summary: "Your API tokens",
          responses: { "200": { description: "Tokens, newest first", ...json(z.object({ tokens: z.array(tokenBody) })) }, ...standardErrors },
        },
        post: {
          summary: "Create an API token",
          requestBody: json(createTokenSchema),
          responses: { "201": { description: "Created; the token is shown once", ...json(createdTokenBody) }, ...standardErrors },
        },
      },
      "/api/v1/tokens/{id}": {
        delete: {
          summary: "Revoke one of your API tokens",
          requestParams: { path: idParam },
          responses: { "200": { description: "Revoked", ...json(tokenBody) }, ...standardErrors, "404": error("No such active token of yours.") },
        },
      },
      "/api/v1/users": {
        get: {
          summary: "List users (admins)",
          responses: { "200": { description: "Users", ...json(z.object({ users: z.array(userBody) })) }, ...standardErrors },
        },
        post: {
          summary: "Create a user (admins)",
          requestBody: json(createUserSchema),
          responses: { "201": { description: "Created", ...json(userBody) }, ...standardErrors, "409": error("Email already in use.") },
        },
      },
      "/api/v1/users/{id}": {
        patch: {
          summary: "Change a user's role or deactivate / reactivate (admins)",
          requestParams: { path: idParam },
          requestBody: json(updateUserSchema),
          responses: { "200": { description: "Updated", ...json(userBody) }, ...standardErrors, "404": error("No such user.") },
        },
      },
      "/api/v1/articles": {
        post: {
          summary: "Import an article; its claims are extracted in the same transaction",
          requestBody: json(importArticleSchema),
          responses: {
            "201": { description: "Imported", ...json(importedArticleBody) },
            ...standardErrors,
            "409": error("The same text was already imported; `articleId` names the existing article."),
          },
        },
      },
    },
  });
}
