// Verdict input, shared by the verdict form, the API and the server; and the editor's reopen.
import { z } from "zod";
import { versionSchema } from "@/lib/evidence/schema";
import { ratingLabelChoiceSchema } from "@/lib/rating-scale/schema";
import { unstorableTextReason } from "@/lib/schemas";
import { VERDICTS } from "@/lib/workflow/states";

export const MIN_RATIONALE_LENGTH = 15;

// The history hash covers the text: it must be stored exactly as hashed.
const historyText = (missing: string, what: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(MIN_RATIONALE_LENGTH, { error: `${what} in at least ${MIN_RATIONALE_LENGTH} characters.` })
    .max(5000, { error: "It must be at most 5000 characters." })
    .refine((value) => unstorableTextReason(value) === null, {
      error: "The text contains characters that cannot be stored (NUL or invalid Unicode).",
    });

export const verdictFieldsSchema = z.object({
  status: z.enum(VERDICTS, { error: "Choose Corroborated, Disputed or Unverified." }),
  rationale: historyText("Explain the verdict.", "Explain the verdict"),
  /** The desk's rating label (docs/rating-scale.md): optional; it must stand for `status`. */
  ratingLabelId: ratingLabelChoiceSchema,
});
export type VerdictFieldsInput = z.input<typeof verdictFieldsSchema>;

export const verdictSchema = verdictFieldsSchema.extend({ version: versionSchema });
export type VerdictInput = z.input<typeof verdictSchema>;

/** An editor takes a verdict back to "not yet reviewed": the reason goes into the history. */
export const reopenClaimFieldsSchema = z.object({
  reason: historyText("Say why the verdict is taken back.", "Say why the verdict is taken back"),
});
export const reopenClaimSchema = reopenClaimFieldsSchema.extend({ version: versionSchema });
export type ReopenClaimInput = z.input<typeof reopenClaimSchema>;
