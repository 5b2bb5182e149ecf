// Changing one's own notification state: marking read, and the per-kind preferences. No
// AuditEvent, as for mentions (lib/comments/mutations.ts): this is the reader's own state, not a
// change to the review record. Every write names the user in its `where`, so nobody can touch
// another person's notifications by id.
import "server-only";
import type { DbTransaction } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { notificationPreferencesOf } from "./data";
import { MENTION_KINDS, NOTIFICATION_KINDS } from "./kinds";
import { markNotificationsReadSchema, notificationPreferencesSchema } from "./schema";

const commentIdOf = (data: unknown) => {
  const id = (data as { commentId?: unknown } | null)?.commentId;
  return typeof id === "string" ? id : null;
};

/**
 * Marks the listed notifications (or all) of this user read; returns how many were unread. The
 * mentions they carry are marked read too, so GET /api/v1/me/mentions agrees with the centre.
 */
export async function markNotificationsRead(userId: string, input: unknown) {
  const user = assertId(userId, "userId");
  const data = parseInput(markNotificationsReadSchema, input);
  if (data.ids && data.ids.length === 0) return { count: 0 };
  return writeTransaction(async (tx) => {
    const where = { userId: user, readAt: null, ...(data.ids ? { id: { in: data.ids } } : {}) };
    const mentionRows = await tx.notification.findMany({
      where: { ...where, kind: { in: [...MENTION_KINDS] } },
      select: { data: true },
    });
    const now = new Date();
    const { count } = await tx.notification.updateMany({ where, data: { readAt: now } });
    const commentIds = mentionRows.map((row) => commentIdOf(row.data)).filter((id): id is string => id !== null);
    if (commentIds.length) {
      await tx.mention.updateMany({
        where: { userId: user, commentId: { in: commentIds }, readAt: null },
        data: { readAt: now },
      });
    }
    return { count };
  });
}

/** The other way round: mentions read on /mentions or through the API mark their notifications read. */
export async function markMentionNotificationsRead(tx: DbTransaction, userId: string, mentionIds: string[]) {
  if (!mentionIds.length) return;
  const mentions = await tx.mention.findMany({
    where: { id: { in: mentionIds }, userId },
    select: { commentId: true },
  });
  const commentIds = mentions.map((mention) => mention.commentId);
  if (!commentIds.length) return;
  const rows = await tx.notification.findMany({
    where: { userId, readAt: null, kind: { in: [...MENTION_KINDS] } },
    select: { id: true, data: true },
  });
  const ids = rows.filter((row) => commentIds.includes(commentIdOf(row.data) ?? "")).map((row) => row.id);
  if (ids.length)
    await tx.notification.updateMany({ where: { id: { in: ids }, userId }, data: { readAt: new Date() } });
}

/** Replaces the user's choices (a kind left out goes back to its default); returns every kind's channel. */
export async function setNotificationPreferences(userId: string, input: unknown) {
  const user = assertId(userId, "userId");
  const data = parseInput(notificationPreferencesSchema, input);
  const chosen = NOTIFICATION_KINDS.flatMap((kind) => {
    const channel = data[kind];
    return channel ? [{ userId: user, kind, channel }] : [];
  });
  await writeTransaction(async (tx) => {
    await tx.notificationPreference.deleteMany({ where: { userId: user } });
    if (chosen.length) await tx.notificationPreference.createMany({ data: chosen });
  });
  return notificationPreferencesOf(user);
}
