// The message catalogs: one JSON file per namespace and language, so that each part of the
// interface keeps its strings beside the others of its kind. English is the reference: every
// other language must have exactly its keys and placeholders (tests/unit/i18n/catalogs.test.ts).
import type { Locale } from "../locales";
import arAccounts from "./ar/accounts.json";
import arArticles from "./ar/articles.json";
import arClaims from "./ar/claims.json";
import arCommon from "./ar/common.json";
import arJobs from "./ar/jobs.json";
import arManage from "./ar/manage.json";
import arNotifications from "./ar/notifications.json";
import arOnboarding from "./ar/onboarding.json";
import arRatingScale from "./ar/rating-scale.json";
import arRevisions from "./ar/revisions.json";
import arPublishing from "./ar/publishing.json";
import arSignoff from "./ar/signoff.json";
import arSimilar from "./ar/similar.json";
import arSources from "./ar/sources.json";
import arSso from "./ar/sso.json";
import arWebhooks from "./ar/webhooks.json";
import enAccounts from "./en/accounts.json";
import enArticles from "./en/articles.json";
import enClaims from "./en/claims.json";
import enCommon from "./en/common.json";
import enJobs from "./en/jobs.json";
import enManage from "./en/manage.json";
import enNotifications from "./en/notifications.json";
import enOnboarding from "./en/onboarding.json";
import enRatingScale from "./en/rating-scale.json";
import enRevisions from "./en/revisions.json";
import enPublishing from "./en/publishing.json";
import enSignoff from "./en/signoff.json";
import enSimilar from "./en/similar.json";
import enSources from "./en/sources.json";
import enSso from "./en/sso.json";
import enWebhooks from "./en/webhooks.json";

export const CATALOGS = {
  en: { ...enCommon, ...enAccounts, ...enArticles, ...enClaims, ...enManage, ...enJobs, ...enSources, ...enOnboarding, ...enSimilar, ...enRevisions, ...enWebhooks, ...enNotifications, ...enSso, ...enSignoff, ...enPublishing, ...enRatingScale },
  ar: { ...arCommon, ...arAccounts, ...arArticles, ...arClaims, ...arManage, ...arJobs, ...arSources, ...arOnboarding, ...arSimilar, ...arRevisions, ...arWebhooks, ...arNotifications, ...arSso, ...arSignoff, ...arPublishing, ...arRatingScale },
} satisfies Record<Locale, unknown>;

export type Messages = typeof CATALOGS.en;

export function messagesFor(locale: Locale): Messages {
  return CATALOGS[locale] as Messages;
}
