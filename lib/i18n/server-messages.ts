// Messages that come from the server in English (zod field messages, domain errors of server
// actions) shown in the reader's language. The API keeps answering in English: those messages are
// a contract. Each catalog maps an English message to its translation (each message in one file:
// tests/unit/i18n/catalogs.test.ts); a "{name}" placeholder in
// an entry matches any text there and is carried into the translation ("Must be at most {max}
// characters." also covers "Must be at most 300 characters."). A message with no entry stays
// English rather than being lost. Pure.
import type { Locale } from "./locales";
import arAccounts from "./messages/ar/server-accounts.json";
import arArticles from "./messages/ar/server-articles.json";
import arClaims from "./messages/ar/server-claims.json";
import arCommon from "./messages/ar/server-common.json";
import arManage from "./messages/ar/server-manage.json";
import arNotifications from "./messages/ar/server-notifications.json";
import arRatingScale from "./messages/ar/server-rating-scale.json";
import arRevisions from "./messages/ar/server-revisions.json";
import arSignoff from "./messages/ar/server-signoff.json";
import arSimilar from "./messages/ar/server-similar.json";
import arSources from "./messages/ar/server-sources.json";
import arWebhooks from "./messages/ar/server-webhooks.json";

type Catalog = Record<string, string>;

const SERVER_CATALOGS: Partial<Record<Locale, Catalog>> = {
  ar: { ...arCommon, ...arAccounts, ...arClaims, ...arArticles, ...arManage, ...arSources, ...arSimilar, ...arRevisions, ...arWebhooks, ...arNotifications, ...arRatingScale, ...arSignoff },
};

interface Pattern {
  regex: RegExp;
  names: string[];
  translation: string;
}

const PLACEHOLDER = /\{(\w+)\}/g;
const escapeRegex = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, "\\$&");

function compile(catalog: Catalog): { exact: Map<string, string>; patterns: Pattern[] } {
  const exact = new Map<string, string>();
  const patterns: Pattern[] = [];
  for (const [english, translation] of Object.entries(catalog)) {
    const names = [...english.matchAll(PLACEHOLDER)].map((found) => found[1]!);
    if (names.length === 0) {
      exact.set(english, translation);
      continue;
    }
    const source = english
      .split(PLACEHOLDER)
      .map((part, index) => (index % 2 === 1 ? "([\\s\\S]+?)" : escapeRegex(part)))
      .join("");
    patterns.push({ regex: new RegExp(`^${source}$`), names, translation });
  }
  // Longer templates first: the more literal text an entry has, the more specific it is.
  patterns.sort((a, b) => b.regex.source.length - a.regex.source.length);
  return { exact, patterns };
}

const compiled = new Map<Locale, ReturnType<typeof compile>>();

/**
 * The message in the reader's language, or unchanged when it has no translation. What a
 * placeholder matched is translated too when it is itself a known message ("The page could not
 * be fetched: {reason}" with the fetcher's reason).
 */
export function translateServerMessage(message: string, locale: Locale, depth = 0): string {
  const catalog = SERVER_CATALOGS[locale];
  if (!catalog) return message;
  let entry = compiled.get(locale);
  if (!entry) compiled.set(locale, (entry = compile(catalog)));
  const exact = entry.exact.get(message);
  if (exact !== undefined) return exact;
  for (const pattern of entry.patterns) {
    const found = pattern.regex.exec(message);
    if (!found) continue;
    const values = new Map(
      pattern.names.map((name, index) => {
        const value = found[index + 1]!;
        return [name, depth < 2 ? translateServerMessage(value, locale, depth + 1) : value] as const;
      }),
    );
    return pattern.translation.replace(PLACEHOLDER, (whole, name: string) => values.get(name) ?? whole);
  }
  return message;
}
