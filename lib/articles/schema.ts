// Article import input, shared by the import form, the API and the CLI.
import { z } from "zod";
// The module itself, not "@/lib/extraction": the form runs this schema in the browser, which
// needs the language check but not the extractor and its model.
import { assessLanguage, notLanguageMessage } from "@/lib/extraction/language";
import { optionalDateSchema } from "@/lib/schemas";
import { LANGUAGE_MESSAGE, languageTagSchema } from "./language";

const FETCHED_AT_MESSAGE = "The fetch time must be an ISO 8601 date and time.";

/** Bytes, not characters: the limit protects storage and extraction time. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

const optionalText = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .optional()
    .transform((value) => (value ? value : undefined));

/**
 * Why a text cannot be an article because it is not language (random code points, pasted
 * binary), or null. Such text would otherwise be imported as an article with no claims.
 */
export function notLanguageProblem(text: string): string | null {
  const { reason } = assessLanguage(text);
  return reason
    ? `This text does not look like language. ${notLanguageMessage(reason)} Paste or upload the article's own text.`
    : null;
}

export const httpUrlSchema = z
  .string({ error: "The URL must be text." })
  .trim()
  .max(2000, { error: "The URL must be at most 2000 characters." })
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === "http:" || url.protocol === "https:") && Boolean(url.hostname);
      } catch {
        return false;
      }
    },
    { error: "Enter a web address starting with http:// or https://." },
  );

export const importArticleSchema = z.object({
  title: z
    .string({ error: "Enter a title." })
    .trim()
    .min(1, { error: "Enter a title." })
    .max(300, { error: "The title must be at most 300 characters." }),
  body: z
    .string({ error: "The article text must be text." })
    .refine((value) => value.trim().length > 0, { error: "The article text is empty." })
    .refine((value) => utf8Length(value) <= MAX_BODY_BYTES, { error: "The article text is larger than 2 MB." })
    .refine((value) => !value.includes("\u0000"), { error: "The article text contains binary data (NUL bytes)." })
    .superRefine((value, ctx) => {
      const problem = notLanguageProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  url: z
    .union([z.literal(""), httpUrlSchema], { error: "Enter a web address starting with http:// or https://." })
    .optional()
    .transform((value) => (value ? value : undefined)),
  publisher: optionalText(200, "The publisher"),
  publishedAt: optionalDateSchema("the publication date"),
  /** BCP 47; when left out (or empty) the language is detected from the text. */
  language: z
    .union([z.literal(""), languageTagSchema], { error: LANGUAGE_MESSAGE })
    .optional()
    .transform((value) => (value ? value : undefined))
    .meta({
      description:
        'BCP 47 tag of the text\'s language ("ar", "en", "fr-CA"); detected from the text when left out or empty.',
    }),
  /** When the text was fetched from `url` (the import-by-URL preview sets it); never in the future. */
  fetchedAt: z
    .union([z.literal(""), z.iso.datetime({ offset: true, error: FETCHED_AT_MESSAGE })], { error: FETCHED_AT_MESSAGE })
    .optional()
    .transform((value) => (value ? new Date(value) : undefined))
    .refine((date) => !date || date.getTime() <= Date.now() + 60_000, { error: "The fetch time cannot be in the future." })
    .meta({ description: "When the text was fetched from `url` (ISO 8601); set by import by URL." }),
});
export type ImportArticleInput = z.input<typeof importArticleSchema>;
