// Response shapes of the JSON API, as zod schemas: the OpenAPI document is generated from them
// and from the input schemas in lib/<domain>/schema.ts.
import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";

export const errorBody = z
  .object({
    error: z.object({
      code: z.enum(["VALIDATION_FAILED", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "METHOD_NOT_ALLOWED", "BAD_REQUEST", "RATE_LIMITED", "UNAVAILABLE", "INTERNAL"]),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Field path → messages; '_' is the whole input." }),
    }),
  })
  .meta({ id: "Error" });

export const userBody = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    active: z.boolean(),
  })
  .meta({ id: "User" });

export const tokenBody = z
  .object({
    id: z.string(),
    name: z.string(),
    tokenStart: z.string(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "ApiToken" });

export const createdTokenBody = tokenBody
  .extend({ token: z.string().meta({ description: "The token itself. Shown only in this response." }) })
  .meta({ id: "CreatedApiToken" });

export const healthBody = z
  .union([
    z.object({ status: z.literal("ok"), database: z.enum(["embedded", "external"]), migrations: z.literal("up-to-date") }),
    z.object({ status: z.literal("error"), database: z.enum(["embedded", "external"]), reason: z.string() }),
  ])
  .meta({ id: "Health" });

export const claimSummaryBody = z
  .object({
    id: z.string(),
    text: z.string(),
    start: z.int().meta({ description: "Offset into the article body, in UTF-16 code units." }),
    end: z.int(),
    status: z.enum(["UNVERIFIED", "CORROBORATED", "DISPUTED"]),
    score: z.number().nullable(),
    reasons: z.array(z.string()),
  })
  .meta({ id: "ClaimSummary" });

export const articleBody = z
  .object({
    id: z.string(),
    title: z.string(),
    publisher: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: z.iso.datetime().nullable(),
    bodySha256: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Article" });

export const importedArticleBody = z
  .object({ article: articleBody, claims: z.array(claimSummaryBody) })
  .meta({ id: "ImportedArticle" });
