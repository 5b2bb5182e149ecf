// Claims across articles, and curation: rewording, splitting, merging and deleting claims, due
// dates. Every change to a claim carries the version it was made on (or If-Match).
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { claimDueDateSchema } from "@/lib/assignments/schema";
import { editClaimSchema, mergeClaimsSchema, splitClaimSchema } from "@/lib/claims/schema";
import { undoCurationSchema, undoResultSchema } from "@/lib/claims/undo-schema";
import { claimListBody } from "../list-contracts";
import {
  authRequired,
  errorResponse,
  idParam,
  ifMatchHeader,
  invalidInput,
  json,
  notFound,
  preconditionFailed,
  standardErrors,
} from "../openapi-helpers";
import { claimFilters } from "./articles";

const curationConflict = errorResponse(
  "The claim changed since `version` (`error.current` is the claim now), it already has a verdict, or the article is finalized.",
);
const versionQuery = z.object({
  version: z.string().optional().meta({ description: "The claim version you last read (or send If-Match)." }),
});
const claimVersion = z.object({ id: z.string(), version: z.int() });
// The undo offer of a split, merge or delete (docs/curation.md, "Undo"); the article page uses it.
const undoOffer = z.object({ token: z.string(), expiresAt: z.string() }).nullable().meta({
  description:
    "Undo offer: the same editor may take the change back until expiresAt (5 minutes) while the claims stay as it left them.",
});

export const curationPaths: ZodOpenApiPathsObject = {
  "/api/v1/claims": {
    get: {
      summary: "Claims you may read across all articles, oldest first, with the dashboard's filters",
      requestParams: { query: claimFilters },
      responses: {
        "200": { description: "A page of claims", ...json(claimListBody) },
        ...invalidInput,
        ...authRequired,
      },
    },
  },
  "/api/v1/claims/{id}": {
    patch: {
      summary: "Reword a claim before review (editors and admins); its anchor in the text stays",
      requestParams: { path: idParam, header: ifMatchHeader },
      requestBody: json(editClaimSchema),
      responses: {
        "200": { description: "Reworded", ...json(claimVersion) },
        ...standardErrors,
        ...notFound("claim"),
        "409": curationConflict,
        ...preconditionFailed,
      },
    },
    delete: {
      summary:
        "Delete a claim that is not a claim (editors and admins); kept in the audit log, its open assignment cancelled",
      requestParams: { path: idParam, query: versionQuery, header: ifMatchHeader },
      responses: {
        "200": {
          description: "Deleted (no undo offer when open assignments were cancelled)",
          ...json(z.object({ id: z.string(), cancelledAssignments: z.int(), undo: undoOffer })),
        },
        ...standardErrors,
        ...notFound("claim"),
        "409": curationConflict,
        ...preconditionFailed,
      },
    },
  },
  "/api/v1/claims/{id}/split": {
    post: {
      summary: "Split a claim in two at an offset of the article text (editors and admins)",
      description:
        "`at` is a place in the claim's span, in UTF-16 code units of the article body; the split happens at the word start nearest to it (where both parts keep a word), returned as `at`. An offset outside the span, or a claim without such a place, is a 400.",
      requestParams: { path: idParam, header: ifMatchHeader },
      requestBody: json(splitClaimSchema),
      responses: {
        "200": {
          description: "Split",
          ...json(
            z.object({
              firstId: z.string(),
              secondId: z.string(),
              secondNumber: z.int(),
              at: z.int(),
              undo: undoOffer,
            }),
          ),
        },
        ...standardErrors,
        ...notFound("claim"),
        "409": curationConflict,
        ...preconditionFailed,
      },
    },
  },
  "/api/v1/claims/{id}/merge": {
    post: {
      summary: "Merge a claim with the next one in reading order (editors and admins); the next one is deleted",
      requestParams: { path: idParam, header: ifMatchHeader },
      requestBody: json(mergeClaimsSchema),
      responses: {
        "200": {
          description: "Merged",
          ...json(z.object({ id: z.string(), deletedId: z.string(), undo: undoOffer })),
        },
        ...standardErrors,
        ...notFound("claim"),
        "409": curationConflict,
        ...preconditionFailed,
      },
    },
  },
  "/api/v1/undo": {
    post: {
      summary: "Undo a split, merge or delete (the editor who made it, within 5 minutes)",
      description:
        "`token` is the `undo.token` the split, merge or delete answered with. Refused with 403 for anyone but the editor who made the change, and with 409 once the offer expired, was used, or any claim it produced changed or went into review since. The undo is audited as claim.undone; nothing in history is rewritten.",
      requestBody: json(undoCurationSchema),
      responses: {
        "200": { description: "Undone", ...json(undoResultSchema) },
        ...standardErrors,
        ...notFound("change to undo"),
        "409": errorResponse(
          "Too late, already undone, a claim it produced changed or is in review since, its text is now in another claim, or the article is finalized.",
        ),
      },
    },
  },
  "/api/v1/claims/{id}/due-date": {
    put: {
      summary: "Set or clear the due date of the claim's open assignment (editors and admins)",
      description:
        "A bare day (YYYY-MM-DD) means the end of that day in your time zone (PUT /api/v1/me/time-zone); an ISO date-time is taken as given; null clears it.",
      requestParams: { path: idParam },
      requestBody: json(claimDueDateSchema),
      responses: {
        "200": {
          description: "Set",
          ...json(z.object({ updated: z.int().meta({ description: "0 when the claim has no open assignment." }) })),
        },
        ...standardErrors,
        ...notFound("claim"),
      },
    },
  },
};
