// "Enter your current password" on the account screens: checked through the sign-in throttle
// (lib/auth/identity.ts), so a session left open on someone's desk cannot be used to guess it
// faster than the sign-in form allows.
import "server-only";
import { signInWithPassword } from "@/lib/auth/identity";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";

export const NO_PASSWORD_MESSAGE =
  "This account has no ClaimLedger password: it signs in with single sign-on. To add one, use “Forgot your password?” on the sign-in page.";

export async function confirmCurrentPassword(userId: string, password: string, clientAddress: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user) throw notFound("The user");
  // An account made by single sign-on has no password of ours to confirm (docs/sso.md).
  if (user.passwordHash === null) {
    const message = NO_PASSWORD_MESSAGE;
    throw new AppError("VALIDATION_FAILED", message, { fields: { currentPassword: [message] } });
  }
  const result = await signInWithPassword(user.email, password, clientAddress, { passwordOnly: true });
  if (result.ok) return;
  if (result.reason === "throttled")
    throw new AppError("RATE_LIMITED", "Too many failed attempts from your network. Wait a few minutes and try again.");
  const message = "That is not your current password.";
  throw new AppError("VALIDATION_FAILED", message, { fields: { currentPassword: [message] } });
}
