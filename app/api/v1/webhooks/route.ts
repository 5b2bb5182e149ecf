import { apiRoute, created } from "@/lib/http/api";
import { listWebhookEndpoints } from "@/lib/webhooks/data";
import { createWebhookEndpoint } from "@/lib/webhooks/mutations";

export const GET = apiRoute({}, async ({ user }) => ({ webhooks: await listWebhookEndpoints(user) }));

// The secret (given or generated) is in this answer only.
export const POST = apiRoute({ readsBody: true }, async ({ user, body }) =>
  created(await createWebhookEndpoint(user, body)),
);
