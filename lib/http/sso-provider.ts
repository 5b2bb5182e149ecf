// The identity provider as a next-auth 4 OAuth provider: next-auth (through openid-client) does
// the protocol — discovery from the issuer, the authorization code flow with PKCE, state and
// nonce, the ID token's signature, issuer, audience, expiry and nonce — and hands the validated
// claims to ssoSignIn below, which decides who signs in (lib/sso/decide.ts) and opens our own Session row.
import "server-only";
import type { Account, Profile, User } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { identityFromClaims } from "@/lib/sso/decide";
import { signInWithSso } from "@/lib/sso/mutations";
import { discoveryUrl, SSO_PROVIDER_ID, type SsoSettings } from "@/lib/sso/settings";

type Claims = Record<string, unknown>;

/** Where a refused sign-in lands: the sign-in page, which says why (app/login/page.tsx). */
export const ssoErrorPath = (reason: string) => `/login?error=sso-${reason}`;

export function ssoProvider(settings: SsoSettings): OAuthConfig<Claims> {
  return {
    id: SSO_PROVIDER_ID,
    name: settings.name,
    type: "oauth",
    wellKnown: discoveryUrl(settings.issuer),
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    checks: ["pkce", "state", "nonce"],
    // The ID token is validated (openid-client's callback()); its claims are the profile.
    idToken: true,
    userinfo: {
      // Some providers leave the email out of the ID token of a code flow and give it at the
      // userinfo endpoint. openid-client checks that the userinfo's subject is the token's.
      async request({ tokens, client }) {
        // With idToken on, next-auth hands over openid-client's TokenSet (typed as its plain fields).
        const tokenSet = tokens as Exclude<Parameters<typeof client.userinfo>[0], string>;
        const claims = tokenSet.claims() as Claims;
        if (claims.email !== undefined || !tokenSet.access_token) return claims;
        const userinfo = (await client.userinfo(tokenSet)) as Claims;
        return { ...userinfo, iss: claims.iss, sub: claims.sub };
      },
    },
    profile(claims) {
      return {
        id: String(claims.sub),
        name: typeof claims.name === "string" ? claims.name : null,
        email: typeof claims.email === "string" ? claims.email : null,
        image: null,
      };
    },
  };
}

/**
 * next-auth's signIn callback for the provider: true lets next-auth finish (its jwt callback then
 * keeps `sid`, the new Session row), a path sends the browser to the sign-in page with the reason.
 * `user` is the object next-auth passes on to the jwt callback: our account's id and the session
 * are put on it here, so the cookie names our user, not the provider's subject.
 */
export async function ssoSignIn(
  params: { user: User; account: Account | null; profile?: Profile },
  settings: SsoSettings,
  meta: { userAgent?: string; ipAddress?: string },
): Promise<true | string> {
  const identity = identityFromClaims(params.profile);
  // No issuer or subject: not an ID token we can use; the page says the sign-in did not complete.
  if (!identity) return "/login?error=sso-failed";
  const result = await signInWithSso(identity, settings, meta);
  if (!result.ok) return ssoErrorPath(result.reason);
  Object.assign(params.user, { id: result.userId, email: result.email, name: result.name, sid: result.sid });
  return true;
}
