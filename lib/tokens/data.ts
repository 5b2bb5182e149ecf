import { db } from "@/lib/db/client";

export const tokenSelect = {
  id: true,
  name: true,
  tokenStart: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

export function listTokensOf(userId: string) {
  return db.apiToken.findMany({ where: { userId }, select: tokenSelect, orderBy: { createdAt: "desc" } });
}
