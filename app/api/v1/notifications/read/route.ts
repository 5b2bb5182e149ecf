import { apiRoute } from "@/lib/http/api";
import { markNotificationsRead } from "@/lib/notifications/mutations";

export const POST = apiRoute({ readsBody: true }, async ({ user, body }) => markNotificationsRead(user.id, body));
