import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { forbidden } from "@/lib/errors";
import { prismaPageArgs, toPage, type PageQuery } from "@/lib/pagination";

export const tokenSelect = {
  id: true,
  name: true,
  tokenStart: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  expiresAt: true,
  readOnly: true,
} as const;

/** The actor's own tokens, newest first: the listing behind the settings page and GET /api/v1/tokens. */
export async function listOwnTokens(actor: Actor) {
  if (!can(actor, "token.manage", { owner: true })) throw forbidden();
  return listTokensOf(actor.id);
}

/** One page of the actor's own tokens, newest first (GET /api/v1/tokens). */
export async function listOwnTokensPage(actor: Actor, query: PageQuery) {
  if (!can(actor, "token.manage", { owner: true })) throw forbidden();
  const rows = await db.apiToken.findMany({
    where: { userId: actor.id },
    select: tokenSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...prismaPageArgs(query),
  });
  return toPage(rows, query);
}

/** Every token of a user, without a permission check: for callers that have already decided (tests, CLI). */
export function listTokensOf(userId: string) {
  return db.apiToken.findMany({ where: { userId }, select: tokenSelect, orderBy: { createdAt: "desc" } });
}
