// Raising notifications, inside the transaction of the change they tell of: they exist exactly
// when it commits (a rolled-back assignment notifies nobody), and so does any email, queued on
// the same transaction (lib/mail/send.ts). Who hears is decided by the pure rules in
// recipients.ts over facts loaded here: each person's access to the claim through lib/access,
// under the change's own locks.
import "server-only";
import { claimFactsSql } from "@/lib/access";
import { can, type Relation, type Role } from "@/lib/auth/permissions";
import { Prisma, type DbTransaction } from "@/lib/db/client";
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

/** What notify reads about a change's people and claims, in one statement (see notificationFacts). */
interface NotificationFacts {
  /** The recipients and the changes' actors (whose names an email shows). */
  users: { id: string; role: Role; active: boolean; email: string; name: string }[];
  preferences: { userId: string; kind: string; channel: NotificationChannel }[];
  claims: { id: string; number: number; articleId: string; article: { title: string } }[];
  /** Each recipient's relations to each of their live claims, as lib/access reads them. */
  relations: ({ userId: string; claimId: string } & Record<Relation, boolean>)[];
}

/**
 * The people, their preferences, the claims with their articles' titles and each recipient's
 * relations to their claims, in one round trip (it was six statements: a write's notification
 * cost as much as the write's own reads). Read in the change's transaction, after its locks, so
 * access is judged as of the change.
 */
async function notificationFacts(
  tx: DbTransaction,
  wanted: NotificationChange[],
  kinds: string[],
): Promise<NotificationFacts> {
  const recipientIds = [...new Set(wanted.flatMap((change) => change.recipientIds))];
  const actorIds = wanted.map((change) => change.actorId).filter((id): id is string => id !== null);
  const userIds = [...new Set([...recipientIds, ...actorIds])];
  const claimIds = [...new Set(wanted.map((change) => change.claimId))];
  // Who may read which claim: one set of claims per recipient (a bulk assignment of 80 claims
  // reads its reviewer's relations to the 80 in one part of the statement, not 80 times).
  const claimsOfUser = new Map<string, Set<string>>();
  for (const change of wanted)
    for (const userId of change.recipientIds) {
      if (!claimsOfUser.has(userId)) claimsOfUser.set(userId, new Set());
      claimsOfUser.get(userId)!.add(change.claimId);
    }
  // The relations are read beside the roles, so before the roles are known: lib/access's relation
  // SQL needs only who the person is (RelatedPerson), and the decision is taken afterwards with the
  // role read here, by the one policy (can).
  const relationParts = [...claimsOfUser].map(
    ([userId, ids]) => Prisma.sql`SELECT ${userId} AS "userId", c.id AS "claimId",
      ${claimFactsSql({ id: userId })}
      FROM "Claim" c WHERE c.id = ANY(${[...ids]}) AND c."deletedAt" IS NULL`,
  );
  const [row] = await tx.$queryRaw<[NotificationFacts]>`
    SELECT
      (SELECT coalesce(json_agg(json_build_object('id', u.id, 'role', u.role, 'active', u.active,
          'email', u.email, 'name', u.name)), '[]'::json)
        FROM "User" u WHERE u.id = ANY(${userIds})) AS users,
      (SELECT coalesce(json_agg(json_build_object('userId', p."userId", 'kind', p.kind, 'channel', p.channel)), '[]'::json)
        FROM "NotificationPreference" p WHERE p."userId" = ANY(${recipientIds}) AND p.kind = ANY(${kinds})) AS preferences,
      (SELECT coalesce(json_agg(json_build_object('id', c.id, 'number', c.number, 'articleId', c."articleId",
          'article', json_build_object('title', a.title))), '[]'::json)
        FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
        WHERE c.id = ANY(${claimIds}) AND c."deletedAt" IS NULL) AS claims,
      (SELECT coalesce(json_agg(r), '[]'::json) FROM (${Prisma.join(relationParts, " UNION ALL ")}) r) AS relations`;
  return row;
}

/** Creates the notifications these changes earn; returns how many were created. */
export async function notify(tx: DbTransaction, changes: NotificationChange[]): Promise<number> {
  const wanted = changes.filter((change) => change.recipientIds.length);
  if (!wanted.length) return 0;
  const kinds = [...new Set(wanted.map((change) => change.kind))];
  const facts = await notificationFacts(tx, wanted, kinds);
  const userById = new Map(facts.users.map((user) => [user.id, user]));
  const claimById = new Map(facts.claims.map((claim) => [claim.id, claim]));
  const preference = (userId: string, kind: string) =>
    facts.preferences.find((row) => row.userId === userId && row.kind === kind)?.channel;
  const readable = new Set<string>();
  for (const relations of facts.relations) {
    const user = userById.get(relations.userId);
    if (user && can(user, "claim.read", relations)) readable.add(`${relations.userId}:${relations.claimId}`);
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
  // One email per person per change (an auto-assign of forty claims is one message, not forty).
  const byUser = new Map<string, MailItem[]>();
  for (const row of toEmail) {
    const claim = row.claimId ? lookups.claimById.get(row.claimId) : undefined;
    if (!claim || !row.claimId) continue;
    const items = byUser.get(row.userId) ?? [];
    items.push({
      kind: row.kind as NotificationKind,
      claimNumber: claim.number,
      // The actors were read with the recipients (notificationFacts).
      actorName: row.actorId ? (lookups.userById.get(row.actorId)?.name ?? null) : null,
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
