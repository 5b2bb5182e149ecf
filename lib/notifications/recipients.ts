// Who hears of a change, and how: the recipient rules in one place. Pure: the caller loads, for
// each person the change concerns, whether they are active and may read the claim now (decided by
// lib/access) and their preference; this decides. Never the actor; never someone who may not read
// the claim (a reviewer no longer assigned, a consultation that ended); never twice; never a
// person who turned the kind off.
import { DEFAULT_CHANNELS, type NotificationChannel, type NotificationKind } from "./kinds";

export interface RecipientFacts {
  userId: string;
  active: boolean;
  /** May read the claim (or, for a notice about an article, the article) now, by lib/access. */
  mayRead: boolean;
  /** Their chosen channel for this kind; undefined when they never chose (the default applies). */
  preference?: NotificationChannel;
}

export interface Recipient {
  userId: string;
  channel: Exclude<NotificationChannel, "OFF">;
}

export function channelFor(kind: NotificationKind, preference?: NotificationChannel): NotificationChannel {
  return preference ?? DEFAULT_CHANNELS[kind];
}

export function recipientsFor(
  change: { kind: NotificationKind; actorId: string | null },
  people: RecipientFacts[],
): Recipient[] {
  const seen = new Set<string>();
  const recipients: Recipient[] = [];
  for (const person of people) {
    if (seen.has(person.userId)) continue;
    seen.add(person.userId);
    if (person.userId === change.actorId || !person.active || !person.mayRead) continue;
    const channel = channelFor(change.kind, person.preference);
    if (channel === "OFF") continue;
    recipients.push({ userId: person.userId, channel });
  }
  return recipients;
}

/** Whether a notification on this channel is emailed at once (mail on, channel EMAIL). */
export const emailsAtOnce = (channel: NotificationChannel, mailOn: boolean) => mailOn && channel === "EMAIL";

/**
 * The author of the verdict a change replaces or takes back: the latest status change that set a
 * verdict (not a reopen). A later reopen does not make the verdict anyone else's.
 */
export function verdictAuthor(history: { toStatus: string; actorId: string }[]): string | null {
  for (let i = history.length - 1; i >= 0; i--) {
    if (history[i]!.toStatus !== "PENDING") return history[i]!.actorId;
  }
  return null;
}

/** Which due reminder an open assignment is owed now, if any (dueAt is the end of its due day). */
export function dueReminderKind(dueAt: Date, now: Date): "DUE_TOMORROW" | "OVERDUE" | null {
  const left = dueAt.getTime() - now.getTime();
  const day = 24 * 60 * 60 * 1000;
  if (left <= 0) return "OVERDUE";
  // The due time is between 24 and 48 hours away exactly while "now" is in the day before the
  // due day (in the zone the day was chosen in): tomorrow.
  if (left > day && left <= 2 * day) return "DUE_TOMORROW";
  return null;
}

/** One reminder per kind, assignment and due date: a new due date earns new reminders. */
export const dueReminderKey = (kind: "DUE_TOMORROW" | "OVERDUE", assignmentId: string, dueAt: Date) =>
  `${kind}:${assignmentId}:${dueAt.toISOString()}`;
