// The account page's read model: two-factor state, recovery codes left, sessions.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { listOwnSessions } from "./sessions";

export async function accountOverview(actor: Actor, currentSessionToken: string | null) {
  const [user, recoveryCodesLeft, sessions] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpEnabledAt: true, passwordHash: true } }),
    db.recoveryCode.count({ where: { userId: actor.id, usedAt: null } }),
    listOwnSessions(actor, currentSessionToken),
  ]);
  // Accounts made by single sign-on have no password until their owner sets one by a reset link.
  return { twoFactorEnabledAt: user.totpEnabledAt, hasPassword: user.passwordHash !== null, recoveryCodesLeft, sessions };
}
