// next-auth configuration: email + password (credentials), and the organisation's identity
// provider when single sign-on is configured (lib/sso, docs/sso.md), with a server-side Session
// row per sign-in. The signed cookie carries only that row's id ("sid"); lib/http/session.ts
// checks the row and the user on every request, so sign-out, deactivation and role changes apply
// at once.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import {
  createBrowserSession,
  endBrowserSession,
  signInWithPassword,
  SESSION_MAX_AGE_SECONDS,
} from "@/lib/auth/identity";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { sessionTokenCallback } from "./session";
import { SIGN_IN_ERRORS, signInSchema } from "@/lib/users/schema";
import { readSsoSettings, SSO_PROVIDER_ID } from "@/lib/sso/settings";
import { ssoProvider, ssoSignIn } from "./sso-provider";

type HeaderBag = Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  const value = headers?.[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The credentials check behind sign-in: the user to sign in (with a new server-side session), or
 * null for a wrong email or password (next-auth answers its generic "CredentialsSignin"). Other
 * answers are thrown as SIGN_IN_ERRORS codes, which reach the login form as signIn()'s
 * result.error; "deactivated" only ever follows a right password.
 */
export async function authorizeCredentials(
  credentials: Record<string, string> | undefined,
  req: { headers?: unknown },
): Promise<{ id: string; email: string; name: string; sid: string } | null> {
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) return null;
  // next-auth hands the App Router request's headers over as a plain object.
  const headers = req.headers as HeaderBag;
  // The connection's address, or what our own proxies say (lib/auth/client-address.ts).
  const clientAddress = clientAddressFrom(headers);
  const result = await signInWithPassword(parsed.data.email, parsed.data.password, clientAddress, {
    secondFactor: parsed.data.code || undefined,
  });
  if (!result.ok) {
    if (result.reason === "invalid") return null;
    throw new Error(SIGN_IN_ERRORS[result.reason]);
  }
  const sid = await createBrowserSession(result.user.id, {
    userAgent: header(headers, "user-agent"),
    ipAddress: clientAddress,
  });
  return { id: result.user.id, email: result.user.email, name: result.user.name, sid };
}

/**
 * The options for one request to /api/auth: built per request because a single sign-on's Session
 * row records the browser and address the request came from (next-auth's callbacks do not see
 * the request). Throws SsoSettingsError for half-configured single sign-on (npm start refuses to
 * start with it first).
 */
export function authOptionsFor(headers: HeaderBag = {}): NextAuthOptions {
  const sso = readSsoSettings();
  return {
    secret: process.env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
          code: { label: "Two-factor code", type: "text" },
        },
        authorize: authorizeCredentials,
      }),
      ...(sso ? [ssoProvider(sso)] : []),
    ],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (!sso || account?.provider !== SSO_PROVIDER_ID) return true;
        return ssoSignIn({ user, account, profile }, sso, {
          userAgent: header(headers, "user-agent"),
          ipAddress: clientAddressFrom(headers),
        });
      },
      // At sign-in it stores the Session row's id; afterwards it refuses a cookie whose row is gone
      // (signed out, deactivated), so /api/auth/session answers no user and the cookie is cleared.
      jwt: sessionTokenCallback,
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await endBrowserSession(token.sid);
      },
    },
  };
}
