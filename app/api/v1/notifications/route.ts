import { apiRoute } from "@/lib/http/api";
import { notificationApiView } from "@/lib/notifications/api-view";
import { listNotificationsPage, unreadNotificationCount } from "@/lib/notifications/data";
import { notificationListQuerySchema } from "@/lib/notifications/schema";
import { parsePageQuery } from "@/lib/pagination";
import { parseInput } from "@/lib/validation";

// Everyone signed in has a notification centre: it holds only their own rows, filtered by what
// they may read now (lib/notifications/data.ts).
export const GET = apiRoute({}, async ({ user, request }) => {
  const params = request.nextUrl.searchParams;
  const { unread } = parseInput(notificationListQuerySchema, { unread: params.get("unread") ?? undefined });
  const page = parsePageQuery(params);
  const [{ items, next }, unreadCount] = await Promise.all([
    listNotificationsPage(user, page, { unreadOnly: unread === "true" }),
    unreadNotificationCount(user),
  ]);
  return { notifications: items.map(notificationApiView), unread: unreadCount, next };
});
