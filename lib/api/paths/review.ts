// Review workflow endpoints: assignments, queue, evidence, verdicts, comments, claim detail.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { assignClaimBodySchema } from "@/lib/assignments/schema";
import { commentSchema } from "@/lib/comments/schema";
import { STANCES, addEvidenceSchema, editEvidenceSchema } from "@/lib/evidence/schema";
import { verdictSchema } from "@/lib/verdicts/schema";
import { CLAIM_STATUSES } from "@/lib/workflow/states";
import { errorResponse, idParam, json, standardErrors } from "../openapi-helpers";

const status = z.enum(CLAIM_STATUSES);
const dateTime = z.iso.datetime();

const assignmentBody = z
  .object({
    id: z.string(),
    claimId: z.string(),
    reviewerId: z.string(),
    dueAt: dateTime.nullable(),
    note: z.string().nullable(),
    state: z.enum(["OPEN", "COMPLETED", "CANCELLED"]),
    reviewer: z.object({
      id: z.string(),
      name: z.string(),
      email: z.string().optional().meta({ description: "Given to editors and admins when they assign; omitted in claim details." }),
    }),
  })
  .meta({ id: "Assignment" });

const evidenceBody = z
  .object({
    id: z.string(),
    claimId: z.string(),
    url: z.string().meta({ description: "Normalised: lowercase scheme and host, no default port, no fragment." }),
    title: z.string(),
    publisher: z.string().nullable(),
    publishedAt: dateTime.nullable(),
    accessedAt: dateTime,
    stance: z.enum(STANCES),
    excerpt: z.string().nullable(),
    note: z.string().nullable(),
    removedAt: dateTime.nullable(),
    removedById: z.string().nullable(),
  })
  .meta({ id: "Evidence" });

const claimVersion = z.object({ id: z.string(), version: z.int() });
const evidenceResult = z.object({ evidence: evidenceBody, claim: claimVersion }).meta({ id: "EvidenceChange" });

const statusChangeBody = z
  .object({
    id: z.string(),
    claimId: z.string(),
    seq: z.int(),
    fromStatus: status,
    toStatus: status,
    actorId: z.string(),
    rationale: z.string(),
    citedEvidence: z.array(z.object({ id: z.string(), url: z.string() })),
    createdAt: dateTime,
    prevHash: z.string().nullable(),
    hash: z.string().meta({ description: "SHA-256 over prevHash and the canonical serialisation of the change." }),
  })
  .meta({ id: "StatusChange" });

const conflict = errorResponse(
  "The claim changed since `version` (the body's `error.current` is the claim now: version, status, sources, last change), or the article is finalized.",
);
const versionQuery = z.object({ version: z.string().meta({ description: "The claim version you last read." }) });

export const reviewPaths: ZodOpenApiPathsObject = {
  "/api/v1/me/queue": {
    get: {
      summary: "Your open assignments, overdue first, then by due date",
      responses: {
        "200": {
          description: "Queue",
          ...json(
            z.object({
              items: z.array(z.object({ id: z.string(), dueAt: dateTime.nullable(), overdue: z.boolean() }).loose()),
              openCount: z.int(),
              overdueCount: z.int(),
            }),
          ),
        },
        ...standardErrors,
      },
    },
  },
  "/api/v1/claims/{id}": {
    get: {
      summary: "A claim with its article paragraph, evidence, assignment, verified history, comments and version",
      requestParams: { path: idParam },
      responses: {
        "200": {
          description: "Claim",
          ...json(
            z
              .object({
                claim: z.object({ id: z.string(), text: z.string(), status, version: z.int() }).loose(),
                version: z.int(),
                evidence: z.array(evidenceBody),
                assignment: assignmentBody.nullable(),
                history: z.object({
                  entries: z.array(statusChangeBody),
                  verification: z.object({ ok: z.boolean(), breaks: z.array(z.object({}).loose()) }),
                }),
              })
              .loose(),
          ),
        },
        ...standardErrors,
        "404": errorResponse("No such claim."),
      },
    },
  },
  "/api/v1/claims/{id}/assignments": {
    post: {
      summary: "Assign the claim to a reviewer (reassigns if someone else has it open)",
      requestParams: { path: idParam },
      requestBody: json(assignClaimBodySchema),
      responses: {
        "201": { description: "Assigned", ...json(assignmentBody) },
        ...standardErrors,
        "404": errorResponse("No such claim."),
      },
    },
  },
  "/api/v1/assignments/{id}": {
    delete: {
      summary: "Unassign (the assignment is kept as CANCELLED)",
      requestParams: { path: idParam },
      responses: {
        "200": {
          description: "Cancelled",
          ...json(z.object({ id: z.string(), claimId: z.string(), state: z.literal("CANCELLED") })),
        },
        ...standardErrors,
        "404": errorResponse("No such assignment."),
        "409": errorResponse("The assignment is no longer open."),
      },
    },
  },
  "/api/v1/claims/{id}/evidence": {
    post: {
      summary: "Add a source to the claim",
      requestParams: { path: idParam },
      requestBody: json(addEvidenceSchema),
      responses: { "201": { description: "Added", ...json(evidenceResult) }, ...standardErrors, "409": conflict },
    },
  },
  "/api/v1/evidence/{id}": {
    patch: {
      summary: "Edit a source",
      requestParams: { path: idParam },
      requestBody: json(editEvidenceSchema),
      responses: { "200": { description: "Edited", ...json(evidenceResult) }, ...standardErrors, "409": conflict },
    },
    delete: {
      summary: "Remove a source (kept with removedAt / removedById)",
      requestParams: { path: idParam, query: versionQuery },
      responses: { "200": { description: "Removed", ...json(evidenceResult) }, ...standardErrors, "409": conflict },
    },
  },
  "/api/v1/claims/{id}/verdict": {
    post: {
      summary: "Set the verdict (appends a hash-chained history row)",
      description:
        "CORROBORATED needs a current SUPPORTS source, DISPUTED a current REFUTES source. Rationale at least 15 characters.",
      requestParams: { path: idParam },
      requestBody: json(verdictSchema),
      responses: {
        "200": {
          description: "Set",
          ...json(z.object({ claim: claimVersion.extend({ status }), statusChange: statusChangeBody })),
        },
        ...standardErrors,
        "409": conflict,
      },
    },
  },
  "/api/v1/claims/{id}/comments": {
    post: {
      summary: "Comment on the claim; @email or @local-part mentions notify users",
      requestParams: { path: idParam },
      requestBody: json(commentSchema),
      responses: {
        "201": { description: "Created", ...json(z.object({ id: z.string(), body: z.string() }).loose()) },
        ...standardErrors,
      },
    },
  },
};
