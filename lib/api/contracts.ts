// Response shapes of the JSON API, as zod schemas: the OpenAPI document is generated from them
// and from the input schemas in lib/<domain>/schema.ts.
import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { STANCES } from "@/lib/evidence/schema";
import { CLAIM_STATUSES } from "@/lib/workflow/states";

const claimStatus = z.enum(CLAIM_STATUSES);

/** The claim as it is now, in a CONFLICT over a stale `version` (lib/workflow/conflict.ts). */
export const claimSnapshotBody = z
  .object({
    id: z.string(),
    number: z.int(),
    version: z.int(),
    status: claimStatus,
    updatedAt: z.iso.datetime(),
    evidence: z.array(z.object({ id: z.string(), url: z.string(), title: z.string(), stance: z.enum(STANCES) })),
    lastChange: z
      .object({
        seq: z.int(),
        toStatus: claimStatus,
        rationale: z.string(),
        actorName: z.string(),
        createdAt: z.iso.datetime(),
      })
      .nullable(),
  })
  .meta({ id: "ClaimSnapshot" });

const finalizeCounts = z.object({ claims: z.int(), pending: z.int(), openAssignments: z.int() });

export const errorBody = z
  .object({
    error: z.object({
      code: z.enum([
        "VALIDATION_FAILED",
        "UNAUTHENTICATED",
        "FORBIDDEN",
        "READ_ONLY_TOKEN",
        "NOT_FOUND",
        "CONFLICT",
        "PRECONDITION_FAILED",
        "PAYLOAD_TOO_LARGE",
        "UNSUPPORTED_MEDIA_TYPE",
        "METHOD_NOT_ALLOWED",
        "BAD_REQUEST",
        "RATE_LIMITED",
        "UNAVAILABLE",
        "INTERNAL",
      ]),
      message: z.string(),
      fields: z
        .record(z.string(), z.array(z.string()))
        .optional()
        .meta({ description: "Field path → messages; '_' is the whole input." }),
      current: claimSnapshotBody
        .nullable()
        .optional()
        .meta({ description: "CONFLICT over a stale version: the claim as it is now, to compare with your change." }),
      articleId: z
        .string()
        .optional()
        .meta({ description: "CONFLICT on import: the article that already has this text." }),
      preview: finalizeCounts
        .optional()
        .meta({ description: "Finalize: the unfinished counts to confirm, as they are now." }),
      unknownMentions: z.array(z.string()).optional().meta({ description: "Comment: the @names that match nobody." }),
      claims: z
        .array(z.object({ id: z.string(), number: z.int(), status: z.string(), signoff: z.string() }))
        .optional()
        .meta({ description: "Publish: the claims not yet approved (neither approved nor excluded)." }),
      budgetMs: z.int().optional().meta({ description: "UNAVAILABLE: the time budget the work exceeded." }),
      phase: z
        .enum(["queued", "running"])
        .optional()
        .meta({ description: "UNAVAILABLE: whether the work waited too long to start or ran too long." }),
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
    timeZone: z
      .string()
      .nullable()
      .optional()
      .meta({ description: "GET /api/v1/me: the zone you chose (IANA), or null: the browser's zone is used." }),
    createdAt: z.iso.datetime().optional().meta({ description: "In the user-management answers (admins)." }),
    deactivatedAt: z.iso
      .datetime()
      .nullable()
      .optional()
      .meta({ description: "In the user-management answers (admins)." }),
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
    expiresAt: z.iso.datetime().nullable().meta({ description: "After this instant the token is refused (401); null: never." }),
    readOnly: z.boolean().meta({ description: "A read-only token may only read: every write answers 403 READ_ONLY_TOKEN." }),
  })
  .meta({ id: "ApiToken" });

export const createdTokenBody = tokenBody
  .extend({ token: z.string().meta({ description: "The token itself. Shown only in this response." }) })
  .meta({ id: "CreatedApiToken" });

export const healthBody = z
  .union([
    z.object({
      status: z.literal("ok"),
      database: z.enum(["embedded", "external"]),
      migrations: z.literal("up-to-date"),
    }),
    z.object({ status: z.literal("error"), database: z.enum(["embedded", "external"]), reason: z.string() }),
  ])
  .meta({ id: "Health" });

/** What every claim answer says of the claim's place in the text and its wording. */
export const claimAnchorFields = {
  id: z.string(),
  number: z.int().meta({ description: "Permanent number within the article (C1, C2, …)." }),
  text: z.string().meta({ description: "The quote: the article's text between start and end." }),
  statement: z.string().meta({
    description:
      "The assertion as a reviewer reads it on its own (subject and attribution restored); `text` is the quote at the anchor.",
  }),
  start: z.int().meta({ description: "Offset into the article body, in UTF-16 code units." }),
  end: z.int(),
};

export const claimSummaryBody = z
  .object({
    ...claimAnchorFields,
    ordinal: z.int().meta({ description: "Position in reading order." }),
    status: claimStatus,
    claimant: z.string().nullable(),
    score: z.number().nullable(),
    reasons: z.array(z.string()),
  })
  .meta({ id: "ClaimSummary" });

/** An article's language and the direction its text is read in (both responses that carry an article). */
export const articleLanguageFields = {
  language: z
    .string()
    .meta({ description: 'BCP 47 tag of the text\'s language ("ar", "en"): detected at import unless given.' }),
  direction: z
    .enum(["ltr", "rtl"])
    .meta({ description: "Base direction of the text: rtl for Arabic, Hebrew, Persian…" }),
};

export const articleBody = z
  .object({
    id: z.string(),
    title: z.string(),
    publisher: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: z.iso.datetime().nullable(),
    bodySha256: z.string(),
    createdAt: z.iso.datetime(),
    ...articleLanguageFields,
  })
  .meta({ id: "Article" });

export const importedArticleBody = z
  .object({ article: articleBody, claims: z.array(claimSummaryBody) })
  .meta({ id: "ImportedArticle" });
