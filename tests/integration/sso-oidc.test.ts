// Single sign-on end to end below the browser: next-auth's own request handler (the one
// app/api/auth/[...nextauth] runs) with the app's options, a real OpenID provider on 127.0.0.1
// (oidc-test-provider.ts), and the real database. Each sign-in walks the whole code flow:
// CSRF token, sign-in POST, the provider's login page, the callback with code and state.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decode } from "next-auth/jwt";
// next-auth's framework-free handler: the route handler is this plus Next.js's request scope.
import { AuthHandler } from "../../node_modules/next-auth/core/index.js";
import { pendingAccountStep } from "@/lib/accounts/steps";
import { userForSession } from "@/lib/auth/identity";
import { db } from "@/lib/db/client";
import { authOptionsFor } from "@/lib/http/auth-options";
import { SSO_ENV } from "@/lib/sso/settings";
import { updateUser } from "@/lib/users/mutations";
import { TEST_SESSION_SECRET } from "./api-harness";
import { makeUser, uniqueSuffix } from "./factories";
import { signInAtProvider, startTestOidcProvider, type TestOidcProvider } from "./oidc-test-provider";

const APP = "http://localhost:3000";
const SESSION_COOKIE = "next-auth.session-token";
const saved: Record<string, string | undefined> = {};
let provider: TestOidcProvider;

beforeAll(async () => {
  provider = await startTestOidcProvider({ redirectUri: `${APP}/api/auth/callback/oidc` });
  const env: Record<string, string> = {
    NEXTAUTH_URL: APP,
    NEXTAUTH_SECRET: TEST_SESSION_SECRET,
    [SSO_ENV.issuer]: provider.issuer,
    [SSO_ENV.clientId]: provider.clientId,
    [SSO_ENV.clientSecret]: provider.clientSecret,
    [SSO_ENV.allowedDomains]: "newsroom.test, test.local",
    [SSO_ENV.name]: "Newsroom ID",
  };
  for (const [name, value] of Object.entries(env)) {
    saved[name] = process.env[name];
    process.env[name] = value;
  }
});

afterAll(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await provider?.close();
});

type Internal = { status?: number; redirect?: string; body?: unknown; cookies?: { name: string; value: string }[] };

class Browser {
  readonly cookies = new Map<string, string>();

  async auth(path: string, init: { method?: "GET" | "POST"; json?: unknown } = {}): Promise<Internal> {
    const request = new Request(new URL(path, APP), {
      method: init.method ?? "GET",
      headers: {
        cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "),
        "user-agent": "sso-oidc.test",
        ...(init.json ? { "content-type": "application/json" } : {}),
      },
      body: init.json ? JSON.stringify(init.json) : undefined,
    });
    const headers = Object.fromEntries(request.headers);
    const answer = (await AuthHandler({ req: request, options: authOptionsFor(headers) })) as Internal;
    for (const cookie of answer.cookies ?? []) {
      if (cookie.value) this.cookies.set(cookie.name, cookie.value);
      else this.cookies.delete(cookie.name);
    }
    return answer;
  }
}

interface SsoOutcome {
  /** Where the app sends the browser after the callback. */
  landing: string;
  /** The signed-in session's row id, or null when no session cookie was set. */
  sid: string | null;
  browser: Browser;
}

/** A person clicks "Sign in with Newsroom ID", signs in at the provider as `login`, comes back. */
async function signInWithProvider(login: string, tamper?: (browser: Browser) => void): Promise<SsoOutcome> {
  const browser = new Browser();
  const csrf = await browser.auth("/api/auth/csrf");
  const csrfToken = (csrf.body as { csrfToken: string }).csrfToken;
  const started = await browser.auth("/api/auth/signin/oidc", {
    method: "POST",
    json: { csrfToken, callbackUrl: `${APP}/articles`, json: "true" },
  });
  expect(started.redirect, JSON.stringify(started)).toMatch(new RegExp(`^${provider.issuer}/auth\\?`));
  const back = await signInAtProvider(started.redirect!, login);
  expect(back.origin + back.pathname).toBe(`${APP}/api/auth/callback/oidc`);
  tamper?.(browser);
  const callback = await browser.auth(back.pathname + back.search);
  const cookie = browser.cookies.get(SESSION_COOKIE);
  const token = cookie ? await decode({ token: cookie, secret: TEST_SESSION_SECRET }) : null;
  return { landing: callback.redirect ?? "", sid: typeof token?.sid === "string" ? token.sid : null, browser };
}

const newEmail = (domain = "newsroom.test") => `sso-${uniqueSuffix()}@${domain}`;

async function auditActions(userId: string) {
  const rows = await db.auditEvent.findMany({
    where: { entityType: "User", entityId: userId },
    orderBy: { createdAt: "asc" },
    select: { action: true, actorId: true, after: true },
  });
  return rows;
}

describe("single sign-on with OpenID Connect", () => {
  it("creates an account with the default role for a verified address at an allowed domain, in a full code flow with PKCE, state and nonce", async () => {
    const email = newEmail();
    provider.accounts.set(email, { email, email_verified: true, name: "Samira Haddad" });
    const requestsBefore = provider.authorizationRequests.length;

    const outcome = await signInWithProvider(email);

    expect(outcome.landing).toBe(`${APP}/articles`);
    expect(outcome.sid).not.toBeNull();
    const signedIn = await userForSession(outcome.sid!);
    expect(signedIn).toMatchObject({ email, name: "Samira Haddad", role: "REVIEWER", signedInWithSso: true });

    // What the app asked the provider for: the code flow with PKCE (S256), state and nonce.
    const request = provider.authorizationRequests[requestsBefore]!;
    expect(request.get("response_type")).toBe("code");
    expect(request.get("code_challenge_method")).toBe("S256");
    expect(request.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(request.get("state")).toBeTruthy();
    expect(request.get("nonce")).toBeTruthy();
    expect(request.get("scope")?.split(" ")).toEqual(expect.arrayContaining(["openid", "email"]));

    const user = await db.user.findUniqueOrThrow({
      where: { id: signedIn!.id },
      select: {
        passwordHash: true,
        emailVerified: true,
        accounts: { select: { provider: true, providerAccountId: true } },
      },
    });
    expect(user.passwordHash).toBeNull();
    expect(user.emailVerified).not.toBeNull();
    expect(user.accounts).toEqual([{ provider: provider.issuer, providerAccountId: email }]);
    const session = await db.session.findUniqueOrThrow({ where: { sessionToken: outcome.sid! } });
    expect(session).toMatchObject({ signInMethod: "SSO", userAgent: "sso-oidc.test" });

    expect(await auditActions(signedIn!.id)).toEqual([
      {
        action: "user.sso_created",
        actorId: null,
        after: { email, name: "Samira Haddad", role: "REVIEWER", issuer: provider.issuer },
      },
      { action: "user.sso_signed_in", actorId: signedIn!.id, after: { issuer: provider.issuer, linked: true } },
    ]);
  });

  it("signs an existing account in by its verified address, case-insensitively, without its password, and links it", async () => {
    const editor = await makeUser("EDITOR");
    const login = `idp-${uniqueSuffix()}`;
    provider.accounts.set(login, { email: editor.email.toUpperCase(), email_verified: true, name: "Someone Else" });

    const first = await signInWithProvider(login);
    expect(first.landing).toBe(`${APP}/articles`);
    expect(await userForSession(first.sid!)).toMatchObject({ id: editor.id, role: "EDITOR", name: editor.name });

    // Next time the link decides, whatever address the provider gives now.
    const renamed = `renamed-${uniqueSuffix()}@newsroom.test`;
    provider.accounts.set(login, { email: renamed, email_verified: true });
    const second = await signInWithProvider(login);
    expect(await userForSession(second.sid!)).toMatchObject({ id: editor.id });

    const events = (await auditActions(editor.id)).filter((event) => event.action.startsWith("user.sso"));
    expect(events.map((event) => event.after)).toEqual([
      { issuer: provider.issuer, linked: true },
      { issuer: provider.issuer, linked: false },
    ]);
    expect(await db.user.count({ where: { email: renamed } })).toBe(0);
  });

  it("refuses an address at a domain that is not allowed, and creates nobody", async () => {
    const email = newEmail("elsewhere.test");
    const outcome = await signInWithProvider(email);
    expect(outcome.landing).toBe("/login?error=sso-domain-not-allowed");
    expect(outcome.sid).toBeNull();
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("refuses an address the provider has not verified, also for an existing account", async () => {
    const reviewer = await makeUser("REVIEWER");
    const login = `unverified-${uniqueSuffix()}`;
    provider.accounts.set(login, { email: reviewer.email, email_verified: false });
    const outcome = await signInWithProvider(login);
    expect(outcome.landing).toBe("/login?error=sso-email-unverified");
    expect(outcome.sid).toBeNull();
    expect(await db.account.count({ where: { userId: reviewer.id } })).toBe(0);

    const newcomer = newEmail();
    provider.accounts.set(newcomer, { email: newcomer });
    expect((await signInWithProvider(newcomer)).landing).toBe("/login?error=sso-email-unverified");
    expect(await db.user.count({ where: { email: newcomer } })).toBe(0);
  });

  it("refuses a deactivated account, before and after it was linked", async () => {
    const admin = await makeUser("ADMIN");
    const reviewer = await makeUser("REVIEWER");
    const linked = await makeUser("REVIEWER");
    expect((await signInWithProvider(linked.email)).sid).not.toBeNull();
    await updateUser(admin, reviewer.id, { active: false });
    await updateUser(admin, linked.id, { active: false });

    for (const login of [reviewer.email, linked.email]) {
      const outcome = await signInWithProvider(login);
      expect(outcome.landing).toBe("/login?error=sso-deactivated");
      expect(outcome.sid).toBeNull();
    }
    expect(await db.session.count({ where: { userId: { in: [reviewer.id, linked.id] } } })).toBe(0);
  });

  it("breaks off a callback whose state does not match the browser's, without a session", async () => {
    const email = newEmail();
    const outcome = await signInWithProvider(email, (browser) => {
      for (const name of browser.cookies.keys()) if (name.endsWith("next-auth.state")) browser.cookies.delete(name);
    });
    expect(outcome.landing).toMatch(/\/api\/auth\/error\?error=OAuthCallback$/);
    expect(outcome.sid).toBeNull();
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("lets a single sign-on session past the workplace's two-factor requirement, not a password session", async () => {
    const editor = await makeUser("EDITOR");
    const required = { twoFactorRequiredFor: async () => true };
    const viaSso = await signInWithProvider(editor.email);
    expect(await pendingAccountStep((await userForSession(viaSso.sid!))!, required)).toBeNull();
    expect(await pendingAccountStep({ ...editor, signedInWithSso: false }, required)).toBe("enrol-two-factor");
  });
});
