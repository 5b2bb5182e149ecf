// Evidence input, shared by the source form, the API and the server. The URL comes out
// normalised (see url.ts); dates come out as Date.
import { z } from "zod";
import { optionalDateSchema } from "@/lib/schemas";
import { STANCES } from "@/lib/workflow/states";
import { normaliseSourceUrl } from "./url";

export { STANCES, STANCE_LABELS, type Stance } from "@/lib/workflow/states";

export const sourceUrlSchema = z.string({ error: "Enter the source's web address." }).transform((value, context) => {
  const result = normaliseSourceUrl(value);
  if (!result.ok) {
    context.addIssue({ code: "custom", message: result.message });
    return z.NEVER;
  }
  return result.url;
});

const optionalText = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .nullish()
    .transform((value) => (value ? value : null));

export const versionSchema = z
  .number({ error: "Send the claim's version (the `version` you last read)." })
  .int({ error: "The version must be a whole number." })
  .positive({ error: "The version must be a whole number." });

/** The fields of a source, as the form edits them. */
export const evidenceFieldsSchema = z.object({
  url: sourceUrlSchema,
  title: z
    .string({ error: "Enter the source's title." })
    .trim()
    .min(1, { error: "Enter the source's title." })
    .max(300, { error: "The title must be at most 300 characters." }),
  publisher: optionalText(200, "The publisher"),
  publishedAt: optionalDateSchema("the publication date"),
  // Empty means "now", decided by the server when it saves.
  accessedAt: optionalDateSchema("the access date"),
  stance: z.enum(STANCES, { error: "Choose whether the source supports, refutes or gives context." }),
  excerpt: optionalText(2000, "The excerpt"),
  note: optionalText(2000, "The note"),
});
export type EvidenceFieldsInput = z.input<typeof evidenceFieldsSchema>;

export const addEvidenceSchema = evidenceFieldsSchema.extend({ version: versionSchema });
export type AddEvidenceInput = z.input<typeof addEvidenceSchema>;

export const editEvidenceSchema = evidenceFieldsSchema
  .partial()
  .extend({ version: versionSchema })
  .refine((value) => Object.keys(value).some((key) => key !== "version"), {
    error: "Give at least one field to change.",
  });
export type EditEvidenceInput = z.input<typeof editEvidenceSchema>;

export const removeEvidenceSchema = z.object({ version: versionSchema });
