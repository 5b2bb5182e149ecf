// Sign-off input, shared by the queue's forms, the API and the server.
import { z } from "zod";
import { versionSchema } from "@/lib/evidence/schema";
import { unstorableTextReason } from "@/lib/schemas";

/** The claim version is optional here: an approval names the verdict by the claim's state. */
export const approveClaimSchema = z.object({ version: versionSchema.optional() });
export type ApproveClaimInput = z.input<typeof approveClaimSchema>;

export const sendBackFieldsSchema = z.object({
  // The history hash covers the comment: it is stored exactly as hashed (trimmed).
  comment: z
    .string({ error: "Say what the reviewer should look at again." })
    .trim()
    .min(1, { error: "Say what the reviewer should look at again." })
    .max(5000, { error: "It must be at most 5000 characters." })
    .refine((value) => unstorableTextReason(value) === null, {
      error: "The text contains characters that cannot be stored (NUL or invalid Unicode).",
    }),
});
export type SendBackFieldsInput = z.input<typeof sendBackFieldsSchema>;

export const sendBackSchema = sendBackFieldsSchema.extend({ version: versionSchema.optional() });
export type SendBackInput = z.input<typeof sendBackSchema>;
