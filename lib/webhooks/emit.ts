// Emitting events: called after the transaction that made the change has committed, never inside
// it (a delivery must not announce a change that rolled back). One job per subscribed endpoint
// goes on the queue (kind "webhook_delivery", retried with back-off); building the payload or
// queueing can fail without failing the action that caused it: the failure is logged.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { enqueue } from "@/lib/jobs/enqueue";
import { appBaseUrl } from "@/lib/mail/config";
import {
  correctionFacts,
  getWebhookEndpoint,
  importedArticleFacts,
  publishedArticleFacts,
  subscribedEndpointIds,
  verdictFacts,
} from "./data";
import { TEST_EVENT, type WebhookEvent } from "./events";
import { actorRef } from "./mutations";
import {
  articleImportedData,
  articlePublishedData,
  buildPayload,
  claimCorrectedData,
  claimSignedOffData,
  claimVerdictData,
  testEventData,
  type WebhookPayload,
} from "./payload";

/** Retry timing for this process's deliveries; the tests shorten it (docs/webhooks.md has the default). */
function retryOverride(env: NodeJS.ProcessEnv = process.env) {
  const delay = Number(env.CLAIMLEDGER_WEBHOOK_RETRY_DELAY_SECONDS);
  return Number.isInteger(delay) && delay > 0 ? { retryDelay: delay } : {};
}

async function queueDelivery(endpointId: string, payload: WebhookPayload) {
  return enqueue("webhook_delivery", { endpointId, payload }, retryOverride());
}

type Loaded = { data: Record<string, unknown>; occurredAt: Date } | null;

/**
 * Sends the event to every enabled endpoint subscribed to it, each with its own delivery id. The
 * payload's facts are loaded only when someone listens (most changes cost one indexed query).
 * Never throws: webhooks are told about a change, they are not part of it.
 */
async function emit(event: WebhookEvent, load: () => Promise<Loaded>): Promise<number> {
  try {
    const endpoints = await subscribedEndpointIds(event);
    if (!endpoints.length) return 0;
    const loaded = await load();
    if (!loaded) return 0;
    for (const { id } of endpoints) await queueDelivery(id, buildPayload(event, loaded.data, loaded.occurredAt));
    return endpoints.length;
  } catch (error) {
    console.error(`[claimledger] webhooks: could not queue ${event}:`, error);
    return 0;
  }
}

export function emitArticleImported(articleId: string): Promise<number> {
  return emit("article.imported", async () => {
    const article = await importedArticleFacts(articleId);
    return article ? { data: articleImportedData(article, appBaseUrl()), occurredAt: new Date() } : null;
  });
}

/** A verdict was set or changed: the history row it appended names everything the payload says. */
export function emitClaimVerdict(statusChangeId: string): Promise<number> {
  return emit("claim.verdict", async () => {
    const found = await verdictFacts(statusChangeId);
    return found ? { data: claimVerdictData(found.facts, appBaseUrl()), occurredAt: found.occurredAt } : null;
  });
}

/** A verdict was approved or sent back (lib/signoff): the history row it appended names the rest. */
export function emitClaimSignedOff(statusChangeId: string, decision: "approved" | "sent_back"): Promise<number> {
  return emit("claim.signed_off", async () => {
    const found = await verdictFacts(statusChangeId);
    return found
      ? { data: claimSignedOffData(found.facts, decision, appBaseUrl()), occurredAt: found.occurredAt }
      : null;
  });
}

/** An article's fact-check was published (or republished at a new address): lib/publishing. */
export function emitArticlePublished(articleId: string): Promise<number> {
  return emit("article.published", async () => {
    const found = await publishedArticleFacts(articleId);
    return found ? { data: articlePublishedData(found.facts, appBaseUrl()), occurredAt: found.occurredAt } : null;
  });
}

/** A published verdict was corrected (lib/publishing/corrections.ts): one event per Correction row. */
export function emitClaimCorrected(correctionId: string): Promise<number> {
  return emit("claim.corrected", async () => {
    const found = await correctionFacts(correctionId);
    return found ? { data: claimCorrectedData(found.facts, appBaseUrl()), occurredAt: found.occurredAt } : null;
  });
}

/**
 * An admin's "send a test event": to this endpoint only, whatever it subscribed to, and also while
 * it is disabled (so a receiver can be checked before the endpoint is turned back on).
 */
export async function sendTestEvent(actor: Actor, endpointId: unknown) {
  const endpoint = await getWebhookEndpoint(actor, endpointId);
  const payload = buildPayload(
    TEST_EVENT,
    testEventData({ id: endpoint.id, url: endpoint.url }, await actorRef(actor)),
    new Date(),
  );
  await queueDelivery(endpoint.id, payload);
  return { deliveryId: payload.id };
}
