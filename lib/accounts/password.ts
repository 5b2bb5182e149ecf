// Changing one's own password, and an admin requiring someone to choose a new one.
import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { confirmCurrentPassword } from "./confirm-password";
import { changePasswordSchema } from "./schema";

/**
 * The signed-in user changes their password: the current one is required (throttled like
 * sign-in), every OTHER browser session of theirs ends, the one they are using stays. API tokens
 * are not touched: they are not derived from the password (docs/accounts.md). Clears an admin's
 * "choose a new password".
 */
export async function changeOwnPassword(
  actor: Actor,
  input: unknown,
  context: { currentSessionToken: string | null; clientAddress: string },
): Promise<{ endedSessions: number }> {
  const { currentPassword, newPassword } = parseInput(changePasswordSchema, input);
  if (currentPassword === newPassword) {
    const message = "Choose a password other than your current one.";
    throw new AppError("VALIDATION_FAILED", message, { fields: { newPassword: [message] } });
  }
  await confirmCurrentPassword(actor.id, currentPassword, context.clientAddress);
  const passwordHash = await hashPassword(newPassword);
  return writeTransaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, mustChangePassword: false } });
    const { count: endedSessions } = await tx.session.deleteMany({
      where: {
        userId: actor.id,
        ...(context.currentSessionToken ? { sessionToken: { not: context.currentSessionToken } } : {}),
      },
    });
    // Links sent before the change must not set another password afterwards.
    await tx.passwordResetToken.updateMany({ where: { userId: actor.id, usedAt: null }, data: { usedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.password_changed",
      entityType: "User",
      entityId: actor.id,
      after: { via: "app", endedSessions },
    });
    return { endedSessions };
  });
}

/**
 * An admin requires someone to choose a new password: their sessions end now, and at their next
 * sign-in (with the old password) every page sends them to the password form until they have.
 */
export async function requirePasswordChange(actor: Actor, userId: string): Promise<{ endedSessions: number }> {
  assertId(userId, "user");
  if (!can(actor, "user.manage")) throw forbidden("Only admins manage users.");
  return writeTransaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw notFound("The user");
    await tx.user.update({ where: { id: userId }, data: { mustChangePassword: true } });
    const { count: endedSessions } = await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.password_change_required",
      entityType: "User",
      entityId: userId,
      after: { endedSessions },
    });
    return { endedSessions };
  });
}

/** Per user: an admin asked for a new password, two-factor sign-in is on (the admin users page). */
export async function accountFlagsOf(
  userIds: string[],
): Promise<Map<string, { mustChangePassword: boolean; twoFactorOn: boolean }>> {
  const rows = await db.user.findMany({
    where: { id: { in: userIds } },
    select: { id: true, mustChangePassword: true, totpEnabledAt: true },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      { mustChangePassword: row.mustChangePassword, twoFactorOn: row.totpEnabledAt !== null },
    ]),
  );
}
