// One delivery attempt (the "webhook_delivery" job's handler): sign the payload, POST it through
// the safe fetcher (its address rules: no private, loopback or link-local address unless allowed
// by CLAIMLEDGER_FETCH_ALLOW; redirects are not followed, a 3xx counts as a failure), log status,
// time and the start of the answer, and throw on failure so the queue retries with back-off.
import "server-only";
import { FetchRefused, safeFetch } from "@/lib/fetch/safe-fetch";
import { appBaseUrl } from "@/lib/mail/config";
import { queueMail } from "@/lib/mail/send";
import type { JobKinds } from "@/lib/jobs/kinds";
import { noticeWebhookDisabled } from "@/lib/notifications/server-notices";
import { attemptsSoFar, endpointAdmins, endpointForDelivery } from "./data";
import { TEST_EVENT } from "./events";
import { recordDeliveryAttempt } from "./mutations";
import { signedHeaders } from "./signature";

/** A receiver should answer quickly and do its work later; 10 s is generous. */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** What the log keeps of an answer's body. */
export const EXCERPT_CHARS = 500;
/** Read no more of an answer than this: only its start is kept. */
const MAX_ANSWER_BYTES = 64 * 1024;

export class DeliveryFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DeliveryFailed";
  }
}

export async function deliverWebhook({ endpointId, payload }: JobKinds["webhook_delivery"]) {
  const endpoint = await endpointForDelivery(endpointId);
  // Deleted, or disabled since the event was queued: nothing to do, and nothing to retry.
  if (!endpoint) return { skipped: "endpoint deleted" };
  if (!endpoint.enabled && payload.event !== TEST_EVENT) return { skipped: "endpoint disabled" };

  const body = JSON.stringify(payload);
  const attempt = (await attemptsSoFar(endpointId, payload.id)) + 1;
  const started = performance.now();
  let status: number | null = null;
  let excerpt: string | null;
  try {
    const answer = await safeFetch(endpoint.url, {
      method: "POST",
      body,
      accept: ["*/*"],
      followRedirects: false,
      timeoutMs: DELIVERY_TIMEOUT_MS,
      maxBytes: MAX_ANSWER_BYTES,
      headers: {
        "content-type": "application/json",
        "user-agent": "ClaimLedger-Webhooks/1",
        accept: "*/*",
        "accept-encoding": "identity",
        "ClaimLedger-Event": payload.event,
        "ClaimLedger-Delivery": payload.id,
        ...signedHeaders(endpoint.secret, body),
      },
    });
    status = answer.status;
    excerpt = answer.body.toString("utf8").slice(0, EXCERPT_CHARS) || null;
  } catch (error) {
    // No answer to log: say why (the fetcher's words for a refused address, a timeout, …).
    excerpt = error instanceof FetchRefused ? error.message : "The delivery failed before an answer came.";
    if (!(error instanceof FetchRefused)) console.error("[claimledger] webhook delivery:", error);
  }
  const ok = status !== null && status >= 200 && status < 300;
  const outcome = await recordDeliveryAttempt({
    endpointId,
    deliveryId: payload.id,
    event: payload.event,
    attempt,
    status,
    ok,
    durationMs: Math.round(performance.now() - started),
    responseExcerpt: excerpt,
  });
  if (outcome.disabled) await tellAdmins(endpointId, outcome.url, outcome.failingSince);
  if (ok) return { status, attempt };
  // Once disabled, no more retries: the endpoint is off until an admin turns it back on.
  if (outcome.disabled) return { status, attempt, disabled: true };
  throw new DeliveryFailed(status === null ? (excerpt ?? "No answer.") : `The endpoint answered ${status}.`);
}

/**
 * Tells the endpoint's admin (else every active admin) that it was disabled: a notice in the app
 * always, so that someone hears of it on a server without email, and an email when email is
 * configured (queueMail does nothing without SMTP settings). Neither failing undoes the disabling.
 */
async function tellAdmins(endpointId: string, url: string, failingSince: Date) {
  let admins: { id: string; email: string }[];
  try {
    admins = await endpointAdmins(endpointId);
  } catch (error) {
    console.error("[claimledger] webhooks: could not find the admins to tell about a disabled endpoint:", error);
    return;
  }
  try {
    await noticeWebhookDisabled(
      admins.map((admin) => admin.id),
      { endpointId, url, failingSince },
    );
  } catch (error) {
    console.error("[claimledger] webhooks: could not notify the admins in the app about a disabled endpoint:", error);
  }
  try {
    const link = `${appBaseUrl()}/admin/webhooks`;
    for (const { email } of admins) {
      await queueMail({
        to: email,
        subject: "A ClaimLedger webhook endpoint was disabled",
        text: [
          `Every delivery to the webhook endpoint ${url} has failed since ${failingSince.toISOString()}, so ClaimLedger disabled it.`,
          "",
          `See its delivery log and turn it back on once the receiver works again: ${link}`,
        ].join("\n"),
      });
    }
  } catch (error) {
    console.error("[claimledger] webhooks: could not tell the admins about a disabled endpoint:", error);
  }
}
