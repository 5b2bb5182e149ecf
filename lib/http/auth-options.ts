// next-auth configuration: email + password (credentials), with a server-side Session row per
// sign-in. The signed cookie carries only that row's id ("sid"); lib/http/session.ts checks the
// row and the user on every request, so sign-out, deactivation and role changes apply at once.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import {
  createBrowserSession,
  endBrowserSession,
  signInWithPassword,
  SESSION_MAX_AGE_SECONDS,
} from "@/lib/auth/identity";
import { SIGN_IN_ERRORS, signInSchema } from "@/lib/users/schema";

type HeaderBag = Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  const value = headers?.[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The client's address, for throttling. Only the entries that trusted machines appended to
 * X-Forwarded-For can be believed: CLAIMLEDGER_TRUSTED_PROXY_HOPS (default 1) is how many
 * machines in front of the app append to it (Next.js itself sets the header to the socket's
 * address when it is absent). The address is the entry that many places from the right.
 */
export function clientAddressFrom(headers: HeaderBag, trustedHops = trustedProxyHops()): string {
  const entries = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const fromRight = entries[Math.max(0, entries.length - trustedHops)];
  return fromRight || header(headers, "x-real-ip") || "unknown";
}

function trustedProxyHops(): number {
  const hops = Number(process.env.CLAIMLEDGER_TRUSTED_PROXY_HOPS ?? 1);
  return Number.isInteger(hops) && hops >= 1 ? hops : 1;
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
  const headers = req.headers as HeaderBag;
  const result = await signInWithPassword(parsed.data.email, parsed.data.password, clientAddressFrom(headers));
  if (!result.ok) {
    if (result.reason === "invalid") return null;
    throw new Error(SIGN_IN_ERRORS[result.reason]);
  }
  const sid = await createBrowserSession(result.user.id, {
    userAgent: header(headers, "user-agent"),
    ipAddress: clientAddressFrom(headers),
  });
  return { id: result.user.id, email: result.user.email, name: result.user.name, sid };
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: authorizeCredentials,
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user && "sid" in user && typeof user.sid === "string") token.sid = user.sid;
      return token;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endBrowserSession(token.sid);
    },
  },
};
