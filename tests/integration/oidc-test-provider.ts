// A real OpenID Connect provider on 127.0.0.1 for the single sign-on tests: node-oidc-provider
// (the certified implementation by the author of openid-client), with its development login page
// (any login name, any password) and consent granted without asking. The login name typed there is
// the account: its claims are what `accounts` says, else that name as a verified email address.
import { generateKeyPairSync, randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface TestAccountClaims {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Claims per login name; a name not here signs in as itself, a verified email address. */
  accounts: Map<string, TestAccountClaims>;
  /** The query of every authorization request received (to see PKCE, state and nonce were sent). */
  authorizationRequests: URLSearchParams[];
  close(): Promise<void>;
}

export async function startTestOidcProvider(options: {
  /** Where next-auth receives the code: `${NEXTAUTH_URL}/api/auth/callback/oidc`. */
  redirectUri: string;
  /** 0: any free port. */
  port?: number;
  clientId?: string;
  clientSecret?: string;
}): Promise<TestOidcProvider> {
  const { default: Provider } = await import("oidc-provider");
  const accounts = new Map<string, TestAccountClaims>();
  const authorizationRequests: URLSearchParams[] = [];
  const clientId = options.clientId ?? "claimledger-test";
  const clientSecret = options.clientSecret ?? `secret-${randomUUID()}`;

  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "test-signing-key", use: "sig", alg: "RS256" }] },
    cookies: { keys: [randomUUID()] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    pkce: { methods: ["S256"], required: () => true },
    // Fixed lifetimes: the defaults work but print a notice each.
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    features: { devInteractions: { enabled: true } },
    async findAccount(_context, accountId) {
      const claims = accounts.get(accountId) ?? {
        email: accountId,
        email_verified: true,
        name: accountId.split("@")[0],
      };
      return { accountId, claims: async () => ({ sub: accountId, ...claims }) };
    },
    // Consent is taken as given: the tests are about the relying party, not this screen.
    async loadExistingGrant(context) {
      const session = context.oidc.session;
      const client = context.oidc.client;
      if (!session?.accountId || !client) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) return context.oidc.provider.Grant.find(existing);
      const grant = new context.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  // node-oidc-provider logs every flow's errors through this; the tests read the answers instead.
  provider.on("server_error", (_context, error) => console.error("[test OIDC provider]", error));

  const handle = provider.callback();
  server.on("request", (request, response) => {
    const url = new URL(request.url ?? "/", issuer);
    if (url.pathname === "/auth") authorizationRequests.push(url.searchParams);
    void handle(request, response);
  });

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    authorizationRequests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A name → value cookie jar, enough for one browser-like walk through the provider's pages. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair!.indexOf("=");
      const name = pair!.slice(0, index).trim();
      const value = pair!.slice(index + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/**
 * What a person does at the provider: opens the authorization URL the app redirected to, signs in
 * on the login page as `login`, and is sent back. Returns the URL the provider redirects to (the
 * app's callback with `code` and `state`, or with `error`).
 */
export async function signInAtProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new CookieJar();
  let url = new URL(authorizationUrl);
  const origin = url.origin;
  for (let step = 0; step < 10; step++) {
    const response = await fetch(url, { redirect: "manual", headers: { cookie: jar.header() } });
    jar.take(response);
    const location = response.headers.get("location");
    if (location) {
      const next = new URL(location, url);
      if (next.origin !== origin) return next;
      url = next;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"[^>]*method="post"/i.exec(html)?.[1];
    if (response.status !== 200 || !action || !html.includes('name="login"'))
      throw new Error(`Unexpected page at the provider (${response.status}): ${html.slice(0, 300)}`);
    const submitted = await fetch(new URL(action, url), {
      method: "POST",
      redirect: "manual",
      headers: { cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ prompt: "login", login, password: "any password" }),
    });
    jar.take(submitted);
    const after = submitted.headers.get("location");
    if (!after) throw new Error(`The provider's login page did not redirect (${submitted.status}).`);
    url = new URL(after, url);
  }
  throw new Error("Too many redirects at the provider.");
}
