import { can, type Actor } from "@/lib/auth/permissions";
import { activeAssignmentOf } from "@/lib/assignments/access";
import { db, type Prisma } from "@/lib/db/client";

/**
 * The user's mentions they may still read, decided now (an assignment may have been cancelled
 * since the mention was made): editors and admins read every claim; reviewers only the claims
 * of articles where they hold an open or completed assignment on a current claim — the rule of
 * lib/assignments/access.ts. Mentions on deleted comments or claims are hidden from everyone.
 */
function readableMentions(user: Actor): Prisma.MentionWhereInput {
  const live = { userId: user.id, comment: { deletedAt: null, claim: { deletedAt: null } } };
  if (can(user, "claim.read")) return live;
  if (!can(user, "claim.read", { actorIsAssigned: true })) return { id: { in: [] } };
  return {
    ...live,
    comment: {
      deletedAt: null,
      claim: { deletedAt: null, article: { claims: { some: { assignments: { some: activeAssignmentOf(user.id) } } } } },
    },
  };
}

export function unreadMentionCount(user: Actor) {
  return db.mention.count({ where: { ...readableMentions(user), readAt: null } });
}

export function listMentions(user: Actor) {
  return db.mention.findMany({
    where: readableMentions(user),
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      readAt: true,
      createdAt: true,
      comment: {
        select: {
          body: true,
          author: { select: { name: true } },
          claim: { select: { id: true, text: true, article: { select: { title: true } } } },
        },
      },
    },
  });
}
