// next-auth configuration: email + password (credentials), with a server-side Session row per
// sign-in. The signed cookie carries only that row's id ("sid"); lib/http/session.ts checks the
// row and the user on every request, so sign-out, deactivation and role changes apply at once.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { createBrowserSession, endBrowserSession, signInWithPassword, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/identity";
import { signInSchema } from "@/lib/users/schema";

/** Sign-in error codes the login form understands. */
export const SIGN_IN_ERRORS = { throttled: "THROTTLED" } as const;

type HeaderBag = Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  const value = headers?.[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The client's address as the first proxy (or Next.js itself) saw it. */
export function clientAddressFrom(headers: HeaderBag): string {
  const forwarded = header(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || header(headers, "x-real-ip") || "unknown";
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
