import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { createTokenSchema } from "@/lib/tokens/schema";
import { createUserSchema, updateUserSchema } from "@/lib/users/schema";
import { createdTokenBody, tokenBody, userBody } from "../contracts";
import { errorResponse, idParam, json, standardErrors } from "../openapi-helpers";

export const userPaths: ZodOpenApiPathsObject = {
  "/api/v1/tokens": {
    get: {
      summary: "Your API tokens",
      responses: { "200": { description: "Tokens, newest first", ...json(z.object({ tokens: z.array(tokenBody) })) }, ...standardErrors },
    },
    post: {
      summary: "Create an API token (from a signed-in browser session only; 403 with an API token)",
      requestBody: json(createTokenSchema),
      responses: { "201": { description: "Created; the token is shown once", ...json(createdTokenBody) }, ...standardErrors },
    },
  },
  "/api/v1/tokens/{id}": {
    delete: {
      summary: "Revoke one of your API tokens (from a signed-in browser session only; 403 with an API token)",
      requestParams: { path: idParam },
      responses: { "200": { description: "Revoked", ...json(tokenBody) }, ...standardErrors, "404": errorResponse("No such active token of yours.") },
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
      responses: { "201": { description: "Created", ...json(userBody) }, ...standardErrors, "409": errorResponse("Email already in use.") },
    },
  },
  "/api/v1/users/{id}": {
    patch: {
      summary: "Change a user's role, active flag or password (admins); deactivating revokes their API tokens and a new password ends their sessions",
      requestParams: { path: idParam },
      requestBody: json(updateUserSchema),
      responses: { "200": { description: "Updated", ...json(userBody) }, ...standardErrors, "404": errorResponse("No such user.") },
    },
  },
};
