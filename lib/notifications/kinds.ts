// The kinds of notification and how each reaches a person by default. Browser-safe: the settings
// form lists the same kinds. A kind is text in the database (Notification.kind), so a new one
// (as sign-off requested was) is a line here, its catalog labels and the call that raises it; no
// migration.

export const NOTIFICATION_KINDS = [
  "ASSIGNED", // a claim was assigned to you
  "MENTIONED", // a comment @mentioned you on a claim you may read
  "CONSULTED", // a comment @mentioned you on a claim you could not read: you may now read it and reply
  "DUE_TOMORROW", // an open assignment of yours is due tomorrow
  "OVERDUE", // an open assignment of yours is past its due date
  "VERDICT_REOPENED", // an editor sent back (took back) a verdict you set
  "VERDICT_CHANGED", // someone else set a new verdict on a claim whose verdict you had set
  "SOURCE_CHANGED", // a source you cited changed since you cited it, or is gone
  "SIGNOFF_REQUESTED", // a verdict on a claim you assigned awaits a second person's sign-off
  "WEBHOOK_DISABLED", // a webhook endpoint failing for a day was disabled (admins; no article or claim)
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * APP: in the notification centre only. EMAIL: also an email at once. DIGEST: also in the daily
 * digest email. OFF: not at all. Without SMTP settings EMAIL and DIGEST reach the app only.
 */
export const NOTIFICATION_CHANNELS = ["APP", "EMAIL", "DIGEST", "OFF"] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/**
 * What a person gets before choosing (docs/notifications.md): what asks for action now comes by
 * email (new work, a consultation, a verdict sent back, tomorrow's deadline); what can wait comes
 * in the daily digest; being mentioned where you already work, or a verdict changed, stays in the
 * app.
 */
export const DEFAULT_CHANNELS: Record<NotificationKind, NotificationChannel> = {
  ASSIGNED: "EMAIL",
  MENTIONED: "APP",
  CONSULTED: "EMAIL",
  DUE_TOMORROW: "EMAIL",
  OVERDUE: "DIGEST",
  VERDICT_REOPENED: "EMAIL",
  VERDICT_CHANGED: "APP",
  SOURCE_CHANGED: "DIGEST",
  // The sign-off queue and the dashboard count them too: a reminder, not a summons.
  SIGNOFF_REQUESTED: "APP",
  // The admins are emailed about it anyway when email is on (lib/webhooks/deliver.ts); the notice
  // is what tells them when it is off.
  WEBHOOK_DISABLED: "APP",
};

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/**
 * Notices about the server itself rather than an article or claim (Notification.articleId and
 * claimId are empty): shown only to a reader who is still an active admin (lib/notifications/data.ts).
 */
export const SERVER_NOTICE_KINDS: readonly NotificationKind[] = ["WEBHOOK_DISABLED"];

/** The mentions inbox folded into the centre: these kinds are what /mentions used to list. */
export const MENTION_KINDS: readonly NotificationKind[] = ["MENTIONED", "CONSULTED"];
