import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { createTokenSchema } from "@/lib/tokens/schema";
import { LOCALES } from "@/lib/i18n/locales";
import { localeSettingSchema } from "@/lib/i18n/schema";
import { timeZoneSettingSchema } from "@/lib/time/schema";
import { createUserSchema, deactivateUserSchema, reassignOpenWorkSchema, updateUserSchema } from "@/lib/users/schema";
import { createdTokenBody, tokenBody, userBody } from "../contracts";
import {
  authRequired,
  errorResponse,
  forbidden,
  idParam,
  invalidInput,
  json,
  nextCursor,
  pageQuery,
  standardErrors,
} from "../openapi-helpers";

const timeZoneBody = z.object({
  timeZone: z
    .string()
    .nullable()
    .meta({ description: "IANA zone name (canonical spelling), or null: not chosen, the browser's zone is used." }),
});

const localeBody = z.object({
  locale: z
    .enum(LOCALES)
    .nullable()
    .meta({ description: "Interface language, or null: not chosen, the browser's Accept-Language is used." }),
});

const openWorkOutcome = z.object({
  moved: z.int().meta({ description: "Open assignments moved to other reviewers." }),
  stillOpen: z.int().meta({ description: "Open assignments the person still holds." }),
  reassignError: z.string().optional().meta({ description: "Why moving them failed, when it did." }),
});

const sessionOnly = forbidden("Called with an API token: tokens are managed from a signed-in browser session.");

export const userPaths: ZodOpenApiPathsObject = {
  "/api/v1/me/time-zone": {
    get: {
      summary: "Your time zone: the zone pages and reports write times in (stored times stay UTC)",
      responses: { "200": { description: "Your setting", ...json(timeZoneBody) }, ...authRequired },
    },
    put: {
      summary: "Choose your time zone (an IANA name such as Europe/Berlin; null goes back to the browser's zone)",
      requestBody: json(timeZoneSettingSchema),
      responses: { "200": { description: "Saved", ...json(timeZoneBody) }, ...invalidInput, ...authRequired },
    },
  },
  "/api/v1/me/language": {
    get: {
      summary: "Your interface language (pages only: API messages stay English, they are a contract)",
      responses: { "200": { description: "Your setting", ...json(localeBody) }, ...authRequired },
    },
    put: {
      summary: "Choose your interface language (null goes back to the browser's preference)",
      requestBody: json(localeSettingSchema),
      responses: { "200": { description: "Saved", ...json(localeBody) }, ...invalidInput, ...authRequired },
    },
  },
  "/api/v1/tokens": {
    get: {
      summary: "Your API tokens",
      requestParams: { query: pageQuery },
      responses: {
        "200": {
          description: "Tokens, newest first",
          ...json(z.object({ tokens: z.array(tokenBody), next: nextCursor })),
        },
        ...invalidInput,
        ...authRequired,
      },
    },
    post: {
      summary: "Create an API token (from a signed-in browser session only; 403 with an API token)",
      requestBody: json(createTokenSchema),
      responses: {
        "201": { description: "Created; the token is shown once", ...json(createdTokenBody) },
        ...invalidInput,
        ...authRequired,
        ...sessionOnly,
      },
    },
  },
  "/api/v1/tokens/{id}": {
    delete: {
      summary: "Revoke one of your API tokens (from a signed-in browser session only; 403 with an API token)",
      requestParams: { path: idParam },
      responses: {
        "200": { description: "Revoked", ...json(tokenBody) },
        ...invalidInput,
        ...authRequired,
        ...sessionOnly,
        "404": errorResponse("No such active token of yours."),
      },
    },
  },
  "/api/v1/users": {
    get: {
      summary: "List users (admins)",
      requestParams: { query: pageQuery },
      responses: {
        "200": {
          description: "Users, active first, then by name",
          ...json(z.object({ users: z.array(userBody), next: nextCursor })),
        },
        ...invalidInput,
        ...authRequired,
        ...forbidden("Only admins manage users."),
      },
    },
    post: {
      summary: "Create a user (admins)",
      requestBody: json(createUserSchema),
      responses: {
        "201": { description: "Created", ...json(userBody) },
        ...standardErrors,
        "409": errorResponse("Email already in use."),
      },
    },
  },
  "/api/v1/users/{id}": {
    patch: {
      summary:
        "Change a user's role, active flag or password (admins); deactivating revokes their API tokens and a new password ends their sessions",
      requestParams: { path: idParam },
      requestBody: json(updateUserSchema),
      responses: {
        "200": { description: "Updated", ...json(userBody) },
        ...standardErrors,
        "404": errorResponse("No such user."),
      },
    },
  },
  "/api/v1/users/{id}/deactivate": {
    post: {
      summary: "Deactivate a user and move, spread or leave their open assignments (admins)",
      description:
        "openAssignments: reassign (to toReviewerId), spread (over every other active reviewer) or leave (the dashboards flag them). The deactivation stands even if moving fails; `reassignError` then says why.",
      requestParams: { path: idParam },
      requestBody: json(deactivateUserSchema),
      responses: {
        "200": {
          description: "Deactivated",
          ...json(
            openWorkOutcome.extend({ user: z.object({ id: z.string(), name: z.string(), active: z.boolean() }) }),
          ),
        },
        ...standardErrors,
        "404": errorResponse("No such user."),
        "409": errorResponse("You cannot deactivate yourself, or this is the last active admin."),
      },
    },
  },
  "/api/v1/users/{id}/reassign": {
    post: {
      summary: "Move the open assignments a deactivated user still holds (admins)",
      requestParams: { path: idParam },
      requestBody: json(reassignOpenWorkSchema),
      responses: {
        "200": { description: "Moved", ...json(openWorkOutcome) },
        ...standardErrors,
        "404": errorResponse("No such user."),
      },
    },
  },
};
