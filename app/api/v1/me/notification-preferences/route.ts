import { apiRoute } from "@/lib/http/api";
import { mailEnabled } from "@/lib/mail/config";
import { notificationPreferencesOf } from "@/lib/notifications/data";
import { setNotificationPreferences } from "@/lib/notifications/mutations";

export const GET = apiRoute({}, async ({ user }) => ({
  preferences: await notificationPreferencesOf(user.id),
  emailEnabled: mailEnabled(),
}));

export const PUT = apiRoute({ readsBody: true }, async ({ user, body }) => ({
  preferences: await setNotificationPreferences(user.id, body),
  emailEnabled: mailEnabled(),
}));
