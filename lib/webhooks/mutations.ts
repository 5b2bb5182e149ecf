// Writes of webhook endpoints (admins), each with its audit event in the same transaction, and
// the record of each delivery attempt with the automatic disabling it may lead to.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { AppError, notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { endpointSelect, requireWebhookManager } from "./data";
import { createWebhookSchema, updateWebhookSchema } from "./schema";
import { generateSecret, sealSecret, secretHint } from "./secret-box";

/** Registers an endpoint. The secret (given, or generated) is returned this once. */
export async function createWebhookEndpoint(actor: Actor, input: unknown) {
  requireWebhookManager(actor);
  const data = parseInput(createWebhookSchema, input);
  const secret = data.secret ?? generateSecret();
  const endpoint = await writeTransaction(async (tx) => {
    const created = await tx.webhookEndpoint.create({
      data: {
        url: data.url,
        events: data.events,
        secretCiphertext: sealSecret(secret),
        secretHint: secretHint(secret),
        createdById: actor.id,
      },
      select: endpointSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "webhook.created",
      entityType: "WebhookEndpoint",
      entityId: created.id,
      after: { url: created.url, events: created.events, enabled: true, secretHint: created.secretHint },
    });
    return created;
  });
  return { webhook: endpoint, secret };
}

/**
 * Changes URL, events or enabled, or replaces the secret (`secret`, or `rotateSecret: true` for a
 * generated one, returned this once). Turning an endpoint back on clears its failure streak.
 */
export async function updateWebhookEndpoint(actor: Actor, id: unknown, input: unknown) {
  requireWebhookManager(actor);
  const endpointId = assertId(id);
  const data = parseInput(updateWebhookSchema, input);
  const newSecret = data.secret ?? (data.rotateSecret ? generateSecret() : undefined);
  const endpoint = await writeTransaction(async (tx) => {
    const before = await tx.webhookEndpoint.findUnique({ where: { id: endpointId }, select: endpointSelect });
    if (!before) throw notFound("The webhook endpoint");
    const enabling = data.enabled === true && !before.enabled;
    const disabling = data.enabled === false && before.enabled;
    const updated = await tx.webhookEndpoint.update({
      where: { id: endpointId },
      data: {
        url: data.url,
        events: data.events,
        enabled: data.enabled,
        ...(enabling ? { disabledAt: null, disabledReason: null, failingSince: null } : {}),
        ...(disabling ? { disabledAt: new Date(), disabledReason: "admin" } : {}),
        ...(newSecret ? { secretCiphertext: sealSecret(newSecret), secretHint: secretHint(newSecret) } : {}),
      },
      select: endpointSelect,
    });
    const view = (row: typeof before) => ({ url: row.url, events: row.events, enabled: row.enabled });
    if (data.url !== undefined || data.events !== undefined || data.enabled !== undefined) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "webhook.updated",
        entityType: "WebhookEndpoint",
        entityId: endpointId,
        before: view(before),
        after: view(updated),
      });
    }
    if (newSecret) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "webhook.secret_rotated",
        entityType: "WebhookEndpoint",
        entityId: endpointId,
        after: { secretHint: updated.secretHint },
      });
    }
    return updated;
  });
  return { webhook: endpoint, ...(newSecret ? { secret: newSecret } : {}) };
}

/** Deletes an endpoint and its delivery log; jobs still queued for it find nothing and stop. */
export async function deleteWebhookEndpoint(actor: Actor, id: unknown) {
  requireWebhookManager(actor);
  const endpointId = assertId(id);
  return writeTransaction(async (tx) => {
    const before = await tx.webhookEndpoint.findUnique({ where: { id: endpointId }, select: endpointSelect });
    if (!before) throw notFound("The webhook endpoint");
    await tx.webhookEndpoint.delete({ where: { id: endpointId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "webhook.deleted",
      entityType: "WebhookEndpoint",
      entityId: endpointId,
      before: { url: before.url, events: before.events, enabled: before.enabled, secretHint: before.secretHint },
    });
    return { id: endpointId, deleted: true as const };
  });
}

export interface AttemptRecord {
  endpointId: string;
  deliveryId: string;
  event: string;
  attempt: number;
  status: number | null;
  ok: boolean;
  durationMs: number;
  responseExcerpt: string | null;
}

/** How long every attempt must have failed before an endpoint is disabled (default a day). */
export function disableAfterMs(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.CLAIMLEDGER_WEBHOOK_DISABLE_AFTER_MS);
  return Number.isFinite(configured) && configured > 0 ? configured : 24 * 60 * 60 * 1000;
}

/**
 * Logs one attempt. A success ends the failure streak; a failure starts it or, once it has lasted
 * the whole window, disables the endpoint (recorded in the audit log). Returns whether this
 * attempt disabled it, so the caller can tell the admins after the commit.
 */
export async function recordDeliveryAttempt(record: AttemptRecord, now = new Date()) {
  return writeTransaction(async (tx) => {
    await tx.webhookDelivery.create({ data: { ...record, createdAt: now } });
    if (record.ok) {
      await tx.webhookEndpoint.updateMany({
        where: { id: record.endpointId },
        data: { failingSince: null, lastDeliveryAt: now },
      });
      return { disabled: false as const };
    }
    // Only the first failure of a streak sets its start (two workers failing at once agree).
    await tx.webhookEndpoint.updateMany({
      where: { id: record.endpointId, failingSince: null },
      data: { failingSince: now },
    });
    const endpoint = await tx.webhookEndpoint.update({
      where: { id: record.endpointId },
      data: { lastDeliveryAt: now },
      select: { url: true, enabled: true, failingSince: true },
    });
    const since = endpoint.failingSince ?? now;
    if (!endpoint.enabled || now.getTime() - since.getTime() < disableAfterMs()) return { disabled: false as const };
    // Conditional: of two attempts failing at the same moment, one disables and records it.
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id: record.endpointId, enabled: true },
      data: { enabled: false, disabledAt: now, disabledReason: "auto" },
    });
    if (!count) return { disabled: false as const };
    await recordAudit(tx, {
      actorId: null,
      action: "webhook.auto_disabled",
      entityType: "WebhookEndpoint",
      entityId: record.endpointId,
      after: { url: endpoint.url, failingSince: since.toISOString() },
    });
    return { disabled: true as const, url: endpoint.url, failingSince: since };
  });
}

/** The actor's name, for the test event's "requestedBy". */
export async function actorRef(actor: Actor) {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { id: true, name: true } });
  if (!user) throw new AppError("FORBIDDEN", "Your account no longer exists.");
  return user;
}
