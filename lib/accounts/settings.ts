// Workplace-wide account settings an admin changes (AppSetting rows). One today: whether admins
// and editors must use two-factor sign-in.
import "server-only";
import { can, type Actor, type Role } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { forbidden } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { twoFactorPolicySchema } from "./schema";

const TWO_FACTOR_REQUIRED = "twoFactorRequiredForStaff";
/** The roles the setting covers: those who curate, assign and manage people. */
export const TWO_FACTOR_STAFF_ROLES: readonly Role[] = ["ADMIN", "EDITOR"];

export async function twoFactorRequiredForStaff(): Promise<boolean> {
  const row = await db.appSetting.findUnique({ where: { key: TWO_FACTOR_REQUIRED }, select: { value: true } });
  return row?.value === true;
}

/** Whether this role must enrol before using the app (with the current setting). */
export async function twoFactorRequiredFor(role: Role, requiredForStaff?: boolean): Promise<boolean> {
  return TWO_FACTOR_STAFF_ROLES.includes(role) && (requiredForStaff ?? (await twoFactorRequiredForStaff()));
}

export async function setTwoFactorRequiredForStaff(actor: Actor, input: unknown): Promise<boolean> {
  if (!can(actor, "user.manage")) throw forbidden("Only admins change sign-in requirements.");
  const { requiredForStaff } = parseInput(twoFactorPolicySchema, input);
  return writeTransaction(async (tx) => {
    await tx.appSetting.upsert({
      where: { key: TWO_FACTOR_REQUIRED },
      create: { key: TWO_FACTOR_REQUIRED, value: requiredForStaff },
      update: { value: requiredForStaff },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "settings.two_factor_policy",
      entityType: "Setting",
      entityId: TWO_FACTOR_REQUIRED,
      after: { requiredForStaff },
    });
    return requiredForStaff;
  });
}
