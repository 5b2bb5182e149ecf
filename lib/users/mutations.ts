import { AppError, notFound, forbidden } from "@/lib/errors";
import { can, PERMISSIONS, ROLES, type Actor } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { normaliseEmail } from "@/lib/auth/throttle";
import { recordAudit } from "@/lib/audit/record";
import type { DbTransaction } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { publicUserSelect } from "./data";
import { createUserSchema, setPasswordSchema, updateUserSchema } from "./schema";

/** Serialises every change that could take away an admin (see updateUser). */
const ACTIVE_ADMINS_LOCK = "claimledger-active-admins";

function assertAdmin(actor: Actor | null): asserts actor is Actor {
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

/** Roles that manage users: the ones "the last admin" rule is about. */
const MANAGER_ROLES = ROLES.filter((role) => PERMISSIONS["user.manage"][role] === true);

/**
 * Sets a stored password hash and ends every browser session of that user (whoever holds one
 * must sign in with the new password), with its audit event. API tokens stay: they are revoked
 * one by one by their owner, or all at once by deactivation.
 */
async function replacePassword(
  tx: DbTransaction,
  userId: string,
  passwordHash: string,
  audit: { actorId: string | null; via: "app" | "cli" },
) {
  await tx.user.update({ where: { id: userId }, data: { passwordHash } });
  const { count: endedSessions } = await tx.session.deleteMany({ where: { userId } });
  await recordAudit(tx, {
    actorId: audit.actorId,
    action: "user.password_changed",
    entityType: "User",
    entityId: userId,
    after: { via: audit.via, endedSessions },
  });
  return endedSessions;
}

/**
 * An admin changes a user's role, active flag or password (any of them, in one transaction).
 *
 * There is always an active admin: a change that would take the last one away is refused, also
 * when two admins demote or deactivate each other at the same moment. Such changes take one
 * advisory lock, so they run one after another, and each counts the remaining admins (and checks
 * that its actor still is one) only once it holds the lock.
 *
 * Deactivation ends the user's browser sessions and revokes their API tokens (reactivation does
 * not bring the tokens back). A new password ends the user's browser sessions.
 */
export async function updateUser(actor: Actor, userId: string, input: unknown) {
  assertId(userId, "user");
  assertAdmin(actor);
  const changes = parseInput(updateUserSchema, input);
  const wouldLoseUserManagement = changes.role !== undefined && !can({ ...actor, role: changes.role }, "user.manage");
  if (userId === actor.id && (changes.active === false || wouldLoseUserManagement)) {
    throw new AppError("CONFLICT", "You cannot deactivate yourself or take away your own admin role.");
  }
  const passwordHash = changes.password === undefined ? undefined : await hashPassword(changes.password);
  return writeTransaction(async (tx) => {
    if (changes.role !== undefined || changes.active !== undefined) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${ACTIVE_ADMINS_LOCK}))`;
    }
    // The actor's authority as it is now: another admin may have demoted them a moment ago.
    const authority = await tx.user.findUnique({
      where: { id: actor.id },
      select: { id: true, role: true, active: true },
    });
    assertAdmin(authority);
    const before = await tx.user.findUnique({ where: { id: userId }, select: publicUserSelect });
    if (!before) throw notFound("The user");
    const deactivating = changes.active === false && before.active;
    const reactivating = changes.active === true && !before.active;
    const losesUserManagement =
      deactivating || (changes.role !== undefined && !can({ ...before, role: changes.role }, "user.manage"));
    if (before.active && can(before, "user.manage") && losesUserManagement) {
      const otherAdmins = await tx.user.count({
        where: { id: { not: userId }, active: true, role: { in: MANAGER_ROLES } },
      });
      if (otherAdmins === 0) {
        throw new AppError(
          "CONFLICT",
          `${before.name} is the last active admin. Make someone else an admin first, so that someone can still manage users.`,
        );
      }
    }
    const user = await tx.user.update({
      where: { id: userId },
      data: {
        role: changes.role,
        active: changes.active,
        deactivatedAt: deactivating ? new Date() : reactivating ? null : undefined,
      },
      select: publicUserSelect,
    });
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
    if (deactivating) {
      // Deactivation ends every browser session at once and revokes every API token for good:
      // a token must not come back to life when the account is reactivated.
      await tx.session.deleteMany({ where: { userId } });
      const { count: revokedTokens } = await tx.apiToken.updateMany({
        where: { userId, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.deactivated",
        entityType: "User",
        entityId: userId,
        before: { active: before.active },
        after: { active: user.active, revokedTokens },
      });
    }
    if (reactivating) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.reactivated",
        entityType: "User",
        entityId: userId,
        before: { active: before.active },
        after: { active: user.active },
      });
    }
    if (passwordHash !== undefined) await replacePassword(tx, userId, passwordHash, { actorId: actor.id, via: "app" });
    return user;
  });
}

/**
 * `npx claimledger user set-password`: the operator sets anyone's password with the database's
 * own authority (no admin needed: this is how a locked-out or forgotten admin gets back in).
 */
export async function setPasswordViaCli(email: string, input: unknown) {
  const { password } = parseInput(setPasswordSchema, input);
  const address = normaliseEmail(email);
  const passwordHash = await hashPassword(password);
  return writeTransaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: address }, select: publicUserSelect });
    if (!user) throw notFound(`A user with the email ${address}`);
    const endedSessions = await replacePassword(tx, user.id, passwordHash, { actorId: null, via: "cli" });
    return { user, endedSessions };
  });
}
