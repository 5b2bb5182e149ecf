// A step a signed-in user must take before using the app: choose a new password (an admin asked
// for one) or turn on two-factor sign-in (required for their role). Pages send them to it.
import "server-only";
import type { CurrentUser } from "@/lib/auth/identity";
import { twoFactorRequiredFor } from "./settings";

export type AccountStep = "change-password" | "enrol-two-factor";

export const ACCOUNT_STEP_PATH: Record<AccountStep, string> = {
  "change-password": "/settings/account?step=change-password#password",
  "enrol-two-factor": "/settings/account?step=enrol-two-factor#two-factor",
};

/** `policy` lets tests decide the workplace setting without changing it for everyone. */
export async function pendingAccountStep(
  user: CurrentUser,
  policy: { twoFactorRequiredFor: (role: CurrentUser["role"]) => Promise<boolean> } = { twoFactorRequiredFor },
): Promise<AccountStep | null> {
  // A single sign-on session used neither the local password nor a local code: the identity
  // provider checked who this is, with its own second factor where it asks for one (docs/sso.md).
  // The steps apply again at the next sign-in with a password.
  if (user.signedInWithSso) return null;
  if (user.mustChangePassword) return "change-password";
  if (!user.twoFactorEnabled && (await policy.twoFactorRequiredFor(user.role))) return "enrol-two-factor";
  return null;
}
