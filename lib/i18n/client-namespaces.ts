// The catalog namespaces that code running in the browser reads (client components and what they
// import). app/client-intl-provider.tsx gives only these to NextIntlClientProvider, from the
// catalogs bundled with the JavaScript (pages no longer carry messages in their RSC payload:
// docs/performance.md, fifth pass). Server components read the full catalog on the server.
// tests/unit/i18n/client-namespaces.test.ts finds the namespaces client code uses and fails when
// this list differs, naming what to add or remove.
import type { Messages } from "./messages";

export const CLIENT_NAMESPACES = [
  "account",
  "admin",
  "adminAccounts",
  "articleLanguage",
  "articleLock",
  "articlePage",
  "assign",
  "bidi",
  "candidates",
  "claimNav",
  "claimPage",
  "claimant",
  "claimsTable",
  "comments",
  "conflict",
  "consultation",
  "curation",
  "deactivated",
  "errors",
  "evidence",
  "finalize",
  "forgot",
  "importArticle",
  "jobsAdmin",
  "language",
  "login",
  "mentionList",
  "notificationSettings",
  "notifications",
  "publicPagesAdmin",
  "publishing",
  "queue",
  "ratingScale",
  "reports",
  "reset",
  "revisions",
  "roles",
  "shortcuts",
  "signoff",
  "similar",
  "snapshot",
  "sourceContent",
  "sso",
  "stances",
  "statusCue",
  "statuses",
  "timeZone",
  "tokenOptions",
  "tokens",
  "twoFactorLogin",
  "verdict",
  "webhooksAdmin",
] as const satisfies readonly (keyof Messages)[];

/** The part of a catalog the browser needs. */
export function clientMessages(messages: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(CLIENT_NAMESPACES.filter((name) => name in messages).map((name) => [name, messages[name]]));
}
