// Comments and @mentions. Mentioning a colleague who cannot read the claim consults them: they
// may read it and reply in its comments until an editor ends the consultation. Who may read,
// reply and consult is decided by lib/access with the one policy; every consultation start and
// end is in the audit log.
import "server-only";
import { claimAccess, assertCan } from "@/lib/access";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { writeClaim, type ClaimWriteContext } from "@/lib/claims/kernel";
import type { DbTransaction } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { AppError, notFound } from "@/lib/errors";
import { commentChanges } from "@/lib/notifications/changes";
import { notify } from "@/lib/notifications/create";
import { markMentionNotificationsRead } from "@/lib/notifications/mutations";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { extractMentionTokens, resolveMentionTokens } from "./mentions";
import { commentSchema, mentionIdsSchema } from "./schema";

/** Active users whose email could match the tokens (full address or the part before "@"). */
async function candidatesFor(tx: DbTransaction, tokens: string[]) {
  if (!tokens.length) return [];
  return tx.user.findMany({
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
}

/**
 * Settles each mentioned user: one who may read the claim is notified; one who may not is
 * consulted (a new Consultation) when the writer may consult (claim.consult: the claim's assigned
 * reviewer, editors, admins). A consulted person's own mentions only notify readers.
 */
async function settleMentions(
  { tx, claim, facts, audit }: ClaimWriteContext,
  actor: Actor,
  users: { id: string; role: Actor["role"]; active: boolean }[],
) {
  const mentioned: string[] = [];
  const consulted: string[] = [];
  const writerMayConsult = can(actor, "claim.consult", facts);
  for (const user of users) {
    if (user.id === actor.id) continue;
    const { facts: theirs } = await claimAccess(tx, user, claim.id);
    if (can(user, "claim.read", theirs)) {
      mentioned.push(user.id);
      continue;
    }
    if (!writerMayConsult || !can(user, "claim.read", { ...theirs, consultedOnClaim: true })) continue;
    const consultation = await tx.consultation.create({
      data: { claimId: claim.id, userId: user.id, invitedById: actor.id },
      select: { id: true },
    });
    await audit({
      action: "consultation.started",
      entityType: "Consultation",
      entityId: consultation.id,
      after: { claimId: claim.id, userId: user.id },
    });
    mentioned.push(user.id);
    consulted.push(user.id);
  }
  return { mentioned, consulted };
}

/**
 * Comments do not take the claim version: they never conflict with a verdict or each other. They
 * stay allowed on a finalized article (discussion may go on; sources and verdicts may not change).
 * @names that match nobody are refused with a warning unless allowUnknownMentions is set.
 */
export async function addComment(actor: Actor, claimId: unknown, input: unknown) {
  const data = parseInput(commentSchema, input);
  const tokens = extractMentionTokens(data.body);
  return writeClaim(
    actor,
    claimId,
    { action: "comment.write", claimLock: "share", allowFinalized: true },
    async (context) => {
      const { tx, claim } = context;
      const candidates = await candidatesFor(tx, tokens);
      const { users, unknown } = resolveMentionTokens(tokens, candidates);
      if (unknown.length && !data.allowUnknownMentions) {
        const names = unknown.map((token) => `@${token}`).join(", ");
        const message = `No active colleague is called ${names}. Check the name (the part of their email before "@"), or post anyway.`;
        throw new AppError("VALIDATION_FAILED", message, { fields: { body: [message] }, unknownMentions: unknown });
      }
      const { mentioned, consulted } = await settleMentions(context, actor, users);
      const comment = await tx.comment.create({
        data: {
          claimId: claim.id,
          authorId: actor.id,
          body: data.body,
          mentions: { create: mentioned.map((userId) => ({ userId })) },
        },
        select: { id: true, claimId: true, body: true, createdAt: true, mentions: { select: { userId: true } } },
      });
      await tx.consultation.updateMany({
        where: { claimId: claim.id, userId: { in: consulted }, commentId: null },
        data: { commentId: comment.id },
      });
      await context.audit({
        action: "comment.created",
        entityType: "Comment",
        entityId: comment.id,
        after: { claimId: claim.id, body: comment.body, mentionedUserIds: mentioned, consultedUserIds: consulted },
      });
      await notify(tx, commentChanges(actor.id, claim.id, comment.id, mentioned, consulted));
      return { ...comment, consultedUserIds: consulted, unknownMentions: unknown };
    },
  );
}

/** An editor ends a consultation: the colleague can no longer open the claim or reply. */
export async function endConsultation(actor: Actor, consultationId: unknown) {
  const id = assertId(consultationId, "consultationId");
  assertCan(actor, "consultation.end");
  return writeTransaction(async (tx) => {
    const { count } = await tx.consultation.updateMany({
      where: { id, endedAt: null },
      data: { endedAt: new Date(), endedById: actor.id },
    });
    const consultation = await tx.consultation.findUnique({
      where: { id },
      select: { id: true, claimId: true, userId: true, endedAt: true },
    });
    if (!consultation) throw notFound("The consultation");
    if (count !== 1) throw new AppError("CONFLICT", "This consultation has already ended.");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "consultation.ended",
      entityType: "Consultation",
      entityId: id,
      after: { claimId: consultation.claimId, userId: consultation.userId },
    });
    return consultation;
  });
}

/**
 * Marks the user's own mentions read (only theirs: the user is in the where clause). No
 * AuditEvent: this is the reader's own notification state, not a change to the review record.
 */
export async function markMentionsRead(userId: string, mentionIds: unknown) {
  const user = assertId(userId, "userId");
  const ids = parseInput(mentionIdsSchema, mentionIds);
  if (ids.length === 0) return { count: 0 };
  // The notification centre holds the same mentions: they are read there too.
  return writeTransaction(async (tx) => {
    const marked = await tx.mention.updateMany({
      where: { id: { in: ids }, userId: user, readAt: null },
      data: { readAt: new Date() },
    });
    await markMentionNotificationsRead(tx, user, ids);
    return marked;
  });
}
