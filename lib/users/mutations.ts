import { AppError, notFound, forbidden } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record";
import { writeTransaction } from "@/lib/db/transaction";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { publicUserSelect } from "./data";
import { createUserSchema, updateUserSchema } from "./schema";

function assertAdmin(actor: Actor | null) {
  if (!can(actor, "user.manage")) throw forbidden("Only admins manage users.");
}

/** actor null means the shell (CLI), which acts with the database's own authority. */
export async function createUser(actor: Actor | null, input: unknown, options: { viaCli?: boolean } = {}) {
  if (!options.viaCli) assertAdmin(actor);
  const data = parseInput(createUserSchema, input);
  const passwordHash = await hashPassword(data.password);
  const emailTaken = () =>
    new AppError("CONFLICT", "A user with this email already exists.", {
      fields: { email: ["A user with this email already exists."] },
    });
  try {
    return await writeTransaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
      if (existing) throw emailTaken();
      const user = await tx.user.create({
        data: { email: data.email, name: data.name, role: data.role, passwordHash },
        select: publicUserSelect,
      });
      await recordAudit(tx, {
        actorId: actor?.id ?? null,
        action: "user.created",
        entityType: "User",
        entityId: user.id,
        after: { email: user.email, name: user.name, role: user.role, via: options.viaCli ? "cli" : "app" },
      });
      return user;
    });
  } catch (error) {
    // Two creates of the same email racing both pass the check above; the unique index on
    // User.email (the only unique column besides the id) decides, and the loser gets the 409.
    const uniqueViolation = typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
    if (uniqueViolation) throw emailTaken();
    throw error;
  }
}

export async function updateUser(actor: Actor, userId: string, input: unknown) {
  assertId(userId, "user");
  assertAdmin(actor);
  const changes = parseInput(updateUserSchema, input);
  const wouldLoseUserManagement = changes.role !== undefined && !can({ ...actor, role: changes.role }, "user.manage");
  if (userId === actor.id && (changes.active === false || wouldLoseUserManagement)) {
    throw new AppError("CONFLICT", "You cannot deactivate yourself or take away your own admin role.");
  }
  return writeTransaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: publicUserSelect });
    if (!before) throw notFound("The user");
    const deactivating = changes.active === false && before.active;
    const reactivating = changes.active === true && !before.active;
    const user = await tx.user.update({
      where: { id: userId },
      data: {
        role: changes.role,
        active: changes.active,
        deactivatedAt: deactivating ? new Date() : reactivating ? null : undefined,
      },
      select: publicUserSelect,
    });
    // Deactivation ends every browser session at once; API tokens stop working because token
    // authentication checks that the user is active.
    if (deactivating) await tx.session.deleteMany({ where: { userId } });
    if (changes.role && changes.role !== before.role) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.role_changed",
        entityType: "User",
        entityId: userId,
        before: { role: before.role },
        after: { role: user.role },
      });
    }
    if (deactivating || reactivating) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: deactivating ? "user.deactivated" : "user.reactivated",
        entityType: "User",
        entityId: userId,
        before: { active: before.active },
        after: { active: user.active },
      });
    }
    return user;
  });
}
