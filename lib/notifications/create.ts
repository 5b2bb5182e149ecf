// Raising notifications, inside the transaction of the change they tell of: they exist exactly
// when it commits (a rolled-back assignment notifies nobody), and so does any email, queued on
// the same transaction (lib/mail/send.ts). Who hears is decided by the pure rules in
// recipients.ts over facts loaded here: each person's access to the claim through lib/access,
// under the change's own locks.
import "server-only";
import { claimsWhere } from "@/lib/access";
import type { DbTransaction, Prisma } from "@/lib/db/client";
import { appBaseUrl, mailEnabled } from "@/lib/mail/config";
import { queueMail } from "@/lib/mail/send";
import { notificationMail, type MailItem } from "@/lib/mail/templates/notification";
import type { NotificationChannel, NotificationKind } from "./kinds";
import { emailsAtOnce, recipientsFor } from "./recipients";

export interface NotificationChange {
  kind: NotificationKind;
  /** Who made the change (never notified of it); null for the scheduled reminders and snapshots. */
  actorId: string | null;
  claimId: string;
  /** The people the change concerns; the rules drop those who may not hear of it. */
  recipientIds: string[];
  /** Small facts only (ids, statuses): never claim text, which the list reads live under access rules. */
  data?: Record<string, string | number | boolean | null>;
  /** Once-only key per recipient (due reminders). */
  dedupeKey?: string;
}

export const claimLink = (claimId: string) => `${appBaseUrl()}/claims/${claimId}`;
export const articleLink = (articleId: string) => `${appBaseUrl()}/articles/${articleId}`;
export const centreLink = () => `${appBaseUrl()}/notifications`;
export const settingsLink = () => `${appBaseUrl()}/settings/notifications`;

/** Creates the notifications these changes earn; returns how many were created. */
export async function notify(tx: DbTransaction, changes: NotificationChange[]): Promise<number> {
  const wanted = changes.filter((change) => change.recipientIds.length);
  if (!wanted.length) return 0;
  const userIds = [...new Set(wanted.flatMap((change) => change.recipientIds))];
  const claimIds = [...new Set(wanted.map((change) => change.claimId))];
  const kinds = [...new Set(wanted.map((change) => change.kind))];
  const [users, preferences, claims] = await Promise.all([
    tx.user.findMany({
      where: { id: { in: userIds } },
      select: { id: true, role: true, active: true, email: true, name: true },
    }),
    tx.notificationPreference.findMany({
      where: { userId: { in: userIds }, kind: { in: kinds } },
      select: { userId: true, kind: true, channel: true },
    }),
    tx.claim.findMany({
      where: { id: { in: claimIds }, deletedAt: null },
      select: { id: true, number: true, articleId: true, article: { select: { title: true } } },
    }),
  ]);
  const userById = new Map(users.map((user) => [user.id, user]));
  const claimById = new Map(claims.map((claim) => [claim.id, claim]));
  const preference = (userId: string, kind: string) =>
    preferences.find((row) => row.userId === userId && row.kind === kind)?.channel as NotificationChannel | undefined;

  // Who may read which claim: one query per recipient over all their claims (a bulk assignment of
  // 80 claims asks once, not 80 times), through the access module's own filter.
  const claimsOfUser = new Map<string, Set<string>>();
  for (const change of wanted)
    for (const userId of change.recipientIds) {
      if (!claimsOfUser.has(userId)) claimsOfUser.set(userId, new Set());
      claimsOfUser.get(userId)!.add(change.claimId);
    }
  const readable = new Set<string>();
  for (const [userId, ids] of claimsOfUser) {
    const user = userById.get(userId);
    if (!user) continue;
    const rows = await tx.claim.findMany({
      where: { AND: [{ id: { in: [...ids] }, deletedAt: null }, claimsWhere(user, "claim.read")] },
      select: { id: true },
    });
    for (const row of rows) readable.add(`${userId}:${row.id}`);
  }

  const rows: Prisma.NotificationCreateManyInput[] = [];
  for (const change of wanted) {
    const claim = claimById.get(change.claimId);
    if (!claim) continue; // deleted in the meantime: nothing to point to
    const people = [];
    for (const userId of change.recipientIds) {
      const user = userById.get(userId);
      people.push({
        userId,
        active: user?.active ?? false,
        mayRead: readable.has(`${userId}:${claim.id}`),
        preference: preference(userId, change.kind),
      });
    }
    for (const recipient of recipientsFor(change, people)) {
      rows.push({
        userId: recipient.userId,
        kind: change.kind,
        articleId: claim.articleId,
        claimId: claim.id,
        actorId: change.actorId,
        data: change.data ?? {},
        channel: recipient.channel,
        dedupeKey: change.dedupeKey ?? null,
      });
    }
  }
  if (!rows.length) return 0;
  // A reminder already sent (same user and key) is skipped here, so it is never emailed twice.
  const created = await tx.notification.createManyAndReturn({
    data: rows,
    skipDuplicates: true,
    select: { userId: true, kind: true, claimId: true, actorId: true, data: true, channel: true },
  });
  await emailAtOnce(tx, created, { userById, claimById });
  return created.length;
}

async function emailAtOnce(
  tx: DbTransaction,
  created: {
    userId: string;
    kind: string;
    claimId: string | null;
    actorId: string | null;
    data: Prisma.JsonValue;
    channel: NotificationChannel;
  }[],
  lookups: {
    userById: Map<string, { email: string; name: string }>;
    claimById: Map<string, { number: number; article: { title: string } }>;
  },
) {
  const mailOn = mailEnabled();
  const toEmail = created.filter((row) => emailsAtOnce(row.channel, mailOn));
  if (!toEmail.length) return;
  const actorIds = [...new Set(toEmail.map((row) => row.actorId).filter((id): id is string => id !== null))];
  const actors = await tx.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  // One email per person per change (an auto-assign of forty claims is one message, not forty).
  const byUser = new Map<string, MailItem[]>();
  for (const row of toEmail) {
    const claim = row.claimId ? lookups.claimById.get(row.claimId) : undefined;
    if (!claim || !row.claimId) continue;
    const items = byUser.get(row.userId) ?? [];
    items.push({
      kind: row.kind as NotificationKind,
      claimNumber: claim.number,
      actorName: actors.find((actor) => actor.id === row.actorId)?.name ?? null,
      data: (row.data ?? {}) as Record<string, unknown>,
      articleTitle: claim.article.title,
      link: claimLink(row.claimId),
    });
    byUser.set(row.userId, items);
  }
  for (const [userId, items] of byUser) {
    const user = lookups.userById.get(userId);
    if (!user) continue;
    await queueMail(
      notificationMail({
        to: user.email,
        name: user.name,
        items,
        centreLink: centreLink(),
        settingsLink: settingsLink(),
      }),
      { tx },
    );
  }
}
