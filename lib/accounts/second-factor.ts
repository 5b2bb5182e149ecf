// The second step of sign-in, called by lib/auth/identity.ts after a right password: a current
// code from the authenticator app or an unused recovery code. Kept apart from two-factor.ts
// (enrolment), which itself confirms passwords through identity.ts.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { hashRecoveryCode, matchTotp } from "./totp";

const seconds = (ms: number) => Math.floor(ms / 1000);

/**
 * The second step of sign-in: a current code from the app (±1 step, never the same step twice),
 * or an unused recovery code (used up by this). Throttling is the caller's (signInWithPassword
 * counts a wrong code as a failed attempt).
 */
export async function verifySecondFactor(
  userId: string,
  code: string,
  options: { now?: number } = {},
): Promise<boolean> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { totpSecret: true, totpLastTimeStep: true },
  });
  if (!user?.totpSecret) return false;
  const compact = code.replace(/\s+/g, "");
  if (/^\d{6}$/.test(compact)) {
    const step = await matchTotp(user.totpSecret, compact, seconds(options.now ?? Date.now()), user.totpLastTimeStep);
    if (step === null) return false;
    // Conditional on the step seen: two sign-ins racing with one code cannot both pass.
    const { count } = await db.user.updateMany({
      where: {
        id: userId,
        OR: [{ totpLastTimeStep: null }, { totpLastTimeStep: { lt: step } }],
      },
      data: { totpLastTimeStep: step },
    });
    return count === 1;
  }
  return writeTransaction(async (tx) => {
    const { count } = await tx.recoveryCode.updateMany({
      where: { userId, codeHash: hashRecoveryCode(compact), usedAt: null },
      data: { usedAt: new Date() },
    });
    if (count !== 1) return false;
    const remaining = await tx.recoveryCode.count({ where: { userId, usedAt: null } });
    await recordAudit(tx, {
      actorId: userId,
      action: "user.recovery_code_used",
      entityType: "User",
      entityId: userId,
      after: { remaining },
    });
    return true;
  });
}
