// Curation inputs, shared by the article page's forms and the server actions. Every change to
// an existing claim carries the version it was made on (optimistic concurrency).
import { z } from "zod";
import { idSchema } from "@/lib/schemas";

export const MAX_CLAIM_CHARS = 2000;

const version = z
  .number({ error: "The claim version is missing; reload the page." })
  .int({ error: "The claim version is missing; reload the page." })
  .positive({ error: "The claim version is missing; reload the page." });

const offset = z
  .number({ error: "The selection is outside the article text." })
  .int({ error: "The selection is outside the article text." })
  .nonnegative({ error: "The selection is outside the article text." });

export const editClaimSchema = z.object({
  text: z
    .string({ error: "Enter the claim's wording." })
    .trim()
    .min(1, { error: "Enter the claim's wording." })
    .max(MAX_CLAIM_CHARS, { error: `The wording must be at most ${MAX_CLAIM_CHARS} characters.` }),
  version,
});
export type EditClaimInput = z.input<typeof editClaimSchema>;

export const splitClaimSchema = z.object({
  /** Offset into the article body where the second part starts. */
  at: offset,
  version,
});
export type SplitClaimInput = z.input<typeof splitClaimSchema>;

/** Merges a claim with the next one in reading order; both versions must be current. */
export const mergeClaimsSchema = z.object({
  version,
  nextId: idSchema,
  nextVersion: version,
});
export type MergeClaimsInput = z.input<typeof mergeClaimsSchema>;

export const deleteClaimSchema = z.object({ version });
export type DeleteClaimInput = z.input<typeof deleteClaimSchema>;

export const addClaimSchema = z
  .object({
    start: offset,
    end: offset,
    /** body.slice(start, end) as the editor saw it; the server checks it against the body. */
    text: z
      .string({ error: "Select some text in the article first." })
      .min(1, { error: "Select some text in the article first." })
      .max(MAX_CLAIM_CHARS, { error: `A claim must be at most ${MAX_CLAIM_CHARS} characters; select less text.` }),
  })
  .refine((value) => value.end > value.start, { error: "Select some text in the article first.", path: ["text"] });
export type AddClaimInput = z.input<typeof addClaimSchema>;

export const MAX_CLAIMANT_CHARS = 200;

/** Who made the claim; empty clears it. The form uses the fields, the server adds the version. */
export const claimantFieldsSchema = z.object({
  claimant: z
    .string({ error: "Enter who made the claim, or leave it empty." })
    .trim()
    .max(MAX_CLAIMANT_CHARS, { error: `The claimant must be at most ${MAX_CLAIMANT_CHARS} characters.` })
    .transform((value) => value || null),
});
export const claimantSchema = claimantFieldsSchema.extend({ version });
export type ClaimantInput = z.input<typeof claimantSchema>;

/** A candidate below the line, named by its span (the server finds it again). */
export const promoteCandidateSchema = z.object({ start: offset, end: offset });
export type PromoteCandidateInput = z.input<typeof promoteCandidateSchema>;
