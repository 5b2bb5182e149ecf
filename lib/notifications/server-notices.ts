// Notices about the server itself, not about an article or claim (SERVER_NOTICE_KINDS): today a
// webhook endpoint disabled after failing for a day. They have no article or claim, so the access
// rules that guard the other kinds do not apply: who may hear is decided here by the permission
// table (managing webhooks), and again when the centre is read (lib/notifications/data.ts), so a
// person who stops being an admin stops seeing them. They are never emailed from here: the caller
// sends its own email when email is on, and the notice is what remains when it is off.
import "server-only";
import { can } from "@/lib/auth/permissions";
import { writeTransaction } from "@/lib/db/transaction";
import type { NotificationChannel } from "./kinds";
import { recipientsFor } from "./recipients";

export interface WebhookDisabledFacts {
  endpointId: string;
  url: string;
  failingSince: Date;
}

/** What a WEBHOOK_DISABLED notice keeps: ids, the URL and a date; never the endpoint's secret. */
export const webhookDisabledData = (facts: WebhookDisabledFacts) => ({
  endpointId: facts.endpointId,
  url: facts.url,
  failingSince: facts.failingSince.toISOString(),
});

/**
 * Tells these people in the app that an endpoint was disabled; returns how many notices were
 * made. Once per disabling: a retried delivery job that disables it again (same failing streak)
 * makes none.
 */
export async function noticeWebhookDisabled(recipientIds: string[], facts: WebhookDisabledFacts): Promise<number> {
  const ids = [...new Set(recipientIds)];
  if (!ids.length) return 0;
  const kind = "WEBHOOK_DISABLED";
  return writeTransaction(async (tx) => {
    const [users, preferences] = await Promise.all([
      tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, role: true, active: true } }),
      tx.notificationPreference.findMany({
        where: { userId: { in: ids }, kind },
        select: { userId: true, channel: true },
      }),
    ]);
    const people = users.map((user) => ({
      userId: user.id,
      active: user.active,
      mayRead: can(user, "webhook.manage"),
      preference: preferences.find((row) => row.userId === user.id)?.channel as NotificationChannel | undefined,
    }));
    const data = webhookDisabledData(facts);
    const { count } = await tx.notification.createMany({
      data: recipientsFor({ kind, actorId: null }, people).map((recipient) => ({
        userId: recipient.userId,
        kind,
        articleId: null,
        claimId: null,
        actorId: null,
        data,
        channel: recipient.channel,
        dedupeKey: `${kind}:${facts.endpointId}:${data.failingSince}`,
      })),
      skipDuplicates: true,
    });
    return count;
  });
}
