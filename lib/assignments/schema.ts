// Assignment input, shared by the assign page, the API and the server.
import { z } from "zod";

const dueAtSchema = z
  .union([z.date(), z.literal(""), z.null(), z.iso.date(), z.iso.datetime({ offset: true })], {
    error: "Enter the due date as YYYY-MM-DD or an ISO 8601 date-time.",
  })
  .optional()
  .transform((value) => (value instanceof Date ? value : value ? new Date(value) : null));

const noteSchema = z
  .string({ error: "The note must be text." })
  .trim()
  .max(1000, { error: "The note must be at most 1000 characters." })
  .nullish()
  .transform((value) => (value ? value : null));

const claimIdsSchema = z
  .array(z.string().min(1), { error: "Choose the claims to assign." })
  .min(1, { error: "Choose at least one claim." })
  .max(1000, { error: "Assign at most 1000 claims at once." });

export const assignClaimsSchema = z
  .object({
    claimIds: claimIdsSchema,
    reviewerId: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || undefined),
    reviewerEmail: z
      .string()
      .trim()
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
  articleId: z.string().min(1, { error: "Choose an article." }),
  reviewerIds: z
    .array(z.string().min(1), { error: "Choose the reviewers." })
    .min(1, { error: "Choose at least one reviewer." })
    .max(100, { error: "Choose at most 100 reviewers." }),
  dueAt: dueAtSchema,
  note: noteSchema,
});
export type AutoAssignInput = z.input<typeof autoAssignSchema>;
