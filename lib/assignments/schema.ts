// Assignment input, shared by the assign page, the API and the server.
import { z } from "zod";
import { idSchema, optionalDateSchema } from "@/lib/schemas";

const dueAtSchema = optionalDateSchema("the due date");

const noteSchema = z
  .string({ error: "The note must be text." })
  .trim()
  .max(1000, { error: "The note must be at most 1000 characters." })
  .nullish()
  .transform((value) => (value ? value : null));

const claimIdsSchema = z
  .array(idSchema, { error: "Choose the claims to assign." })
  .min(1, { error: "Choose at least one claim." })
  .max(1000, { error: "Assign at most 1000 claims at once." });

export const assignClaimsSchema = z
  .object({
    claimIds: claimIdsSchema,
    // "" is the form's "nobody chosen yet".
    reviewerId: z
      .union([z.literal(""), idSchema], { error: "Choose a reviewer." })
      .optional()
      .transform((value) => value || undefined),
    reviewerEmail: z
      .string({ error: "The reviewer's email must be text." })
      .trim()
      .max(320, { error: "That email address is too long." })
      .toLowerCase()
      .optional()
      .transform((value) => value || undefined),
    dueAt: dueAtSchema,
    note: noteSchema,
  })
  .refine((value) => value.reviewerId || value.reviewerEmail, {
    error: "Choose a reviewer.",
    path: ["reviewerId"],
  });
export type AssignClaimsInput = z.input<typeof assignClaimsSchema>;

/** The body of POST /api/v1/claims/{id}/assignments (the claim comes from the path). */
export const assignClaimBodySchema = z.object({
  reviewerId: z.string().optional(),
  reviewerEmail: z.string().optional(),
  dueAt: z.union([z.string(), z.null()]).optional(),
  note: z.union([z.string(), z.null()]).optional(),
});

export const setDueDateSchema = z.object({ claimIds: claimIdsSchema, dueAt: dueAtSchema });
export type SetDueDateInput = z.input<typeof setDueDateSchema>;

export const autoAssignSchema = z.object({
  articleId: idSchema,
  reviewerIds: z
    .array(idSchema, { error: "Choose the reviewers." })
    .min(1, { error: "Choose at least one reviewer." })
    .max(100, { error: "Choose at most 100 reviewers." }),
  dueAt: dueAtSchema,
  note: noteSchema,
});
export type AutoAssignInput = z.input<typeof autoAssignSchema>;

/** Moving a person's open assignments (on deactivation): to one reviewer, or balanced over several. */
export const reassignSchema = z.object({
  fromUserId: idSchema,
  toReviewerIds: z
    .array(idSchema, { error: "Choose who takes the assignments." })
    .min(1, { error: "Choose at least one reviewer to take the assignments." })
    .max(100, { error: "Choose at most 100 reviewers." }),
  /** Only these open assignments; all of them when omitted. */
  assignmentIds: z.array(idSchema).max(5000).optional(),
});
export type ReassignInput = z.input<typeof reassignSchema>;

/** The body of PUT /api/v1/claims/{id}/due-date (the claim comes from the path; setDueDateSchema checks the date). */
export const claimDueDateSchema = z.object({
  dueAt: z.union([z.string(), z.null()], { error: "Send dueAt: a day (YYYY-MM-DD), an ISO date-time, or null to clear it." }),
});
