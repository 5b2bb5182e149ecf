import { apiRoute } from "@/lib/http/api";
import { parsePageQuery } from "@/lib/pagination";
import { listWebhookDeliveries } from "@/lib/webhooks/data";

export const GET = apiRoute({}, async ({ user, params, request }) => {
  const { items, next } = await listWebhookDeliveries(user, params.id, parsePageQuery(request.nextUrl.searchParams));
  return { deliveries: items, next };
});
