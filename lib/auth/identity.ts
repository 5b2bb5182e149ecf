// Server-side records behind identity: browser sessions, API tokens, sign-in attempts.
// Framework-free; lib/http/session.ts adapts it to Next.js requests.
import { db, Prisma } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import type { Actor } from "./permissions";
import { hashApiToken, generateSessionToken } from "./tokens";
import { throttleAddressKey } from "./client-address";
import { DEFAULT_THROTTLE_POLICY, normaliseEmail, planAttempt, type ThrottlePolicy } from "./throttle";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { verifySecondFactor } from "@/lib/accounts/second-factor";

export interface CurrentUser extends Actor {
  email: string;
  name: string;
  /** The IANA zone the user chose for reading and entering times; null: the browser's zone. */
  timeZone: string | null;
  /** The interface language the user chose ("en", "ar"); null: the browser's preference. */
  locale: string | null;
  /** An admin asked for a new password: pages send the user to change it first. */
  mustChangePassword?: boolean;
  /** Two-factor sign-in is on for this account. */
  twoFactorEnabled?: boolean;
  /** This request's session was opened through single sign-on (lib/sso): the provider checked who it is. */
  signedInWithSso?: boolean;
}

const currentUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  timeZone: true,
  locale: true,
  mustChangePassword: true,
  totpEnabledAt: true,
} as const;

type CurrentUserRow = { totpEnabledAt: Date | null } & Omit<CurrentUser, "twoFactorEnabled">;

/**
 * currentUserSelect as columns of "User" u: a session or a token and its user are read in one
 * statement (Prisma's nested select sends two), on every page and every API call.
 */
const currentUserColumns = Prisma.raw(
  Object.keys(currentUserSelect)
    .map((column) => `u."${column}"`)
    .join(", "),
);

/** A timestamp as raw SQL returns it (a Date through the driver adapter; a string would be read alike). */
const timestamp = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

function toCurrentUser({ totpEnabledAt, ...user }: CurrentUserRow): CurrentUser {
  return { ...user, twoFactorEnabled: totpEnabledAt !== null };
}

/** How often a session's lastSeenAt is written at most: it is shown to its owner, not an audit trail. */
const LAST_SEEN_EVERY_MS = 60_000;

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export async function createBrowserSession(
  userId: string,
  meta: { userAgent?: string; ipAddress?: string; signInMethod?: "PASSWORD" | "SSO" },
) {
  const sessionToken = generateSessionToken();
  await db.session.create({
    data: {
      sessionToken,
      userId,
      expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
      userAgent: meta.userAgent?.slice(0, 300),
      ipAddress: meta.ipAddress,
      signInMethod: meta.signInMethod,
    },
  });
  return sessionToken;
}

/** The user behind a session, or null when the session ended, expired or the user was deactivated. */
export async function userForSession(sessionToken: string): Promise<CurrentUser | null> {
  const [row] = await db.$queryRaw<
    ({
      sessionId: string;
      expires: Date;
      sessionCreatedAt: Date;
      lastSeenAt: Date | null;
      signInMethod: string | null;
    } & CurrentUserRow)[]
  >`
    SELECT s.id AS "sessionId", s.expires, s."createdAt" AS "sessionCreatedAt", s."lastSeenAt",
      s."signInMethod"::text AS "signInMethod", ${currentUserColumns}
    FROM "Session" s JOIN "User" u ON u.id = s."userId"
    WHERE s."sessionToken" = ${sessionToken}`;
  if (!row || timestamp(row.expires)! < new Date() || !row.active) return null;
  const { sessionId, expires: _expires, sessionCreatedAt, lastSeenAt, signInMethod, ...user } = row;
  const seen = timestamp(lastSeenAt) ?? timestamp(sessionCreatedAt)!;
  if (Date.now() - seen.getTime() > LAST_SEEN_EVERY_MS) {
    await db.session.updateMany({ where: { id: sessionId }, data: { lastSeenAt: new Date() } });
  }
  return { ...toCurrentUser(user), signedInWithSso: signInMethod === "SSO" };
}

export async function endBrowserSession(sessionToken: string): Promise<void> {
  await db.session.deleteMany({ where: { sessionToken } });
}

/**
 * The user behind an API token and whether the token may only read, or null when the token is
 * unknown, revoked, expired or its user inactive.
 */
export async function callerForApiToken(token: string): Promise<{ user: CurrentUser; readOnly: boolean } | null> {
  const [row] = await db.$queryRaw<
    ({
      tokenId: string;
      revokedAt: Date | null;
      expiresAt: Date | null;
      readOnly: boolean;
      lastUsedAt: Date | null;
    } & CurrentUserRow)[]
  >`
    SELECT t.id AS "tokenId", t."revokedAt", t."expiresAt", t."readOnly", t."lastUsedAt", ${currentUserColumns}
    FROM "ApiToken" t JOIN "User" u ON u.id = t."userId"
    WHERE t."tokenHash" = ${hashApiToken(token)}`;
  if (!row || row.revokedAt || !row.active) return null;
  const { tokenId, revokedAt: _revokedAt, expiresAt, readOnly, lastUsedAt, ...user } = row;
  const expires = timestamp(expiresAt);
  if (expires && expires <= new Date()) return null;
  // Touch lastUsedAt at most once a minute: it is shown to the owner, not an audit trail.
  const used = timestamp(lastUsedAt);
  if (!used || Date.now() - used.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: tokenId }, data: { lastUsedAt: new Date() } });
  }
  return { user: toCurrentUser(user), readOnly };
}

/** The user behind an API token, or null when the token is unknown, revoked, expired or its user inactive. */
export async function userForApiToken(token: string): Promise<CurrentUser | null> {
  return (await callerForApiToken(token))?.user ?? null;
}

export type SignInResult =
  | { ok: true; user: CurrentUser }
  | {
      ok: false;
      reason: "invalid" | "throttled" | "deactivated" | "second-factor-required" | "second-factor-invalid";
    };

export interface SignInOptions {
  /** Tests shorten the waits; the app uses the default policy. */
  policy?: ThrottlePolicy;
  /**
   * A code from the user's authenticator app, or one of their recovery codes: needed when
   * two-factor sign-in is on. Checked after the password, inside the same throttled attempt, so
   * a wrong code counts as a failed attempt exactly like a wrong password.
   */
  secondFactor?: string;
  /** Only confirm the password (changing one's own password): no second factor is asked. */
  passwordOnly?: boolean;
  /** The clock for the second factor (tests of clock skew), in ms. */
  now?: number;
}

const addressQueues = new Map<string, Promise<unknown>>();

/**
 * Runs the reservations of one address one after another within this process, so a flood from
 * one address waits in memory for the advisory lock instead of holding a pooled connection each.
 */
function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const run = (addressQueues.get(key) ?? Promise.resolve()).then(work, work);
  const tail = run.catch(() => undefined);
  addressQueues.set(key, tail);
  void tail.then(() => {
    if (addressQueues.get(key) === tail) addressQueues.delete(key);
  });
  return run;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks email and password under the throttling policy of lib/auth/throttle.ts: failures slow
 * later attempts down (on the account, and more on the address that made them), and only clearly
 * abusive addresses are refused ("throttled"); an account is never locked.
 *
 * Unknown email and wrong password answer "invalid" alike, for a deactivated account too: only
 * someone who knows the password learns that the account is "deactivated" (so they know to ask an
 * admin, rather than retrying). That answer still counts as a failed attempt, so it cannot be used
 * to test passwords faster than the throttle allows.
 *
 * Three steps, so that no database connection is held while an attempt waits or hashes:
 * 1. a short transaction, under an advisory lock on the address, counts recent failures, plans
 *    when this attempt may start (planAttempt) and records it as failed, dated at that start: a
 *    reservation, so parallel attempts from one address are spaced out one after another;
 * 2. wait until the start, then check the password (argon2id);
 * 3. mark the attempt succeeded when it did.
 * An attempt that dies between 1 and 3 stays counted as a failure.
 */
export async function signInWithPassword(
  email: string,
  password: string,
  clientAddress: string,
  options: SignInOptions = {},
): Promise<SignInResult> {
  const policy = options.policy ?? DEFAULT_THROTTLE_POLICY;
  const accountKey = normaliseEmail(email);
  const addressKey = throttleAddressKey(clientAddress);

  const reservation = await oneAtATime(addressKey, () =>
    writeTransaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`claimledger-login-address:${addressKey}`}))`;
      const now = Date.now();
      const windowStart = new Date(now - policy.windowMs);
      // Bounded pruning: this address's and this account's rows that no longer count (indexed).
      await tx.loginAttempt.deleteMany({
        where: {
          createdAt: { lt: windowStart },
          OR: [
            { scope: "ADDRESS", key: addressKey },
            { scope: "ACCOUNT", key: accountKey },
          ],
        },
      });
      const address = await tx.loginAttempt.aggregate({
        where: { scope: "ADDRESS", key: addressKey, createdAt: { gte: windowStart } },
        _max: { createdAt: true },
      });
      const addressFailures = await tx.loginAttempt.count({
        where: { scope: "ADDRESS", key: addressKey, succeeded: false, createdAt: { gte: windowStart } },
      });
      // A successful sign-in clears the account's earlier failures (not the address's).
      const lastSuccess = await tx.loginAttempt.aggregate({
        where: { scope: "ACCOUNT", key: accountKey, succeeded: true, createdAt: { gte: windowStart } },
        _max: { createdAt: true },
      });
      const accountFailures = await tx.loginAttempt.count({
        where: {
          scope: "ACCOUNT",
          key: accountKey,
          succeeded: false,
          createdAt: lastSuccess._max.createdAt ? { gt: lastSuccess._max.createdAt } : { gte: windowStart },
        },
      });
      const plan = planAttempt(
        { now, accountFailures, addressFailures, addressLastStart: address._max.createdAt?.getTime() ?? null },
        policy,
      );
      if (plan.kind === "refuse") return null;
      const startAt = new Date(plan.startAt);
      const rows = await tx.loginAttempt.createManyAndReturn({
        data: [
          { scope: "ACCOUNT", key: accountKey, succeeded: false, createdAt: startAt },
          { scope: "ADDRESS", key: addressKey, succeeded: false, createdAt: startAt },
        ],
        select: { id: true, scope: true },
      });
      const addressAttemptId = rows.find((row) => row.scope === "ADDRESS")!.id;
      return { startAt: plan.startAt, attemptIds: rows.map((row) => row.id), addressAttemptId };
    }),
  );
  schedulePruning();
  if (!reservation) return { ok: false, reason: "throttled" };

  const wait = reservation.startAt - Date.now();
  if (wait > 0) await sleep(wait);

  const user = await db.user.findUnique({
    where: { email: accountKey },
    select: { ...currentUserSelect, passwordHash: true },
  });
  const passwordMatches = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : await verifyAgainstDummy(password);
  if (user && !user.active && passwordMatches) return { ok: false, reason: "deactivated" };
  if (!user || !user.active || !passwordMatches) return { ok: false, reason: "invalid" };

  // A right password alone never signs in when two-factor sign-in is on. Telling the caller that
  // a code is needed reveals nothing more than "deactivated" does: it only follows a right password.
  if (user.totpEnabledAt && !options.passwordOnly) {
    const code = options.secondFactor?.trim();
    if (!code) {
      // Not a guess: the address's row counts as a success (an office signing in many two-factor
      // users is not an attacker), the account's stays a failure until the code comes, so probing
      // codes with a known password still slows that account down.
      await db.loginAttempt.updateMany({ where: { id: reservation.addressAttemptId }, data: { succeeded: true } });
      return { ok: false, reason: "second-factor-required" };
    }
    if (!(await verifySecondFactor(user.id, code, { now: options.now })))
      return { ok: false, reason: "second-factor-invalid" };
  }

  await db.loginAttempt.updateMany({ where: { id: { in: reservation.attemptIds } }, data: { succeeded: true } });
  const { passwordHash: _omit, ...current } = user;
  return { ok: true, user: toCurrentUser(current) };
}

const PRUNE_EVERY_MS = 60_000;
const PRUNE_BATCH = 1_000;
const PRUNE_MAX_BATCHES = 5;
let lastPrune = 0;

/**
 * Deletes attempts that no longer count for any decision (older than the window), in batches of
 * PRUNE_BATCH, at most PRUNE_MAX_BATCHES per call: bounded work even after a flood. Returns how
 * many rows went. Each sign-in already prunes its own account's and address's old rows; this
 * sweeps the keys that are never seen again (guessed emails, one-off addresses).
 */
export async function pruneLoginAttempts(policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY, now = Date.now()) {
  const cutoff = new Date(now - policy.windowMs);
  let deleted = 0;
  for (let batch = 0; batch < PRUNE_MAX_BATCHES; batch++) {
    const count = await db.$executeRaw`
      DELETE FROM "LoginAttempt" WHERE id IN (
        SELECT id FROM "LoginAttempt" WHERE "createdAt" < ${cutoff} LIMIT ${PRUNE_BATCH})`;
    deleted += count;
    if (count < PRUNE_BATCH) break;
  }
  return deleted;
}

/** At most once a minute per process, after a sign-in attempt, without making it wait. */
function schedulePruning() {
  if (Date.now() - lastPrune < PRUNE_EVERY_MS) return;
  lastPrune = Date.now();
  pruneLoginAttempts().catch((error: unknown) => console.error("Pruning sign-in attempts failed", error));
}
