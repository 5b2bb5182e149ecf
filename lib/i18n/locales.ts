// The interface languages and how a request's language is chosen. Pure: lib/http/i18n-request.ts
// feeds it the user's choice and the browser's Accept-Language header.
import { match } from "@formatjs/intl-localematcher";

export const LOCALES = ["en", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language's own name, as the language picker shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ar: "العربية" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The languages an Accept-Language header asks for, most wanted first ("ar-SY,ar;q=0.9,en;q=0.8"). */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter(({ tag, weight }) => tag && tag !== "*" && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map(({ tag }) => tag);
}

/** The user's chosen language, else the best match for what the browser asks for, else English. */
export function resolveLocale(chosen: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(chosen)) return chosen;
  const requested = acceptedLanguages(acceptLanguage).filter((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length > 0;
    } catch {
      return false; // a malformed tag is ignored, not an error
    }
  });
  if (requested.length === 0) return DEFAULT_LOCALE;
  const best = match(requested, LOCALES, DEFAULT_LOCALE, { algorithm: "best fit" });
  return isLocale(best) ? best : DEFAULT_LOCALE;
}
