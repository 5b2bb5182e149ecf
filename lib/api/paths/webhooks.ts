// Webhook endpoints (admins): register, list, change, rotate the secret, delete, see deliveries,
// send a test event. Delivery format and signature: docs/webhooks.md.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { TEST_EVENT, WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { createWebhookSchema, updateWebhookSchema } from "@/lib/webhooks/schema";
import {
  authRequired,
  errorResponse,
  forbidden,
  idParam,
  invalidInput,
  json,
  nextCursor,
  pageQuery,
  standardErrors,
} from "../openapi-helpers";

const delivery = z
  .object({
    id: z.string(),
    deliveryId: z.string().meta({ description: "The payload's `id`: the same on every attempt of one event." }),
    event: z.string(),
    attempt: z.int().meta({ description: "1 for the first attempt, then 2, 3, … for retries." }),
    status: z
      .int()
      .nullable()
      .meta({ description: "The answer's HTTP status; null when none came (refused, timed out)." }),
    ok: z.boolean().meta({ description: "Any 2xx answer is a success." }),
    durationMs: z.int(),
    responseExcerpt: z
      .string()
      .nullable()
      .meta({ description: "The first 500 characters of the answer, or why there was none." }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "WebhookDelivery" });

const webhook = z
  .object({
    id: z.string(),
    url: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENTS)),
    secretHint: z
      .string()
      .meta({ description: "The secret's last four characters (the secret itself is never shown again)." }),
    enabled: z.boolean(),
    disabledAt: z.iso.datetime().nullable(),
    disabledReason: z
      .enum(["auto", "admin"])
      .nullable()
      .meta({
        description: "auto: every delivery failed for the whole window (a day by default); admin: switched off.",
      }),
    failingSince: z.iso
      .datetime()
      .nullable()
      .meta({ description: "Since when every attempt has failed; null after a success." }),
    lastDeliveryAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "WebhookEndpointSettings" });

/** As lists and reads show it: with the last attempt and the failures since the last success. */
const webhookWithStatus = webhook
  .extend({ lastDelivery: delivery.nullable(), failuresInARow: z.int() })
  .meta({ id: "WebhookEndpoint" });

const withSecret = z.object({
  webhook,
  secret: z.string().meta({ description: "The signing secret, given or generated. Shown only in this response." }),
});

const adminsOnly = forbidden("Only admins manage webhooks.");
const noSuchEndpoint = { "404": errorResponse("No such webhook endpoint.") };

export const webhookPaths: ZodOpenApiPathsObject = {
  "/api/v1/webhooks": {
    get: {
      summary: "Webhook endpoints, newest first (admins)",
      responses: {
        "200": {
          description: "Every endpoint, with its last delivery",
          ...json(z.object({ webhooks: z.array(webhookWithStatus) })),
        },
        ...authRequired,
        ...adminsOnly,
      },
    },
    post: {
      summary: "Register a webhook endpoint (admins); without `secret` one is generated. The secret is shown once.",
      description: `Events: ${WEBHOOK_EVENTS.join(", ")}. Each delivery is a POST of JSON signed with ClaimLedger-Timestamp and ClaimLedger-Signature: sha256=HMAC-SHA256(secret, TIMESTAMP + "." + BODY) (docs/webhooks.md).`,
      requestBody: json(createWebhookSchema, {
        url: "https://hooks.example.org/claimledger",
        events: ["claim.verdict"],
      }),
      responses: {
        "201": { description: "Registered; the secret is in this answer only", ...json(withSecret) },
        ...standardErrors,
        ...adminsOnly,
      },
    },
  },
  "/api/v1/webhooks/{id}": {
    get: {
      summary: "One webhook endpoint (admins)",
      requestParams: { path: idParam },
      responses: {
        "200": { description: "The endpoint", ...json(z.object({ webhook: webhookWithStatus })) },
        ...invalidInput,
        ...authRequired,
        ...adminsOnly,
        ...noSuchEndpoint,
      },
    },
    patch: {
      summary: "Change a webhook endpoint's URL, events or enabled, or replace its secret (admins)",
      description:
        "`secret` sets a secret you chose; `rotateSecret: true` generates one. Either is returned once as `secret`. Enabling an endpoint clears its failure streak.",
      requestParams: { path: idParam },
      requestBody: json(updateWebhookSchema, { events: ["article.imported", "claim.verdict"], enabled: true }),
      responses: {
        "200": {
          description: "Changed",
          ...json(
            z.object({
              webhook,
              secret: z.string().optional().meta({ description: "The new secret, when replaced." }),
            }),
          ),
        },
        ...standardErrors,
        ...adminsOnly,
        ...noSuchEndpoint,
      },
    },
    delete: {
      summary: "Delete a webhook endpoint and its delivery log (admins)",
      requestParams: { path: idParam },
      responses: {
        "200": { description: "Deleted", ...json(z.object({ id: z.string(), deleted: z.literal(true) })) },
        ...invalidInput,
        ...authRequired,
        ...adminsOnly,
        ...noSuchEndpoint,
      },
    },
  },
  "/api/v1/webhooks/{id}/deliveries": {
    get: {
      summary: "A webhook endpoint's delivery attempts, newest first (admins)",
      requestParams: { path: idParam, query: pageQuery },
      responses: {
        "200": { description: "Attempts", ...json(z.object({ deliveries: z.array(delivery), next: nextCursor })) },
        ...invalidInput,
        ...authRequired,
        ...adminsOnly,
        ...noSuchEndpoint,
      },
    },
  },
  "/api/v1/webhooks/{id}/test": {
    post: {
      summary: `Queue a test event (${TEST_EVENT}) to this endpoint, also while it is disabled (admins)`,
      requestParams: { path: idParam },
      responses: {
        "202": {
          description: "Queued; the attempt shows in the delivery log",
          ...json(z.object({ deliveryId: z.string() })),
        },
        ...invalidInput,
        ...authRequired,
        ...adminsOnly,
        ...noSuchEndpoint,
      },
    },
  },
};
