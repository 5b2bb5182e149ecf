// An article's language: a BCP 47 tag ("ar", "en", "fr-CA"), stored canonical, shared by the
// import form, the language form on the article page and the API. Browser-safe: zod and Intl only.
import { z } from "zod";

export const LANGUAGE_MESSAGE = "Enter a language tag such as ar, en or fr-CA (BCP 47).";

/** The canonical form of a well-formed BCP 47 tag ("AR" → "ar", "en-us" → "en-US"), or null. */
export function canonicalLanguage(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** A well-formed BCP 47 tag, trimmed and made canonical. */
export const languageTagSchema = z
  .string({ error: LANGUAGE_MESSAGE })
  .trim()
  .max(35, { error: LANGUAGE_MESSAGE })
  .refine((value) => canonicalLanguage(value) !== null, { error: LANGUAGE_MESSAGE })
  .transform((value) => canonicalLanguage(value)!);

/** The languages the forms offer by name; any other is typed as a tag ("other"). */
export const COMMON_LANGUAGES = ["ar", "en", "fr", "es", "de", "tr", "fa", "ku", "he", "ru", "zh"] as const;

export const OTHER_LANGUAGE = "other";

/** The select's value for a stored tag: the tag itself when offered, else "other". */
export function languageChoice(tag: string): string {
  return (COMMON_LANGUAGES as readonly string[]).includes(tag) ? tag : OTHER_LANGUAGE;
}

/** Editors change an article's language on its page. */
export const articleLanguageSchema = z.object({ language: languageTagSchema });
export type ArticleLanguageInput = z.input<typeof articleLanguageSchema>;
