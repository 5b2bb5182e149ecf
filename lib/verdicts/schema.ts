// Verdict input, shared by the verdict form, the API and the server.
import { z } from "zod";
import { versionSchema } from "@/lib/evidence/schema";
import { unstorableTextReason } from "@/lib/schemas";

export const CLAIM_STATUSES = ["UNVERIFIED", "CORROBORATED", "DISPUTED"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export const MIN_RATIONALE_LENGTH = 15;

export const verdictFieldsSchema = z.object({
  status: z.enum(CLAIM_STATUSES, { error: "Choose Corroborated, Disputed or Unverified." }),
  rationale: z
    .string({ error: "Explain the verdict." })
    .trim()
    .min(MIN_RATIONALE_LENGTH, { error: `Explain the verdict in at least ${MIN_RATIONALE_LENGTH} characters.` })
    .max(5000, { error: "The rationale must be at most 5000 characters." })
    // The history hash covers the rationale: it must be stored exactly as hashed.
    .refine((value) => unstorableTextReason(value) === null, {
      error: "The rationale contains characters that cannot be stored (NUL or invalid Unicode).",
    }),
});
export type VerdictFieldsInput = z.input<typeof verdictFieldsSchema>;

export const verdictSchema = verdictFieldsSchema.extend({ version: versionSchema });
export type VerdictInput = z.input<typeof verdictSchema>;
