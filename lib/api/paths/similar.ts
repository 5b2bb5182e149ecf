// Similar claims (issue 18): the suggestions on a claim, deciding them, reusing sources.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { decideMatchSchema, reuseSourcesSchema } from "@/lib/similar/schema";
import { CLAIM_STATUSES } from "@/lib/workflow/states";
import {
  errorResponse,
  idParam,
  ifMatchHeader,
  json,
  notFound,
  preconditionFailed,
  standardErrors,
} from "../openapi-helpers";

const matchParams = z.object({ id: z.string(), matchId: z.string() });

const conflict = z.object({ ours: z.string(), theirs: z.string(), unit: z.string().nullable() });

const similarItem = z
  .object({
    matchId: z.string().meta({ description: "The suggestion (what confirm, dismiss and reuse name)." }),
    state: z.enum(["SUGGESTED", "CONFIRMED", "DISMISSED"]),
    claimId: z.string().meta({ description: "The other claim: the earlier one (or, in `linkedFrom`, the later one)." }),
    articleId: z.string(),
    direction: z.enum(["earlier", "later"]),
    score: z.number().min(0).max(1),
    status: z.enum(CLAIM_STATUSES).meta({ description: "The other claim's status (its verdict, once reviewed)." }),
    number: z.int(),
    statement: z.string(),
    statementRuns: z.array(z.object({ text: z.string(), shared: z.boolean() })),
    language: z.string(),
    articleTitle: z.string(),
    rationale: z.string().nullable(),
    sourceCount: z.int(),
    sharedWords: z.array(z.string()),
    sharedNumbers: z.array(z.string()),
    conflicts: z.array(conflict).meta({ description: 'Figures the two state differently ("12" vs "15" dead).' }),
    sameStory: z
      .object({ wordScore: z.number().min(0).max(1) })
      .nullable()
      .meta({
        description:
          "Set when the pair was aligned within a story both articles tell: `wordScore` is the score on the words alone; `score` adds the story bonus (CLAIMLEDGER_SIMILAR_STORY_BONUS).",
      }),
    decidedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "SimilarClaim" });

export const similarPaths: ZodOpenApiPathsObject = {
  "/api/v1/claims/{id}/similar": {
    get: {
      summary: "Similar claims of earlier articles: suggestions and confirmed links, best first",
      description:
        "`items`: up to three suggestions above the suggestion threshold plus confirmed links to earlier claims, best score first. `linkedFrom`: later claims confirmed as the same as this one. Only claims the caller may read are listed.",
      requestParams: { path: idParam },
      responses: {
        "200": {
          description: "The claim's similar claims",
          ...json(
            z.object({
              claimId: z.string(),
              items: z.array(similarItem),
              linkedFrom: z.array(similarItem),
              mayDecide: z
                .boolean()
                .meta({ description: "Whether the caller may confirm or dismiss (editor, or the assigned reviewer)." }),
              mayReuse: z.boolean().meta({ description: "Whether the caller may copy sources onto this claim now." }),
            }),
          ),
        },
        ...standardErrors,
        ...notFound("claim"),
      },
    },
  },
  "/api/v1/claims/{id}/similar/{matchId}": {
    post: {
      summary: "Confirm (the same claim) or dismiss a similar earlier claim",
      requestParams: { path: matchParams },
      requestBody: json(decideMatchSchema, { decision: "CONFIRMED" }),
      responses: {
        "200": {
          description: "Decided",
          ...json(
            z.object({
              matchId: z.string(),
              claimId: z.string(),
              earlierClaimId: z.string(),
              state: z.enum(["CONFIRMED", "DISMISSED"]),
              decidedAt: z.iso.datetime(),
            }),
          ),
        },
        ...standardErrors,
        ...notFound("claim or similar claim"),
        "409": errorResponse("Already decided that way."),
      },
    },
  },
  "/api/v1/claims/{id}/similar/{matchId}/reuse-sources": {
    post: {
      summary: "Copy a confirmed earlier claim's sources onto this claim (new sources, attributed; never the verdict)",
      requestParams: { path: matchParams, header: ifMatchHeader },
      requestBody: json(reuseSourcesSchema, { version: 3 }),
      responses: {
        "201": {
          description: "Sources copied (URLs this claim already cites are skipped)",
          ...json(
            z.object({
              evidence: z.array(z.object({ id: z.string(), url: z.string(), title: z.string() }).loose()),
              skipped: z.int(),
              claim: z.object({ id: z.string(), version: z.int() }),
            }),
          ),
        },
        ...standardErrors,
        ...notFound("claim or similar claim"),
        "409": errorResponse(
          "The match is not confirmed, the article is finalized, or the claim changed since you read it.",
        ),
        ...preconditionFailed,
      },
    },
  },
};
