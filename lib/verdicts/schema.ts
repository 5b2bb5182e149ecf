// Verdict input, shared by the verdict form, the API and the server.
import { z } from "zod";
import { versionSchema } from "@/lib/evidence/schema";

export const CLAIM_STATUSES = ["UNVERIFIED", "CORROBORATED", "DISPUTED"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export const MIN_RATIONALE_LENGTH = 15;

export const verdictFieldsSchema = z.object({
  status: z.enum(CLAIM_STATUSES, { error: "Choose Corroborated, Disputed or Unverified." }),
  rationale: z
    .string({ error: "Explain the verdict." })
    .trim()
    .min(MIN_RATIONALE_LENGTH, { error: `Explain the verdict in at least ${MIN_RATIONALE_LENGTH} characters.` })
    .max(5000, { error: "The rationale must be at most 5000 characters." }),
});
export type VerdictFieldsInput = z.input<typeof verdictFieldsSchema>;

export const verdictSchema = verdictFieldsSchema.extend({ version: versionSchema });
export type VerdictInput = z.input<typeof verdictSchema>;
