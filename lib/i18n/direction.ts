// Text direction of languages and of user text. Pure.

export type Direction = "ltr" | "rtl";

/** "rtl" for Arabic, Hebrew, Persian, Urdu…, from the runtime's locale data (CLDR). */
export function directionOfLanguage(language: string | null | undefined): Direction {
  if (!language) return "ltr";
  try {
    const locale = new Intl.Locale(language) as Intl.Locale & {
      textInfo?: { direction?: string };
      getTextInfo?: () => { direction?: string };
    };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    return info?.direction === "rtl" ? "rtl" : "ltr";
  } catch {
    return "ltr";
  }
}

/** The primary language subtag ("ar" of "ar-SY"), lower-case; null for none or a malformed tag. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical ? new Intl.Locale(canonical).language : null;
  } catch {
    return null;
  }
}
