// Reading the notification centre. A notification is shown only while its reader may still read
// the claim (decided now by lib/access, as the mentions inbox did): an assignment taken away or a
// consultation ended hides what it brought. A notice with neither article nor claim (about the
// server: a disabled webhook endpoint) is shown only while its reader may manage webhooks, that
// is while they are an active admin: a former admin no longer sees it.
import "server-only";
import { articlesWhere, claimsWhere } from "@/lib/access";
import { can, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { afterCreation, toPage, type PageQuery } from "@/lib/pagination";
import { DEFAULT_CHANNELS, NOTIFICATION_KINDS, type NotificationChannel, type NotificationKind } from "./kinds";

function readableNotifications(user: Actor): Prisma.NotificationWhereInput {
  return {
    userId: user.id,
    OR: [
      // articleId spelled out: for a reader who may read every article the filter is empty, and an
      // empty relation filter also matches a notice that has no article at all.
      { claimId: null, articleId: { not: null }, article: articlesWhere(user, "article.read") },
      { claim: { deletedAt: null, ...claimsWhere(user, "claim.read") } },
      ...(can(user, "webhook.manage") ? [{ claimId: null, articleId: null }] : []),
    ],
  };
}

/**
 * The user's unread notifications, counted up to `atMost` when given: the header's badge shows
 * "99+" past 99, and counting a reader's thousands of unread notices (each checked for a claim
 * still readable) cost tens of milliseconds on every page (docs/performance.md, fifth pass).
 */
export function unreadNotificationCount(user: Actor, { atMost }: { atMost?: number } = {}) {
  return db.notification.count({ where: { ...readableNotifications(user), readAt: null }, take: atMost });
}

const listSelect = {
  id: true,
  kind: true,
  data: true,
  readAt: true,
  createdAt: true,
  articleId: true,
  claimId: true,
  actor: { select: { id: true, name: true } },
  article: { select: { title: true, language: true } },
  claim: { select: { number: true, statement: true } },
} as const;

/** One page of the user's notifications, newest first; `unreadOnly` leaves out the read ones. */
export async function listNotificationsPage(user: Actor, query: PageQuery, options: { unreadOnly?: boolean } = {}) {
  const cursorRow = query.after
    ? await db.notification.findFirst({
        where: { id: query.after, userId: user.id },
        select: { id: true, createdAt: true },
      })
    : undefined;
  const rows = await db.notification.findMany({
    where: {
      AND: [
        readableNotifications(user),
        options.unreadOnly ? { readAt: null } : {},
        cursorRow === undefined ? {} : afterCreation(cursorRow, "desc"),
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: listSelect,
  });
  return toPage(rows, query);
}

export type NotificationRow = Awaited<ReturnType<typeof listNotificationsPage>>["items"][number];

/** The comments that mentioned or consulted the reader, for the list's excerpt (live ones only). */
export async function mentionCommentsOf(rows: NotificationRow[]) {
  const ids = rows
    .map((row) => (row.data as { commentId?: unknown } | null)?.commentId)
    .filter((id): id is string => typeof id === "string");
  if (!ids.length) return new Map<string, string>();
  const comments = await db.comment.findMany({
    where: { id: { in: ids }, deletedAt: null },
    select: { id: true, body: true },
  });
  return new Map(comments.map((comment) => [comment.id, comment.body]));
}

/** Each kind's channel for this user: their choice, else the default. */
export async function notificationPreferencesOf(
  userId: string,
): Promise<Record<NotificationKind, NotificationChannel>> {
  const rows = await db.notificationPreference.findMany({ where: { userId }, select: { kind: true, channel: true } });
  return Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => [kind, rows.find((row) => row.kind === kind)?.channel ?? DEFAULT_CHANNELS[kind]]),
  ) as Record<NotificationKind, NotificationChannel>;
}
