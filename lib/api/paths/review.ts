// Review workflow endpoints: assignments, queue, evidence, verdicts, comments, claim detail.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { assignClaimBodySchema } from "@/lib/assignments/schema";
import { commentSchema, markMentionsReadSchema } from "@/lib/comments/schema";
import { addEvidenceExample, verdictExample } from "../examples";
import { mentionListBody } from "../list-contracts";
import { STANCES, addEvidenceSchema, editEvidenceSchema } from "@/lib/evidence/schema";
import { ATTACHMENT_TYPES, pasteSourceTextSchema } from "@/lib/sources/schema";
import { claimantSchema } from "@/lib/claims/schema";
import { reopenClaimSchema, verdictSchema } from "@/lib/verdicts/schema";
import { CLAIM_STATUSES } from "@/lib/workflow/states";
import {
  authRequired,
  claimEtagHeader,
  errorResponse,
  idParam,
  ifMatchHeader,
  invalidInput,
  json,
  nextCursor,
  notFound,
  pageQuery,
  preconditionFailed,
  standardErrors,
} from "../openapi-helpers";

const status = z.enum(CLAIM_STATUSES).meta({
  description:
    "PENDING until a reviewer records a verdict; then CORROBORATED, DISPUTED or UNVERIFIED (checked: neither confirmed nor refuted).",
});
const claimNumber = z
  .int()
  .meta({ description: "Permanent number within the article (shown as C1, C2, …); never changes or is reused." });
const claimant = z
  .string()
  .nullable()
  .meta({ description: "Whose assertion the claim is (a person or organisation), when known." });
const dateTime = z.iso.datetime();
const statement = z.string().meta({
  description:
    "The assertion as a reviewer reads it on its own (subject and attribution restored); `text` is the quote.",
});

const assignmentBody = z
  .object({
    id: z.string(),
    claimId: z.string(),
    reviewerId: z.string(),
    dueAt: dateTime.nullable(),
    note: z.string().nullable(),
    state: z.enum(["OPEN", "COMPLETED", "CANCELLED"]),
    assignedById: z.string(),
    closedAt: dateTime.nullable(),
    createdAt: dateTime,
    reviewer: z.object({
      id: z.string(),
      name: z.string(),
      email: z
        .string()
        .optional()
        .meta({ description: "Given to editors and admins when they assign; omitted in claim details." }),
    }),
  })
  .meta({ id: "Assignment" });

/** The claim's current assignment as a claim read shows it (people by name only). */
const claimAssignmentBody = z
  .object({
    id: z.string(),
    state: z.enum(["OPEN", "COMPLETED", "CANCELLED"]),
    dueAt: dateTime.nullable(),
    note: z.string().nullable(),
    closedAt: dateTime.nullable(),
    reviewer: z.object({ id: z.string(), name: z.string() }),
    assignedBy: z.object({ name: z.string() }),
  })
  .meta({ id: "ClaimAssignment" });

const linkStates = ["PENDING", "OK", "CHANGED", "GONE", "UNREACHABLE", "REFUSED"] as const;

const snapshotBody = z
  .object({
    id: z.string(),
    fetchedAt: dateTime,
    httpStatus: z.int().nullable(),
    contentType: z.string().nullable(),
    sha256: z.string().nullable().meta({ description: "SHA-256 of the body as received, hex." }),
    outcome: z.enum(linkStates),
    excerptFound: z
      .boolean()
      .nullable()
      .meta({ description: "Whether the source's excerpt occurs in the page's readable text (null: no excerpt or no text)." }),
    finalUrl: z.string().nullable().meta({ description: "Where redirects ended." }),
    error: z.string().nullable().meta({ description: "Why nothing could be fetched." }),
    bodyBytes: z.int().nullable(),
    origin: z.enum(["FETCHED", "PASTED", "ATTACHED"]).meta({
      description: "How it was obtained: fetched from the URL, its text pasted by a person (a paywalled page), or a file attached.",
    }),
    fileName: z.string().nullable().meta({ description: "An attached file's name as uploaded." }),
    providedBy: z.object({ name: z.string() }).nullable().meta({ description: "Who pasted or attached it (null when fetched)." }),
    textState: z.enum(["PENDING", "READ", "UNREADABLE"]).nullable().meta({
      description:
        "An attached PDF or .docx: its text is read in the background (PENDING until then), READ (excerptFound then says whether the excerpt occurs in it) or UNREADABLE (textError says why: a scan without text, a password, a damaged file). Null for other snapshots.",
    }),
    textError: z.string().nullable().meta({ description: "Why an attached document's text could not be read." }),
  })
  .meta({ id: "SourceSnapshot" });

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
    addedById: z.string(),
    removedAt: dateTime.nullable(),
    removedById: z.string().nullable(),
    createdAt: dateTime,
    updatedAt: dateTime,
    addedBy: z.object({ name: z.string() }).optional().meta({ description: "In claim reads: who added the source." }),
    removedBy: z
      .object({ name: z.string() })
      .nullable()
      .optional()
      .meta({ description: "In claim reads: who removed it." }),
    linkState: z.enum(linkStates).meta({
      description:
        "What the latest fetch of the URL found: PENDING until the first snapshot (taken in the background after the source is added); CHANGED when the page's readable text differs from the first snapshot's; GONE on 404/410; UNREACHABLE; REFUSED when the address is not fetched (a private address, a type not kept).",
    }),
    linkCheckedAt: dateTime.nullable(),
    snapshots: z.array(snapshotBody).meta({ description: "Every fetch of the URL, oldest first (append-only)." }),
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
    kind: z
      .enum(["VERDICT", "APPROVED", "SENT_BACK", "PUBLISHED", "CORRECTION"])
      .optional()
      .meta({ description: "What the row records; rows from before sign-off are VERDICT." }),
    ratingLabel: z
      .string()
      .nullable()
      .optional()
      .meta({ description: "The desk's rating label the verdict was given under, as named then (docs/rating-scale.md); null on the default scale." }),
    actor: z
      .object({ name: z.string() })
      .optional()
      .meta({ description: "In claim reads: who made the change, by name." }),
  })
  .meta({ id: "StatusChange" });

/** The label the claim now carries (docs/rating-scale.md): null on the default scale and after a reopen. */
const claimRatingLabel = z
  .object({ id: z.string(), name: z.string() })
  .nullable()
  .meta({ description: "The desk's rating label the claim now carries; null without one (docs/rating-scale.md)." });

const conflict = errorResponse(
  "The claim changed since `version` (the body's `error.current` is the claim now: version, status, sources, last change), or the article is finalized.",
);
const versionQuery = z.object({
  version: z.string().optional().meta({ description: "The claim version you last read (or send If-Match)." }),
});

export const reviewPaths: ZodOpenApiPathsObject = {
  "/api/v1/me/mentions": {
    get: {
      summary: "Comments that mention you, newest first, on claims you may still read",
      requestParams: { query: pageQuery },
      responses: {
        "200": { description: "A page of mentions", ...json(mentionListBody) },
        ...invalidInput,
        ...authRequired,
      },
    },
  },
  "/api/v1/me/mentions/read": {
    post: {
      summary: "Mark some of your mentions read",
      requestBody: json(markMentionsReadSchema),
      responses: {
        "200": {
          description: "Marked",
          ...json(z.object({ count: z.int().meta({ description: "Mentions that were unread." }) })),
        },
        ...invalidInput,
        ...authRequired,
      },
    },
  },
  "/api/v1/me/queue": {
    get: {
      summary: "Your open assignments, overdue first, then by due date",
      description:
        "Only assignments still open: any verdict completes an assignment and removes its claim from the queue. `openCount` and `overdueCount` count the whole queue, not the page.",
      requestParams: { query: pageQuery },
      responses: {
        "200": {
          description: "Queue",
          ...json(
            z.object({
              items: z.array(
                z
                  .object({
                    id: z.string(),
                    dueAt: dateTime.nullable(),
                    overdue: z.boolean(),
                    claim: z
                      .object({ id: z.string(), number: claimNumber, claimant, status, text: z.string(), statement })
                      .loose(),
                  })
                  .loose(),
              ),
              next: nextCursor,
              openCount: z.int(),
              overdueCount: z.int(),
            }),
          ),
        },
        ...invalidInput,
        ...authRequired,
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
          headers: claimEtagHeader,
          ...json(
            z
              .object({
                claim: z
                  .object({
                    id: z.string(),
                    number: claimNumber,
                    claimant,
                    text: z.string(),
                    statement,
                    status,
                    version: z.int(),
                  })
                  .loose(),
                version: z.int(),
                evidence: z.array(evidenceBody),
                assignment: claimAssignmentBody.nullable(),
                consultations: z.array(
                  z.object({
                    id: z.string(),
                    createdAt: dateTime,
                    user: z.object({ id: z.string(), name: z.string() }),
                    invitedBy: z.object({ name: z.string() }),
                  }),
                ),
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
  "/api/v1/articles/{id}/claims/{number}": {
    get: {
      summary: "A claim by its permanent number within the article (C7 → 7): the same body as GET /api/v1/claims/{id}",
      requestParams: {
        path: idParam.extend({ number: z.string().meta({ description: "The claim number, e.g. 7 or C7." }) }),
      },
      responses: {
        "200": { description: "Claim", headers: claimEtagHeader, ...json(z.object({}).loose()) },
        ...standardErrors,
        "404": errorResponse("No such article or claim number."),
      },
    },
  },
  "/api/v1/claims/{id}/reopen": {
    post: {
      summary: "Take the verdict back to not yet reviewed (editors and admins); reopens the assignment",
      description:
        "Appends a hash-chained history row to PENDING with the reason as its rationale. 409 when the claim has no verdict.",
      requestParams: { path: idParam, header: ifMatchHeader },
      requestBody: json(reopenClaimSchema),
      responses: {
        "200": {
          description: "Reopened",
          ...json(
            z.object({
              claim: claimVersion.extend({ status, number: claimNumber, claimant, ratingLabel: claimRatingLabel }),
              statusChange: statusChangeBody,
            }),
          ),
        },
        ...standardErrors,
        ...notFound("claim"),
        "409": conflict,
        ...preconditionFailed,
      },
    },
  },
  "/api/v1/claims/{id}/claimant": {
    put: {
      summary: "Set or clear who made the claim (editors and admins); an empty string clears it",
      requestParams: { path: idParam, header: ifMatchHeader },
      requestBody: json(claimantSchema),
      responses: {
        "200": { description: "Set", ...json(z.object({ id: z.string(), claimant, version: z.int() })) },
        ...standardErrors,
        ...notFound("claim"),
        "409": conflict,
        ...preconditionFailed,
      },
    },
  },
  "/api/v1/consultations/{id}": {
    delete: {
      summary: "End a consultation: the consulted colleague can no longer read the claim or reply (editors and admins)",
      requestParams: { path: idParam },
      responses: {
        "200": {
          description: "Ended",
          ...json(z.object({ id: z.string(), claimId: z.string(), userId: z.string(), endedAt: dateTime })),
        },
        ...standardErrors,
        "404": errorResponse("No such consultation."),
        "409": errorResponse("Already ended."),
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
      requestParams: { path: idParam, header: ifMatchHeader },
      requestBody: json(addEvidenceSchema, addEvidenceExample),
      responses: {
        "201": { description: "Added", ...json(evidenceResult) },
        ...standardErrors,
        ...notFound("claim"),
        "409": conflict,
        ...preconditionFailed,
      },
    },
  },
  "/api/v1/evidence/{id}": {
    patch: {
      summary: "Edit a source",
      requestParams: { path: idParam, header: ifMatchHeader },
      requestBody: json(editEvidenceSchema),
      responses: {
        "200": { description: "Edited", ...json(evidenceResult) },
        ...standardErrors,
        ...notFound("source"),
        "409": conflict,
        ...preconditionFailed,
      },
    },
    delete: {
      summary: "Remove a source (kept with removedAt / removedById)",
      requestParams: { path: idParam, query: versionQuery, header: ifMatchHeader },
      responses: {
        "200": { description: "Removed", ...json(evidenceResult) },
        ...standardErrors,
        ...notFound("source"),
        "409": conflict,
        ...preconditionFailed,
      },
    },
  },
  "/api/v1/evidence/{id}/snapshots": {
    post: {
      summary: "Keep a source's content given by hand: paste its text (JSON) or attach a file (multipart)",
      description:
        "For a page that cannot be fetched (a paywall) send `{\"text\": …}` as JSON: it is kept as a snapshot marked PASTED. To attach a file (a PDF statement, an image, a document) send multipart/form-data with the field `file`: its type is told by its content, not its name (PDF, PNG, JPEG, WebP, GIF, plain text, .docx, .odt), up to CLAIMLEDGER_FETCH_MAX_BYTES (10 MB by default). Either is one more append-only snapshot with its SHA-256; the source's link state is left as the fetches of its URL found it. Not on a finalized article.",
      requestParams: { path: idParam },
      requestBody: {
        content: {
          "application/json": { schema: pasteSourceTextSchema, example: { text: "The full text of the paywalled article…" } },
          "multipart/form-data": {
            schema: z.object({ file: z.string().meta({ format: "binary" }) }),
          },
        },
      },
      responses: {
        "201": { description: "Kept", ...json(z.object({ snapshot: snapshotBody, claim: z.object({ id: z.string() }) }).meta({ id: "SnapshotAdded" })) },
        ...standardErrors,
        ...notFound("source"),
        "409": errorResponse("The article is finalized, or the source was removed."),
        "413": errorResponse("The file (or the JSON body) is larger than allowed."),
        "415": errorResponse("The body is neither JSON nor multipart/form-data."),
      },
    },
  },
  "/api/v1/snapshots/{id}/file": {
    get: {
      summary: "Download a snapshot's stored content (an attached file, a pasted text, a fetched body)",
      requestParams: { path: idParam },
      responses: {
        "200": {
          description:
            "Always as an attachment (`Content-Disposition: attachment`, `X-Content-Type-Options: nosniff`), with the type found in the content; `X-Content-SHA256` repeats the hash it was stored under.",
          headers: z.object({
            "Content-Disposition": z.string(),
            "X-Content-Type-Options": z.string(),
          }),
          content: {
            ...Object.fromEntries(
              [...ATTACHMENT_TYPES, "text/html", "application/xhtml+xml", "image/*", "application/octet-stream"].map(
                (type) => [type, { schema: z.string().meta({ format: "binary" }) }],
              ),
            ),
            "application/json": { schema: z.unknown() },
          },
        },
        ...standardErrors,
        ...notFound("snapshot"),
      },
    },
  },
  "/api/v1/claims/{id}/verdict": {
    post: {
      summary: "Set the verdict (appends a hash-chained history row)",
      description:
        "Any of the three verdicts completes the reviewer's open assignment. CORROBORATED needs a current SUPPORTS source, DISPUTED a current REFUTES source. Rationale at least 15 characters. Taking a verdict back is POST /api/v1/claims/{id}/reopen.",
      requestParams: { path: idParam, header: ifMatchHeader },
      requestBody: json(verdictSchema, verdictExample),
      responses: {
        "200": {
          description: "Set",
          ...json(
            z.object({
              claim: claimVersion.extend({ status, number: claimNumber, claimant, ratingLabel: claimRatingLabel }),
              statusChange: statusChangeBody,
            }),
          ),
        },
        ...standardErrors,
        ...notFound("claim"),
        "409": conflict,
        ...preconditionFailed,
      },
    },
  },
  "/api/v1/claims/{id}/comments": {
    post: {
      summary:
        "Comment on the claim; @email or @local-part mentions notify users, and consult reviewers who cannot read the claim",
      description:
        "An @name that matches nobody is refused with 400 (error.unknownMentions) unless allowUnknownMentions is true. A mention by someone who may give the claim a verdict consults a reviewer who could not read it: they may read the claim and reply until an editor ends the consultation.",
      requestParams: { path: idParam },
      requestBody: json(commentSchema),
      responses: {
        "201": { description: "Created", ...json(z.object({ id: z.string(), body: z.string() }).loose()) },
        ...standardErrors,
        ...notFound("claim"),
      },
    },
  },
};
