import type { Actor } from "@/lib/auth/permissions";
import { claimForWriting } from "@/lib/assignments/access";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { parseInput } from "@/lib/validation";
import { WRITE_TRANSACTION_OPTIONS } from "@/lib/verdicts/version";
import { extractMentionTokens, resolveMentions } from "./mentions";
import { commentSchema } from "./schema";

/** Comments do not take the claim version: they never conflict with a verdict or each other. */
export async function addComment(actor: Actor, claimId: string, input: unknown) {
  const data = parseInput(commentSchema, input);
  const tokens = extractMentionTokens(data.body);
  return db.$transaction(async (tx) => {
    await claimForWriting(tx, actor, claimId, "comment.write");
    const candidates = tokens.length
      ? await tx.user.findMany({
          where: {
            active: true,
            OR: tokens.map((token) =>
              token.includes("@")
                ? { email: { equals: token, mode: "insensitive" as const } }
                : { email: { startsWith: `${token}@`, mode: "insensitive" as const } },
            ),
          },
          select: { id: true, email: true },
        })
      : [];
    const mentioned = resolveMentions(tokens, candidates).filter((id) => id !== actor.id);
    const comment = await tx.comment.create({
      data: {
        claimId,
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
      after: { claimId, body: comment.body, mentionedUserIds: mentioned },
    });
    return comment;
  }, WRITE_TRANSACTION_OPTIONS);
}

/** Marks the user's own mentions read (only theirs: the user is in the where clause). */
export async function markMentionsRead(userId: string, mentionIds: string[]) {
  if (mentionIds.length === 0) return { count: 0 };
  return db.mention.updateMany({
    where: { id: { in: mentionIds }, userId, readAt: null },
    data: { readAt: new Date() },
  });
}
