// The one door for identity in Next.js: pages, server actions and route handlers learn who is
// asking only through these functions.
import { cache } from "react";
import { cookies, headers } from "next/headers";
import type { NextRequest } from "next/server";
import { forbidden, redirect } from "next/navigation";
import { decode, type JWT } from "next-auth/jwt";
import { can, type Action, type Facts } from "@/lib/auth/permissions";
import { callerForApiToken, userForSession, type CurrentUser } from "@/lib/auth/identity";
import { pendingAccountStep, ACCOUNT_STEP_PATH } from "@/lib/accounts/steps";
import { PAGE_PATH_HEADER, signInPathFor } from "./return-path";

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

async function sessionIdFromCookie(readCookie: (name: string) => string | undefined): Promise<string | null> {
  const raw = SESSION_COOKIES.map(readCookie).find(Boolean);
  const secret = process.env.NEXTAUTH_SECRET;
  if (!raw || !secret) return null;
  const token = await decode({ token: raw, secret }).catch(() => null);
  return typeof token?.sid === "string" ? token.sid : null;
}

async function userFromSessionCookie(readCookie: (name: string) => string | undefined): Promise<CurrentUser | null> {
  const sid = await sessionIdFromCookie(readCookie);
  return sid ? userForSession(sid) : null;
}

/** The id of this request's Session row (to keep it when ending the user's other sessions), or null. */
export async function getCurrentSessionToken(): Promise<string | null> {
  const jar = await cookies();
  return sessionIdFromCookie((name) => jar.get(name)?.value);
}

// Once per request: the layout and the page both ask, and each answer would otherwise cost a
// query. React's cache() is scoped to one server render, so the next request reads the Session
// row again (sign-out and deactivation still apply at once).
const currentUserOfRequest = cache(async (): Promise<CurrentUser | null> => {
  const jar = await cookies();
  return userFromSessionCookie((name) => jar.get(name)?.value);
});

/** The signed-in user of this page or server action, or null. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  return currentUserOfRequest();
}

/**
 * For pages and server actions: the signed-in user, or a redirect to the sign-in page. A user
 * with a step to take first (a new password an admin asked for, two-factor enrolment the
 * workplace requires) is sent to the account page, which passes `allowAccountStep`.
 */
export async function requireUser(options: { allowAccountStep?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  // Back to this page after signing in (a link from a notification email, say).
  if (!user) redirect(signInPathFor((await headers()).get(PAGE_PATH_HEADER)));
  if (!options.allowAccountStep) {
    const step = await pendingAccountStep(user);
    if (step) redirect(ACCOUNT_STEP_PATH[step]);
  }
  return user;
}

/** For pages and server actions: the signed-in user if allowed, else the 403 page. */
export async function requirePermission(action: Action, target?: Facts): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user, action, target)) forbidden();
  return user;
}

export type ApiCaller = { user: CurrentUser; via: "token" | "session"; readOnly?: boolean };

/**
 * For route handlers: a Bearer token, else the session cookie. Returns null when neither
 * identifies an active user; "bad-token" when a token was given but is not valid.
 */
export async function authenticateApiRequest(request: NextRequest): Promise<ApiCaller | "bad-token" | null> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const caller = match ? await callerForApiToken(match[1]) : null;
    return caller ? { user: caller.user, via: "token", readOnly: caller.readOnly } : "bad-token";
  }
  const user = await userFromSessionCookie((name) => request.cookies.get(name)?.value);
  return user ? { user, via: "session" } : null;
}

/** Thrown to next-auth when a cookie names a session that has ended: it answers {} and clears the cookie. */
export class SessionEndedError extends Error {
  constructor() {
    super("The session has ended (signed out, expired or deactivated).");
    this.name = "SessionEndedError";
  }
}

/**
 * next-auth's `jwt` callback. At sign-in it keeps the new Session row's id ("sid") in the signed
 * cookie; afterwards the cookie counts only while that row is live. Without this check
 * /api/auth/session trusts the signed cookie alone, and a copy of the cookie kept from before
 * sign-out still shows the user there (the app's own pages and API already check the row).
 */
export async function sessionTokenCallback({ token, user }: { token: JWT; user?: unknown }): Promise<JWT> {
  if (user && typeof user === "object" && "sid" in user && typeof user.sid === "string")
    return { ...token, sid: user.sid };
  if (typeof token.sid === "string" && (await userForSession(token.sid))) return token;
  throw new SessionEndedError();
}
