import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import { ACTIVE_ASSIGNMENT_STATES, claimForWriting } from "@/lib/assignments/access";
import { recordAudit } from "@/lib/audit/record";
import { db, type DbTransaction } from "@/lib/db/client";
import { assertId, idSchema } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { WRITE_TRANSACTION_OPTIONS } from "@/lib/verdicts/version";
import { extractMentionTokens, resolveMentions } from "./mentions";
import { commentSchema } from "./schema";

/**
 * Who the tokens mention, among the users who may read the claim (claim.read, with the article
 * assignment rule of lib/assignments/access.ts). A mention is a notification that shows the claim
 * and the comment, so nobody else is notified. Tokens are resolved against every active user
 * first, so what "@name" means does not depend on who may read the claim.
 */
async function mentionableUsers(tx: DbTransaction, tokens: string[], articleId: string) {
  if (!tokens.length) return [];
  const candidates = await tx.user.findMany({
    where: {
      active: true,
      OR: tokens.map((token) =>
        token.includes("@")
          ? { email: { equals: token, mode: "insensitive" as const } }
          : { email: { startsWith: `${token}@`, mode: "insensitive" as const } },
      ),
    },
    select: { id: true, email: true, role: true, active: true },
  });
  const mentioned = new Set(resolveMentions(tokens, candidates));
  const assigned = await tx.assignment.findMany({
    where: {
      reviewerId: { in: [...mentioned] },
      state: { in: [...ACTIVE_ASSIGNMENT_STATES] },
      claim: { articleId, deletedAt: null },
    },
    select: { reviewerId: true },
  });
  const assignedIds = new Set(assigned.map((assignment) => assignment.reviewerId));
  return candidates
    .filter((user) => mentioned.has(user.id))
    .filter((user) => can(user, "claim.read", { actorIsAssigned: assignedIds.has(user.id) }))
    .map((user) => user.id);
}

/**
 * Comments do not take the claim version: they never conflict with a verdict or each other. They
 * stay allowed on a finalized article (discussion may go on; sources and verdicts may not change).
 */
export async function addComment(actor: Actor, claimId: unknown, input: unknown) {
  const id = assertId(claimId, "claimId");
  const data = parseInput(commentSchema, input);
  const tokens = extractMentionTokens(data.body);
  return db.$transaction(async (tx) => {
    const { claim } = await claimForWriting(tx, actor, id, "comment.write");
    const mentioned = (await mentionableUsers(tx, tokens, claim.articleId)).filter((userId) => userId !== actor.id);
    const comment = await tx.comment.create({
      data: {
        claimId: id,
        authorId: actor.id,
        body: data.body,
        mentions: { create: mentioned.map((userId) => ({ userId })) },
      },
      select: { id: true, claimId: true, body: true, createdAt: true, mentions: { select: { userId: true } } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comment.created",
      entityType: "Comment",
      entityId: comment.id,
      after: { claimId: id, body: comment.body, mentionedUserIds: mentioned },
    });
    return comment;
  }, WRITE_TRANSACTION_OPTIONS);
}

const mentionIdsSchema = z
  .array(idSchema, { error: "Send the ids of the mentions to mark read." })
  .max(200, { error: "Mark at most 200 mentions at once." });

/**
 * Marks the user's own mentions read (only theirs: the user is in the where clause). No
 * AuditEvent: this is the reader's own notification state, not a change to the review record.
 */
export async function markMentionsRead(userId: string, mentionIds: unknown) {
  const user = assertId(userId, "userId");
  const ids = parseInput(mentionIdsSchema, mentionIds);
  if (ids.length === 0) return { count: 0 };
  return db.mention.updateMany({
    where: { id: { in: ids }, userId: user, readAt: null },
    data: { readAt: new Date() },
  });
}
