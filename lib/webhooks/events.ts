// The events a webhook endpoint can subscribe to, and the test event every endpoint can be sent.
// Browser-safe: the admin form lists them. Events named in issue 19 whose features do not exist
// yet (sign-off, publication, corrections: issue 17) are documented in docs/webhooks.md as coming
// with those features, and are not accepted here until something emits them.

export const WEBHOOK_EVENTS = ["article.imported", "claim.verdict", "claim.signed_off"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Sent by an admin's "send a test event", to that endpoint only, whatever it subscribed to. */
export const TEST_EVENT = "webhook.test";
export type DeliveredEvent = WebhookEvent | typeof TEST_EVENT;

/** Catalog keys of the events' names ("webhooksAdmin.eventNames"): message keys cannot hold dots. */
export const EVENT_LABEL_KEYS = {
  "article.imported": "article_imported",
  "claim.verdict": "claim_verdict",
  "claim.signed_off": "claim_signed_off",
} as const satisfies Record<WebhookEvent, string>;

export function isWebhookEvent(name: string): name is WebhookEvent {
  return (WEBHOOK_EVENTS as readonly string[]).includes(name);
}
