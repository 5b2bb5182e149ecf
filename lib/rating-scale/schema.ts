// Input of the rating scale, shared by the admin form and the API. Browser-safe: zod only.
import { z } from "zod";
import { idSchema, unstorableTextReason } from "@/lib/schemas";
import { VERDICTS } from "@/lib/workflow/states";
import { BEST_RATING, WORST_RATING } from "./scale";

export const MAX_NAME_LENGTH = 60;
export const MAX_DESCRIPTION_LENGTH = 500;
export const COLOR_PATTERN = /^#[0-9a-f]{6}$/;

const storable = (value: string) => unstorableTextReason(value) === null;
const storableMessage = "The text contains characters that cannot be stored (NUL or invalid Unicode).";

const name = z
  .string({ error: "Name the label." })
  .trim()
  .min(1, "Name the label.")
  .max(MAX_NAME_LENGTH, `The name must be at most ${MAX_NAME_LENGTH} characters.`)
  .refine(storable, storableMessage);

const description = z
  .string({ error: "Describe when the label applies." })
  .trim()
  .min(1, "Describe when the label applies.")
  .max(MAX_DESCRIPTION_LENGTH, `The description must be at most ${MAX_DESCRIPTION_LENGTH} characters.`)
  .refine(storable, storableMessage);

const color = z
  .string({ error: "Choose a colour." })
  .trim()
  .toLowerCase()
  .regex(COLOR_PATTERN, "The colour must be written #rrggbb (for example #b42318).");

const verdict = z.enum(VERDICTS, { error: "Choose the verdict the label stands for: Corroborated, Disputed or Unverified." });

const ratingValue = z
  .number({ error: `The rating must be a whole number from ${WORST_RATING} to ${BEST_RATING}.` })
  .int(`The rating must be a whole number from ${WORST_RATING} to ${BEST_RATING}.`)
  .min(WORST_RATING, `The rating must be a whole number from ${WORST_RATING} to ${BEST_RATING}.`)
  .max(BEST_RATING, `The rating must be a whole number from ${WORST_RATING} to ${BEST_RATING}.`);

export const ratingLabelFieldsSchema = z.object({ name, description, color, verdict, ratingValue });
export type RatingLabelFieldsInput = z.input<typeof ratingLabelFieldsSchema>;

export const createRatingLabelSchema = ratingLabelFieldsSchema;

/** Any of the fields, and `retired` to retire (true) or bring back (false) a label. */
export const updateRatingLabelSchema = ratingLabelFieldsSchema
  .partial()
  .extend({ retired: z.boolean({ error: "retired must be true or false." }).optional() })
  .refine((value) => Object.values(value).some((field) => field !== undefined), {
    message: "Send at least one field to change.",
    path: ["name"],
  });
export type UpdateRatingLabelInput = z.input<typeof updateRatingLabelSchema>;

/** Labels to reorder among themselves (each once), in their new order; the others keep their places. */
export const reorderRatingLabelsSchema = z.object({
  ids: z
    .array(idSchema, { error: "ids must be a list of label ids, in their new order." })
    .min(1, "ids must be a list of label ids, in their new order.")
    .max(200, "Too many ids.")
    .refine((ids) => new Set(ids).size === ids.length, "Each label may appear only once."),
});
export type ReorderRatingLabelsInput = z.input<typeof reorderRatingLabelsSchema>;

/** The optional label a verdict is given under; empty (a form with no scale) means none. */
export const ratingLabelChoiceSchema = z
  .union([idSchema, z.literal(""), z.null()], { error: "That rating label is not valid." })
  .optional()
  .transform((value) => value || undefined);
