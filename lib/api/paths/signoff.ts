// Sign-off, publication and the ClaimReview feed (docs/signoff.md).
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { publishArticleSchema } from "@/lib/publishing/schema";
import { claimReviewFeedQuerySchema } from "@/lib/publishing/feed-query";
import { approveClaimSchema, sendBackSchema } from "@/lib/signoff/schema";
import { CLAIM_STATUSES } from "@/lib/workflow/states";
import { errorResponse, idParam, json, nextCursor, notFound, pageQuery, standardErrors } from "../openapi-helpers";

const dateTime = z.iso.datetime();
const status = z.enum(CLAIM_STATUSES);
const signoff = z.enum(["NONE", "AWAITING", "APPROVED"]).meta({
  description: "AWAITING after a verdict until an editor other than its author approves it (APPROVED); NONE without a verdict.",
});

const statusChange = z
  .object({
    id: z.string(),
    seq: z.int(),
    kind: z.enum(["VERDICT", "APPROVED", "SENT_BACK", "PUBLISHED", "CORRECTION"]),
    fromStatus: status,
    toStatus: status,
    rationale: z.string(),
    hash: z.string(),
  })
  .loose()
  .meta({ description: "The row appended to the claim's hash chain (serialisation v2, docs/signoff.md)." });

const signoffResult = z.object({
  claim: z.object({ id: z.string(), number: z.int(), status, signoff, version: z.int() }),
  statusChange,
});

const claimReview = z
  .object({ "@context": z.literal("https://schema.org"), "@type": z.literal("ClaimReview"), url: z.string() })
  .loose()
  .meta({ description: "One ClaimReview (JSON-LD); docs/claimreview.schema.json." });

export const signoffPaths: ZodOpenApiPathsObject = {
  "/api/v1/claims/{id}/approve": {
    post: {
      summary: "Approve the verdict awaiting sign-off (editors and admins; never one's own verdict)",
      description:
        "Appends an APPROVED row to the claim's hash chain. 403 for whoever set the verdict, whatever their role. When the claim was already published with a different verdict, the approval also records a correction (`correction`). The body is optional; `version` pins the claim version you saw (409 when it moved on).",
      requestParams: { path: idParam },
      requestBody: { required: false, ...json(approveClaimSchema) },
      responses: {
        "200": {
          description: "Approved",
          ...json(
            signoffResult.extend({
              correction: z.object({ id: z.string(), fromStatus: status, toStatus: status, reason: z.string() }).loose().nullable(),
            }),
          ),
        },
        ...standardErrors,
        "403": errorResponse("Not an editor or admin, or (own verdict) you set this verdict: another editor must approve it."),
        ...notFound("claim"),
        "409": errorResponse("The claim has no verdict awaiting sign-off, or changed since `version`."),
      },
    },
  },
  "/api/v1/claims/{id}/send-back": {
    post: {
      summary: "Send the verdict awaiting sign-off back to its reviewer with a comment (editors and admins)",
      description:
        "Appends a SENT_BACK row (the comment is its rationale) to PENDING, reopens the reviewer's assignment and notifies them. 400 with `fields.comment` when the comment is empty.",
      requestParams: { path: idParam },
      requestBody: json(sendBackSchema, { comment: "The date in the second source is a day off: check it again." }),
      responses: {
        "200": { description: "Sent back", ...json(signoffResult) },
        ...standardErrors,
        ...notFound("claim"),
        "409": errorResponse("The claim has no verdict awaiting sign-off, the article is finalized, or the claim changed since `version`."),
      },
    },
  },
  "/api/v1/articles/{id}/publish": {
    post: {
      summary: "Publish the article's approved verdicts at a public URL (editors and admins)",
      description:
        "Every live claim must be approved or excluded (`exclude`: claim numbers, kept until published again without them). Each claim is at `url#c{number}`; each gets a PUBLISHED row in its hash chain. Publishing again with another URL records the new address.",
      requestParams: { path: idParam },
      requestBody: json(publishArticleSchema, { url: "https://factcheck.example.org/2024/12/syria-claims", exclude: [4] }),
      responses: {
        "200": {
          description: "Published",
          ...json(
            z.object({
              publication: z.object({ articleId: z.string(), url: z.string(), publishedAt: dateTime, modifiedAt: dateTime.nullable() }),
              published: z.array(z.object({ id: z.string(), number: z.int(), url: z.string() })),
              excluded: z.array(z.int()),
            }),
          ),
        },
        ...standardErrors,
        ...notFound("article"),
        "409": errorResponse(
          "Some claims are not approved yet (`claims`: id, number, status, signoff of each), or none is approved.",
        ),
      },
    },
  },
  "/api/v1/claimreview": {
    get: {
      summary: "ClaimReview items of published articles (JSON-LD), oldest publication first",
      description:
        "Only published verdicts, as published or last corrected: never work in progress. `since` keeps items published or corrected on or after that day (UTC), `until` those published on or before it.",
      requestParams: { query: pageQuery.extend(claimReviewFeedQuerySchema.shape) },
      responses: {
        "200": { description: "A page of ClaimReview items", ...json(z.object({ items: z.array(claimReview), next: nextCursor })) },
        "400": errorResponse("A page size, cursor or date it cannot use."),
        "401": errorResponse("No valid session or API token."),
      },
    },
  },
};
