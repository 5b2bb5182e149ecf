import "server-only";
import { claimsWhere } from "@/lib/access";
import type { Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { afterCreation, toPage, type PageQuery } from "@/lib/pagination";

/**
 * The user's mentions they may still read, decided now by the access rule for claim.read (an
 * assignment or consultation may have ended since the mention was made). Mentions on deleted
 * comments or claims are hidden from everyone.
 */
function readableMentions(user: Actor): Prisma.MentionWhereInput {
  return {
    userId: user.id,
    comment: { deletedAt: null, claim: { deletedAt: null, ...claimsWhere(user, "claim.read") } },
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
          claim: { select: { id: true, number: true, statement: true, article: { select: { title: true } } } },
        },
      },
    },
  });
}

/** One page of the user's mentions, newest first (GET /api/v1/me/mentions). */
export async function listMentionsPage(user: Actor, query: PageQuery) {
  const cursorRow = query.after
    ? await db.mention.findUnique({ where: { id: query.after }, select: { id: true, createdAt: true } })
    : undefined;
  const rows = await db.mention.findMany({
    where: { AND: [readableMentions(user), cursorRow === undefined ? {} : afterCreation(cursorRow, "desc")] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: {
      id: true,
      readAt: true,
      createdAt: true,
      comment: {
        select: {
          id: true,
          body: true,
          author: { select: { id: true, name: true } },
          claim: { select: { id: true, number: true, articleId: true } },
        },
      },
    },
  });
  return toPage(rows, query);
}
