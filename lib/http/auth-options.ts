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
import { signInSchema } from "@/lib/users/schema";

/** Sign-in error codes the login form understands. */
export const SIGN_IN_ERRORS = { throttled: "THROTTLED" } as const;

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

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const headers = req.headers as HeaderBag;
        const result = await signInWithPassword(parsed.data.email, parsed.data.password, clientAddressFrom(headers));
        if (!result.ok) {
          if (result.reason === "throttled") throw new Error(SIGN_IN_ERRORS.throttled);
          return null;
        }
        const sid = await createBrowserSession(result.user.id, {
          userAgent: header(headers, "user-agent"),
          ipAddress: clientAddressFrom(headers),
        });
        return { id: result.user.id, email: result.user.email, name: result.user.name, sid };
      },
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
