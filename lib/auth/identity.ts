// Server-side records behind identity: browser sessions, API tokens, sign-in attempts.
// Framework-free; lib/http/session.ts adapts it to Next.js requests.
import { db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import type { Actor } from "./permissions";
import { hashApiToken, generateSessionToken } from "./tokens";
import { isThrottled, normaliseEmail, THROTTLE_WINDOW_MS } from "./throttle";
import { verifyAgainstDummy, verifyPassword } from "./password";

export interface CurrentUser extends Actor {
  email: string;
  name: string;
}

const currentUserSelect = { id: true, email: true, name: true, role: true, active: true } as const;

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export async function createBrowserSession(userId: string, meta: { userAgent?: string; ipAddress?: string }) {
  const sessionToken = generateSessionToken();
  await db.session.create({
    data: {
      sessionToken,
      userId,
      expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
      userAgent: meta.userAgent?.slice(0, 300),
      ipAddress: meta.ipAddress,
    },
  });
  return sessionToken;
}

/** The user behind a session, or null when the session ended, expired or the user was deactivated. */
export async function userForSession(sessionToken: string): Promise<CurrentUser | null> {
  const session = await db.session.findUnique({
    where: { sessionToken },
    select: { expires: true, user: { select: currentUserSelect } },
  });
  if (!session || session.expires < new Date() || !session.user.active) return null;
  return session.user;
}

export async function endBrowserSession(sessionToken: string): Promise<void> {
  await db.session.deleteMany({ where: { sessionToken } });
}

/** The user behind an API token, or null when the token is unknown, revoked or its user inactive. */
export async function userForApiToken(token: string): Promise<CurrentUser | null> {
  const record = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: currentUserSelect } },
  });
  if (!record || record.revokedAt || !record.user.active) return null;
  // Touch lastUsedAt at most once a minute: it is shown to the owner, not an audit trail.
  if (!record.lastUsedAt || Date.now() - record.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: record.id }, data: { lastUsedAt: new Date() } });
  }
  return record.user;
}

export type SignInResult =
  { ok: true; user: CurrentUser } | { ok: false; reason: "invalid" | "throttled" | "deactivated" };

/**
 * Checks email and password, counting attempts per account and per client address in the
 * database. Unknown email and wrong password answer "invalid" alike, for a deactivated account
 * too: only someone who knows the password learns that the account is "deactivated" (so they
 * know to ask an admin, rather than retrying). That answer still counts as a failed attempt, so
 * it cannot be used to test passwords faster than the throttle allows.
 *
 * Count, check and record happen under transaction-scoped advisory locks on the account and the
 * address (always in that order, so two attempts cannot deadlock): parallel attempts, on one app
 * instance or many, are counted one after another and cannot all slip under the limit.
 */
export async function signInWithPassword(
  email: string,
  password: string,
  clientAddress: string,
): Promise<SignInResult> {
  const accountKey = normaliseEmail(email);
  return writeTransaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`claimledger-login-account:${accountKey}`}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`claimledger-login-address:${clientAddress}`}))`;

    const windowStart = new Date(Date.now() - THROTTLE_WINDOW_MS);
    // A successful sign-in clears the account's earlier failures (but not the address's).
    const lastSuccess = await tx.loginAttempt.findFirst({
      where: { scope: "ACCOUNT", key: accountKey, succeeded: true, createdAt: { gte: windowStart } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    const accountSince = lastSuccess?.createdAt ?? windowStart;
    const account = await tx.loginAttempt.count({
      where: { scope: "ACCOUNT", key: accountKey, succeeded: false, createdAt: { gt: accountSince } },
    });
    const address = await tx.loginAttempt.count({
      where: { scope: "ADDRESS", key: clientAddress, succeeded: false, createdAt: { gte: windowStart } },
    });
    if (isThrottled({ account, address })) return { ok: false, reason: "throttled" } as const;

    const user = await tx.user.findUnique({
      where: { email: accountKey },
      select: { ...currentUserSelect, passwordHash: true },
    });
    const passwordMatches = user?.passwordHash
      ? await verifyPassword(user.passwordHash, password)
      : await verifyAgainstDummy(password);
    const succeeded = Boolean(user && user.active && passwordMatches);
    const deactivated = Boolean(user && !user.active && passwordMatches);

    await tx.loginAttempt.createMany({
      data: [
        { scope: "ACCOUNT", key: accountKey, succeeded },
        { scope: "ADDRESS", key: clientAddress, succeeded },
      ],
    });
    if (deactivated) return { ok: false, reason: "deactivated" } as const;
    if (!succeeded || !user) return { ok: false, reason: "invalid" } as const;
    const { passwordHash: _omit, ...current } = user;
    return { ok: true, user: current } as const;
    // Attempts on one account wait for each other (each holds its lock for one password check).
  });
}
