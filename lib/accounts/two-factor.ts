// Two-factor sign-in: enrolment (a secret shown as a QR code and a key, turned on only once a
// code from it is confirmed), ten single-use recovery codes, turning it off, and the check the
// sign-in makes (lib/auth/identity.ts) after a right password.
import "server-only";
import QRCode from "qrcode";
import type { Actor } from "@/lib/auth/permissions";
import { confirmCurrentPassword } from "./confirm-password";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { normaliseEmail } from "@/lib/auth/throttle";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { disableTwoFactorSchema, totpCodeSchema } from "./schema";
import { hashRecoveryCode, matchTotp, newRecoveryCode, newTotpSecret, RECOVERY_CODE_COUNT, totpUri } from "./totp";

const seconds = (ms: number) => Math.floor(ms / 1000);

export interface Enrolment {
  /** The key to type into an app that cannot scan (base32). */
  secret: string;
  otpauthUri: string;
  /** The QR code as an SVG document, drawn here: no image service is asked. */
  qrSvg: string;
}

/** Starts (or restarts) enrolment: a new secret waits for its first code. Two-factor stays as it was until then. */
export async function startTwoFactorEnrolment(actor: Actor): Promise<Enrolment> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { email: true, totpEnabledAt: true } });
  if (!user) throw notFound("The user");
  if (user.totpEnabledAt)
    throw new AppError("CONFLICT", "Two-factor sign-in is already on. Turn it off first to use another app.");
  const secret = newTotpSecret();
  await db.user.update({ where: { id: actor.id }, data: { totpPendingSecret: secret } });
  const otpauthUri = totpUri(secret, user.email);
  const qrSvg = await QRCode.toString(otpauthUri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret, otpauthUri, qrSvg };
}

/**
 * Turns two-factor sign-in on once a code from the new secret matches, and returns the ten
 * recovery codes: shown this once, stored only as hashes.
 */
export async function confirmTwoFactorEnrolment(
  actor: Actor,
  input: unknown,
  options: { now?: number } = {},
): Promise<{ recoveryCodes: string[] }> {
  const { code } = parseInput(totpCodeSchema, input);
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: { totpPendingSecret: true, totpEnabledAt: true },
  });
  if (!user) throw notFound("The user");
  if (user.totpEnabledAt) throw new AppError("CONFLICT", "Two-factor sign-in is already on.");
  if (!user.totpPendingSecret) throw new AppError("CONFLICT", "Start setting up two-factor sign-in first.");
  const step = await matchTotp(user.totpPendingSecret, code, seconds(options.now ?? Date.now()));
  if (step === null) {
    const message = "That code does not match. Check the time on your phone and try the current code.";
    throw new AppError("VALIDATION_FAILED", message, { fields: { code: [message] } });
  }
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await writeTransaction(async (tx) => {
    // Only the secret that was shown: a second enrolment started meanwhile makes this one stale.
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, totpPendingSecret: user.totpPendingSecret, totpEnabledAt: null },
      data: {
        totpSecret: user.totpPendingSecret,
        totpPendingSecret: null,
        totpEnabledAt: new Date(),
        totpLastTimeStep: step,
      },
    });
    if (count === 0)
      throw new AppError("CONFLICT", "Setting up two-factor sign-in was restarted elsewhere. Start again.");
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await tx.recoveryCode.createMany({
      data: recoveryCodes.map((recovery) => ({ userId: actor.id, codeHash: hashRecoveryCode(recovery) })),
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.two_factor_enabled",
      entityType: "User",
      entityId: actor.id,
    });
  });
  return { recoveryCodes };
}

/** Turns two-factor sign-in off (the current password is required) and drops the recovery codes. */
export async function disableTwoFactor(actor: Actor, input: unknown, clientAddress: string): Promise<void> {
  const { currentPassword } = parseInput(disableTwoFactorSchema, input);
  await confirmCurrentPassword(actor.id, currentPassword, clientAddress);
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { totpEnabledAt: true } });
  if (!user?.totpEnabledAt) return;
  await writeTransaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastTimeStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.two_factor_disabled",
      entityType: "User",
      entityId: actor.id,
    });
  });
}

/**
 * `npx claimledger user reset-two-factor --email`: the operator turns two-factor sign-in off for
 * someone who lost both their authenticator and their recovery codes (nobody else can: an admin
 * who lost theirs would be locked out for good). The secret and the recovery codes go; the person
 * signs in with their password and, where their role requires it, is sent to set it up again.
 */
export async function resetTwoFactorViaCli(email: string): Promise<{ email: string; wasOn: boolean }> {
  const user = await db.user.findUnique({
    where: { email: normaliseEmail(email) },
    select: { id: true, email: true, totpEnabledAt: true },
  });
  if (!user) throw notFound(`A user with the email ${normaliseEmail(email)}`);
  // A started but unconfirmed enrolment never stands in the way of signing in: nothing to do.
  if (!user.totpEnabledAt) return { email: user.email, wasOn: false };
  await writeTransaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastTimeStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, {
      actorId: null,
      action: "user.two_factor_disabled",
      entityType: "User",
      entityId: user.id,
      after: { via: "cli" },
    });
  });
  return { email: user.email, wasOn: true };
}
