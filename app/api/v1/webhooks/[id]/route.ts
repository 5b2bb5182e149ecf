import { apiRoute } from "@/lib/http/api";
import { getWebhookEndpoint } from "@/lib/webhooks/data";
import { deleteWebhookEndpoint, updateWebhookEndpoint } from "@/lib/webhooks/mutations";

export const GET = apiRoute({}, async ({ user, params }) => ({ webhook: await getWebhookEndpoint(user, params.id) }));

export const PATCH = apiRoute({ readsBody: true }, async ({ user, params, body }) =>
  updateWebhookEndpoint(user, params.id, body),
);

export const DELETE = apiRoute({}, async ({ user, params }) => deleteWebhookEndpoint(user, params.id));
