// Response shapes of the API's reads of articles and claims (lists and single reads), as zod
// schemas; the OpenAPI document is generated from them (contracts.ts has the rest).
import { z } from "zod";
import { CLAIM_STATUSES } from "@/lib/workflow/states";
import { articleLanguageFields, claimAnchorFields } from "./contracts";
import { nextCursor } from "./openapi-helpers";

const dateTime = z.iso.datetime();
const count = (description: string) => z.int().meta({ description });

export const articleOverviewBody = z
  .object({
    id: z.string(),
    title: z.string(),
    publisher: z.string().nullable(),
    publishedAt: dateTime.nullable(),
    createdAt: dateTime.meta({ description: "When it was imported." }),
    finalizedAt: dateTime.nullable().meta({ description: "Set while the article is finalized (read-only)." }),
    importedByName: z.string(),
    total: count("Live claims."),
    pending: count("Claims not yet reviewed."),
    corroborated: count("Claims with the verdict CORROBORATED."),
    disputed: count("Claims with the verdict DISPUTED."),
    unverified: count("Claims with the verdict UNVERIFIED."),
    withVerdict: count("Claims with any verdict: the done ones. Progress is withVerdict / total."),
    openAssignments: count("Open assignments on live claims."),
    overdueAssignments: count("Open assignments past their due date."),
    lastActivityAt: dateTime
      .nullable()
      .meta({ description: "The latest recorded change to the article or its claims." }),
  })
  .meta({ id: "ArticleOverview" });

export const articleListBody = z
  .object({ articles: z.array(articleOverviewBody), next: nextCursor })
  .meta({ id: "ArticleList" });

export const articleDetailBody = articleOverviewBody
  .extend({
    url: z.string().nullable(),
    body: z
      .string()
      .meta({ description: "The text as imported; claim offsets (start, end) index into it in UTF-16 code units." }),
    bodySha256: z.string(),
    ...articleLanguageFields,
  })
  .meta({ id: "ArticleDetail" });

export const claimListItemBody = z
  .object({
    ...claimAnchorFields,
    articleId: z.string(),
    claimant: z.string().nullable(),
    status: z.enum(CLAIM_STATUSES),
    version: z.int().meta({ description: "Send it (or If-Match) with a write to this claim." }),
    score: z
      .number()
      .nullable()
      .meta({ description: "Check-worthiness from extraction; null for claims added by hand." }),
    currentSources: z.int(),
    assignee: z
      .object({ id: z.string(), name: z.string(), active: z.boolean() })
      .nullable()
      .meta({ description: "The reviewer of the open assignment; active false: their account was deactivated." }),
    dueAt: dateTime.nullable(),
    overdue: z.boolean(),
    createdAt: dateTime,
    updatedAt: dateTime,
  })
  .meta({ id: "ClaimListItem" });

export const claimListBody = z
  .object({ claims: z.array(claimListItemBody), next: nextCursor })
  .meta({ id: "ClaimList" });

export const auditEntryBody = z
  .object({
    id: z.string(),
    action: z.string().meta({ description: 'What happened, e.g. "claim.split", "verdict.set", "evidence.added".' }),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown().meta({ description: "The changed fields before (JSON), or null." }),
    after: z.unknown().meta({ description: "The changed fields after (JSON), or null." }),
    createdAt: dateTime,
    actor: z.object({ id: z.string(), name: z.string() }).nullable().meta({ description: "null: the system." }),
  })
  .meta({ id: "AuditEntry" });

export const auditLogBody = z.object({ events: z.array(auditEntryBody), next: nextCursor }).meta({ id: "AuditLog" });

export const mentionListBody = z
  .object({
    mentions: z.array(
      z.object({
        id: z.string(),
        readAt: dateTime.nullable(),
        createdAt: dateTime,
        comment: z.object({
          id: z.string(),
          body: z.string(),
          author: z.object({ id: z.string(), name: z.string() }),
          claim: z.object({ id: z.string(), number: z.int(), articleId: z.string() }),
        }),
      }),
    ),
    next: nextCursor,
  })
  .meta({ id: "MentionList" });
