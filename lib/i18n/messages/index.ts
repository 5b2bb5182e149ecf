// The message catalogs: one JSON file per namespace and language, so that each part of the
// interface keeps its strings beside the others of its kind. English is the reference: every
// other language must have exactly its keys and placeholders (tests/unit/i18n/catalogs.test.ts).
import type { Locale } from "../locales";
import arCommon from "./ar/common.json";
import enCommon from "./en/common.json";

export const CATALOGS = {
  en: { ...enCommon },
  ar: { ...arCommon },
} satisfies Record<Locale, unknown>;

export type Messages = typeof CATALOGS.en;

export function messagesFor(locale: Locale): Messages {
  return CATALOGS[locale] as Messages;
}
