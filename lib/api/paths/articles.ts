import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { importArticleSchema } from "@/lib/articles/schema";
import { autoAssignSchema } from "@/lib/assignments/schema";
import { addClaimSchema, promoteCandidateSchema } from "@/lib/claims/schema";
import { importedArticleBody } from "../contracts";
import { articleListExample, claimListExample, importArticleExample } from "../examples";
import { articleDetailBody, articleListBody, auditLogBody, claimListBody } from "../list-contracts";
import {
  authRequired,
  errorResponse,
  idParam,
  invalidInput,
  json,
  nextCursor,
  notFound,
  pageQuery,
  standardErrors,
} from "../openapi-helpers";

const extractionOverBudget = {
  "503": errorResponse(
    "Extracting claims from a very large text ran past its time budget (CLAIMLEDGER_EXTRACTION_TIMEOUT_MS); `budgetMs` and `phase` say which. Nothing was saved.",
  ),
};
const candidateBody = z
  .object({
    start: z.int(),
    end: z.int(),
    text: z.string().meta({ description: "The quote." }),
    statement: z.string(),
    score: z.number(),
    reasons: z.array(z.string()),
  })
  .meta({ id: "ClaimCandidate" });

const onFinalized = errorResponse("The article is finalized: reopen it first.");

/** Query parameters as strings, as they arrive; the descriptions say what parses (lib/dashboard/api-query.ts validates). */
const articleFilters = z
  .object({
    q: z
      .string()
      .optional()
      .meta({ description: "Words in the title or in any claim (full-text, as on the articles page)." }),
    status: z.string().optional().meta({ description: "Articles with at least one claim in this status." }),
    state: z.string().optional().meta({ description: "open or finalized." }),
    reviewer: z.string().optional().meta({ description: "Articles with a claim assigned to this user id." }),
    overdue: z.string().optional().meta({ description: "true: articles with an open assignment past due." }),
    from: z.string().optional().meta({ description: "Imported on or after this day (YYYY-MM-DD, UTC)." }),
    to: z.string().optional().meta({ description: "Imported on or before this day (YYYY-MM-DD, UTC)." }),
  })
  .extend(pageQuery.shape);

export const claimFilters = z
  .object({
    status: z.string().optional().meta({ description: "PENDING, CORROBORATED, DISPUTED or UNVERIFIED." }),
    assignee: z
      .string()
      .optional()
      .meta({ description: 'A reviewer\'s user id, or "none": claims without an open assignment.' }),
    evidence: z.string().optional().meta({ description: "true: with at least one current source; false: with none." }),
    overdue: z
      .string()
      .optional()
      .meta({ description: "true: the open assignment is past due; false: it is not (or there is none)." }),
  })
  .extend(pageQuery.shape);

export const articlePaths: ZodOpenApiPathsObject = {
  "/api/v1/articles": {
    get: {
      summary: "Articles you may read, newest import first, with claim counts and progress",
      description:
        "The articles page's filters; an unparsable filter value is a 400 naming it. Reviewers see the articles with a claim they may read.",
      requestParams: { query: articleFilters },
      responses: {
        "200": {
          description: "A page of articles",
          ...json(articleListBody, articleListExample),
        },
        ...invalidInput,
        ...authRequired,
      },
    },
    post: {
      summary: "Import an article; its claims are extracted in the same transaction",
      description:
        "`language` (a BCP 47 tag such as `ar` or `fr-CA`, stored canonical) is detected from the text when left out; a malformed tag is a 400 naming `language`. The answer's article carries `language` and `direction` (`rtl` for Arabic).",
      requestBody: json(importArticleSchema, importArticleExample),
      responses: {
        "201": { description: "Imported", ...json(importedArticleBody) },
        ...standardErrors,
        "409": errorResponse("The same text was already imported; `articleId` names the existing article."),
        ...extractionOverBudget,
      },
    },
  },
  "/api/v1/articles/{id}": {
    get: {
      summary: "An article: its text, metadata, claim counts and progress",
      requestParams: { path: idParam },
      responses: {
        "200": {
          description: "Article",
          headers: z.object({
            ETag: z
              .string()
              .meta({ description: "Changes whenever anything in this answer changes (counts included)." }),
          }),
          ...json(articleDetailBody),
        },
        ...standardErrors,
        ...notFound("article"),
      },
    },
  },
  "/api/v1/articles/{id}/claims": {
    get: {
      summary: "The article's claims you may read, by claim number, with the dashboard's filters",
      requestParams: { path: idParam, query: claimFilters },
      responses: {
        "200": { description: "A page of claims", ...json(claimListBody, claimListExample) },
        ...standardErrors,
        ...notFound("article"),
      },
    },
    post: {
      summary: "Add a claim from a span of the article's text (editors and admins)",
      description:
        "`text` must equal the body's text between `start` and `end` (UTF-16 offsets), as a check that the span is the one meant.",
      requestParams: { path: idParam },
      requestBody: json(addClaimSchema),
      responses: {
        "201": { description: "Added", ...json(z.object({ id: z.string(), number: z.int() })) },
        ...standardErrors,
        ...notFound("article"),
        "409": errorResponse("The article is finalized, or the span overlaps a live claim."),
      },
    },
  },
  "/api/v1/articles/{id}/candidates": {
    get: {
      summary:
        "Candidates below the line: what extraction scored under its threshold, not covered by a claim (editors and admins)",
      requestParams: { path: idParam, query: pageQuery },
      responses: {
        "200": {
          description: "Candidates in reading order",
          ...json(z.object({ candidates: z.array(candidateBody), next: nextCursor })),
        },
        ...standardErrors,
        ...notFound("article"),
        ...extractionOverBudget,
      },
    },
    post: {
      summary: "Promote a candidate to a claim, with its score and reasons (editors and admins)",
      requestParams: { path: idParam },
      requestBody: json(promoteCandidateSchema),
      responses: {
        "201": { description: "Promoted", ...json(z.object({ id: z.string(), number: z.int() })) },
        ...standardErrors,
        ...notFound("article"),
        "409": errorResponse("The span is no longer a candidate (a claim covers it), or the article is finalized."),
        ...extractionOverBudget,
      },
    },
  },
  "/api/v1/articles/{id}/extraction": {
    post: {
      summary:
        "Run claim extraction on the article again (editors and admins): adds claims it finds anew, keeps curated ones",
      requestParams: { path: idParam },
      responses: {
        "200": {
          description: "Done",
          ...json(
            z.object({
              found: z.int().meta({ description: "Claims the extractor found in the text." }),
              added: z.int().meta({ description: "New claims added." }),
              refreshed: z.int().meta({ description: "Unreviewed claims whose score and reasons were updated." }),
              kept: z.int().meta({ description: "Claims left as they were." }),
            }),
          ),
        },
        ...standardErrors,
        ...notFound("article"),
        "409": onFinalized,
        ...extractionOverBudget,
      },
    },
  },
  "/api/v1/articles/{id}/auto-assign": {
    post: {
      summary: "Spread the article's unassigned, not yet reviewed claims over reviewers, balancing their open work",
      requestParams: { path: idParam },
      requestBody: json(autoAssignSchema.omit({ articleId: true })),
      responses: {
        "200": {
          description: "Assigned",
          ...json(z.object({ articleId: z.string(), count: z.int().meta({ description: "Claims assigned." }) })),
        },
        ...standardErrors,
        ...notFound("article"),
        "409": onFinalized,
      },
    },
  },
  "/api/v1/articles/{id}/audit": {
    get: {
      summary: "The article's audit log, newest first (editors and admins)",
      description:
        "Every recorded change to the article and its claims, sources, assignments, comments and consultations.",
      requestParams: { path: idParam, query: pageQuery },
      responses: {
        "200": { description: "A page of events", ...json(auditLogBody) },
        ...standardErrors,
        ...notFound("article"),
      },
    },
  },
};
