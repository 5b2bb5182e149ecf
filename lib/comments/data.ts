import { db } from "@/lib/db/client";

export function unreadMentionCount(userId: string) {
  return db.mention.count({ where: { userId, readAt: null, comment: { deletedAt: null } } });
}

export function listMentions(userId: string) {
  return db.mention.findMany({
    where: { userId, comment: { deletedAt: null } },
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
