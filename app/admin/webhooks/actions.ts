"use server";
import { revalidatePath } from "next/cache";
import { guardedAction, runAction } from "@/lib/http/action";
import { requirePermission } from "@/lib/http/session";
import { sendTestEvent } from "@/lib/webhooks/emit";
import { createWebhookEndpoint, deleteWebhookEndpoint, updateWebhookEndpoint } from "@/lib/webhooks/mutations";

const PAGE = "/admin/webhooks";

/** Registers an endpoint; the secret comes back once, for the form to show. */
export const createWebhookAction = guardedAction(async function createWebhookAction(input: unknown) {
  const actor = await requirePermission("webhook.manage");
  return runAction(async () => {
    const { webhook, secret } = await createWebhookEndpoint(actor, input);
    revalidatePath(PAGE);
    return { id: webhook.id, url: webhook.url, secret };
  });
});

export const updateWebhookAction = guardedAction(async function updateWebhookAction(id: string, input: unknown) {
  const actor = await requirePermission("webhook.manage");
  return runAction(async () => {
    const { webhook, secret } = await updateWebhookEndpoint(actor, id, input);
    revalidatePath(PAGE);
    return { enabled: webhook.enabled, secret: secret ?? null };
  });
});

export const deleteWebhookAction = guardedAction(async function deleteWebhookAction(id: string) {
  const actor = await requirePermission("webhook.manage");
  return runAction(async () => {
    await deleteWebhookEndpoint(actor, id);
    revalidatePath(PAGE);
  });
});

export const sendTestEventAction = guardedAction(async function sendTestEventAction(id: string) {
  const actor = await requirePermission("webhook.manage");
  return runAction(async () => {
    await sendTestEvent(actor, id);
    revalidatePath(PAGE);
  });
});
