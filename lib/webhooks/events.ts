// The events a webhook endpoint can subscribe to, and the test event every endpoint can be sent.
// Browser-safe: the admin form lists them. An event is accepted here only once something emits it,
// so no endpoint waits for an event that is never sent.

export const WEBHOOK_EVENTS = [
  "article.imported",
  "claim.verdict",
  "claim.signed_off",
  "article.published",
  "claim.corrected",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Sent by an admin's "send a test event", to that endpoint only, whatever it subscribed to. */
export const TEST_EVENT = "webhook.test";
export type DeliveredEvent = WebhookEvent | typeof TEST_EVENT;

/** Catalog keys of the events' names ("webhooksAdmin.eventNames"): message keys cannot hold dots. */
export const EVENT_LABEL_KEYS = {
  "article.imported": "article_imported",
  "claim.verdict": "claim_verdict",
  "claim.signed_off": "claim_signed_off",
  "article.published": "article_published",
  "claim.corrected": "claim_corrected",
} as const satisfies Record<WebhookEvent, string>;

export function isWebhookEvent(name: string): name is WebhookEvent {
  return (WEBHOOK_EVENTS as readonly string[]).includes(name);
}
