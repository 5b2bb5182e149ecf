// The desk's rating scale: everyone signed in reads it; admins add, change, reorder, retire and
// delete labels. Rules and the ClaimReview scale: docs/rating-scale.md.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { createRatingLabelSchema, reorderRatingLabelsSchema, updateRatingLabelSchema } from "@/lib/rating-scale/schema";
import { VERDICTS } from "@/lib/workflow/states";
import { authRequired, errorResponse, forbidden, idParam, invalidInput, json, notFound, standardErrors } from "../openapi-helpers";

const label = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    color: z.string().meta({ description: "#rrggbb" }),
    position: z.int().meta({ description: "Order on the scale, from 1." }),
    verdict: z.enum(VERDICTS).meta({ description: "The verdict the label stands for: rules, progress and filters use it." }),
    ratingValue: z.int().meta({ description: "ClaimReview ratingValue: 1 = worst … 5 = best." }),
    retiredAt: z.iso.datetime().nullable().meta({ description: "Retired labels stay on the claims that carry them but cannot be chosen." }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    claimsCarrying: z
      .int()
      .optional()
      .meta({ description: "Claims (deleted ones too) that carry the label; admins only. A label carried by any cannot be deleted." }),
  })
  .meta({ id: "RatingLabel" });

const scale = z.object({
  kind: z.enum(["default", "desk"]).meta({
    description: "default: no active label, the three verdicts are the scale (ratingValue 1 Disputed, 2 Unverified, 3 Corroborated); desk: the labels below.",
  }),
  worstRating: z.int(),
  bestRating: z.int(),
});

const adminsOnly = forbidden("Only admins manage the rating scale.");
const example = { name: "Mostly true", description: "Accurate, but needs clarification or additional information.", color: "#2e7d32", verdict: "CORROBORATED", ratingValue: 4 };

export const ratingScalePaths: ZodOpenApiPathsObject = {
  "/api/v1/rating-scale": {
    get: {
      summary: "The desk's rating scale: its bounds and every label in order, retired ones included",
      responses: {
        "200": { description: "The scale", ...json(z.object({ scale, labels: z.array(label) })) },
        ...authRequired,
      },
    },
  },
  "/api/v1/rating-scale/labels": {
    post: {
      summary: "Add a label at the end of the scale (admins)",
      description: "Names are unique whatever their case (retired labels keep theirs).",
      requestBody: json(createRatingLabelSchema, example),
      responses: {
        "201": { description: "Added", ...json(z.object({ label })) },
        ...standardErrors,
        ...adminsOnly,
      },
    },
  },
  "/api/v1/rating-scale/labels/{id}": {
    get: {
      summary: "One rating label",
      requestParams: { path: idParam },
      responses: {
        "200": { description: "The label", ...json(z.object({ label })) },
        ...invalidInput,
        ...authRequired,
        ...notFound("rating label"),
      },
    },
    patch: {
      summary: "Change a label, or retire it (`retired: true`) or bring it back (admins)",
      description:
        "A label carried by claims keeps its verdict (409 when `verdict` would change); name, description, colour and rating may change. Every change is in the audit log with the number of claims carrying the label.",
      requestParams: { path: idParam },
      requestBody: json(updateRatingLabelSchema, { name: "Partly true", retired: false }),
      responses: {
        "200": { description: "Changed", ...json(z.object({ label })) },
        ...standardErrors,
        ...adminsOnly,
        ...notFound("rating label"),
        "409": errorResponse("The label is in use and would change verdict."),
      },
    },
    delete: {
      summary: "Delete a label no claim carries (admins)",
      requestParams: { path: idParam },
      responses: {
        "200": { description: "Deleted", ...json(z.object({ id: z.string(), deleted: z.literal(true) })) },
        ...invalidInput,
        ...authRequired,
        ...adminsOnly,
        ...notFound("rating label"),
        "409": errorResponse("Claims carry the label: rename or retire it instead."),
      },
    },
  },
  "/api/v1/rating-scale/order": {
    put: {
      summary: "Reorder labels among themselves (admins)",
      description: "The labels named take the positions they hold now, in the order given; the others keep theirs (to swap two neighbours, send those two).",
      requestBody: json(reorderRatingLabelsSchema, { ids: ["cl_false", "cl_misleading", "cl_true"] }),
      responses: {
        "200": { description: "The new order", ...json(z.object({ ids: z.array(z.string()) })) },
        ...standardErrors,
        ...adminsOnly,
      },
    },
  },
};
