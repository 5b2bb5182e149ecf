// Article revisions (docs/revisions.md): import a new version of an article's text, list the
// versions, and settle a claim's anchor in the current one.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { importRevisionFromUrlSchema, importRevisionSchema, resolveAnchorSchema } from "@/lib/revisions/schema";
import { errorResponse, idParam, json, notFound, standardErrors } from "../openapi-helpers";

const anchorState = z.enum(["EXACT", "NEEDS_RECHECK", "ORPHANED"]).meta({
  description:
    "Where the claim's quote is in the current revision: EXACT (found as it was), NEEDS_RECHECK (an approximate match an editor should confirm), ORPHANED (its text is gone; the claim and its work are kept).",
});

const revisionClaim = z
  .object({
    id: z.string(),
    number: z.int(),
    text: z.string().meta({ description: "The quote at the anchor (for an orphan: as last found)." }),
    statement: z.string(),
    status: z.string(),
    version: z.int(),
    revision: z.int().meta({ description: "The revision the claim was made on." }),
    anchorState,
    start: z.int().optional().meta({ description: "Offset in the current revision (UTF-16 code units); absent when orphaned." }),
    end: z.int().optional().meta({ description: "End offset in the current revision; absent when orphaned." }),
    lastAnchoredRevision: z.int().optional().meta({ description: "Orphans only: the revision the quote was last found in." }),
  })
  .meta({ id: "RevisionClaim" });

const onFinalized = "The article is finalized (reopen it first), another revision was imported meanwhile, or the text is another article's current version (`articleId`).";

export const revisionPaths: ZodOpenApiPathsObject = {
  "/api/v1/articles/{id}/revisions": {
    get: {
      summary: "The article's revisions, newest first (revision 1 is the first import)",
      requestParams: { path: idParam },
      responses: {
        "200": {
          description: "Revisions",
          ...json(
            z.object({
              current: z.int(),
              revisions: z.array(
                z.object({
                  number: z.int(),
                  bodySha256: z.string(),
                  createdAt: z.iso.datetime(),
                  createdBy: z.object({ id: z.string(), name: z.string() }),
                  sourceUrl: z.string().nullable().meta({ description: "The web address the text was fetched from; null for pasted or uploaded text." }),
                  fetchedAt: z.iso.datetime().nullable(),
                }),
              ),
            }),
          ),
        },
        ...standardErrors,
        ...notFound("article"),
      },
    },
    post: {
      summary: "Import a new version of the article's text (editors and admins); its claims are re-anchored onto it",
      description:
        "Each live claim is re-anchored: the same offsets if its quote is still there, else a unique exact match of the quote with its context, else an approximate match (NEEDS_RECHECK), else ORPHANED. Claims extraction finds in inserted text are added with new numbers. The answer lists the article's claims by number. An empty, oversized or identical text is a 400 naming `body`. With `url` and no `body`, the server fetches the page at that address (as an import by URL does: public addresses only, the article found in the page) and imports its text; a page that cannot be used is a 4xx naming `url` (refused address, HTTP error, not an article, time-out).",
      requestParams: { path: idParam },
      requestBody: json(z.union([importRevisionSchema, importRevisionFromUrlSchema]), { body: "The revised article text…" }),
      responses: {
        "201": {
          description: "Revision added",
          ...json(
            z.object({
              revision: z.object({ number: z.int(), bodySha256: z.string() }),
              counts: z.object({ exact: z.int(), needsRecheck: z.int(), orphaned: z.int(), added: z.int() }),
              claims: z.array(revisionClaim),
            }),
          ),
        },
        ...standardErrors,
        ...notFound("article"),
        "409": errorResponse(onFinalized),
        "503": errorResponse("Extracting claims from a very large text ran past its time budget. Nothing was saved."),
      },
    },
  },
  "/api/v1/articles/{id}/revisions/anchors/{claimId}": {
    post: {
      summary:
        "Settle a claim's anchor in the current revision (editors and admins): accept the proposed one, re-select the quote, or mark it orphaned",
      requestParams: { path: z.object({ id: z.string(), claimId: z.string() }) },
      requestBody: json(resolveAnchorSchema),
      responses: {
        "200": {
          description: "Settled",
          ...json(
            z.object({
              id: z.string(),
              number: z.int(),
              version: z.int(),
              anchorState,
              statement: z.string().meta({
                description:
                  "The claim's statement after settling: accepting or re-selecting rewords it from the new quote when it is still extraction's wording and has no verdict; otherwise unchanged.",
              }),
              reworded: z.boolean().meta({ description: "Whether settling reworded the statement." }),
            }),
          ),
        },
        ...standardErrors,
        ...notFound("claim in this article"),
        "409": errorResponse(
          "The claim changed since `version`, has nothing to accept, overlaps another claim, or the article is finalized.",
        ),
      },
    },
  },
};
