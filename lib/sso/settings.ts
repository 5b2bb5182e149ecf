// Single sign-on with OpenID Connect: its settings, read from the environment (docs/sso.md).
// Off when none is set; a half-configured set is an error that names what is missing, raised at
// start (scripts/start.ts) rather than at the first person's sign-in. Pure.
import { ROLES, type Role } from "@/lib/auth/permissions";

type Env = Record<string, string | undefined>;

/** next-auth's id for the provider: it names the callback URL, /api/auth/callback/oidc. */
export const SSO_PROVIDER_ID = "oidc";

export const SSO_ENV = {
  issuer: "CLAIMLEDGER_OIDC_ISSUER",
  clientId: "CLAIMLEDGER_OIDC_CLIENT_ID",
  clientSecret: "CLAIMLEDGER_OIDC_CLIENT_SECRET",
  allowedDomains: "CLAIMLEDGER_OIDC_ALLOWED_DOMAINS",
  defaultRole: "CLAIMLEDGER_OIDC_DEFAULT_ROLE",
  name: "CLAIMLEDGER_OIDC_NAME",
} as const;

const REQUIRED = [SSO_ENV.issuer, SSO_ENV.clientId, SSO_ENV.clientSecret] as const;

export interface SsoSettings {
  /** The issuer identifier exactly as the provider states it; discovery reads `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Lower-case domains whose verified addresses may sign in, and get an account on first sign-in; empty: existing accounts only. */
  allowedDomains: string[];
  /** The role of an account created at its first sign-in. */
  defaultRole: Role;
  /** What the sign-in button calls the provider ("Sign in with {name}"). */
  name: string;
}

export class SsoSettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Single sign-on is not configured correctly (docs/sso.md): ${problems.join(" ")}`);
    this.name = "SsoSettingsError";
  }
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/;
const LOOPBACK_HOSTS = new Set(["localhost", "[::1]"]);
const DEFAULT_NAME = "single sign-on";
const MAX_NAME_LENGTH = 40;

/** Plain HTTP only to this machine (a provider in tests or on a developer's laptop): tokens travel over it. */
function isLoopback(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

function issuerProblem(issuer: string): string | null {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return `${SSO_ENV.issuer} must be the provider's issuer URL (https://login.example.org/realms/news), not "${issuer}".`;
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url.hostname)))
    return `${SSO_ENV.issuer} must use https (plain http is accepted only for 127.0.0.1 or localhost).`;
  if (url.search || url.hash || url.username || url.password)
    return `${SSO_ENV.issuer} must not carry a query, a fragment or credentials.`;
  return null;
}

export function parseAllowedDomains(raw: string | undefined): { domains: string[]; invalid: string[] } {
  const entries = (raw ?? "")
    .split(",")
    .map((entry) => entry.trim().toLowerCase().replace(/^@/, ""))
    .filter(Boolean);
  return {
    domains: [...new Set(entries.filter((entry) => DOMAIN.test(entry)))],
    invalid: entries.filter((entry) => !DOMAIN.test(entry)),
  };
}

/**
 * The settings, null when single sign-on is off (no CLAIMLEDGER_OIDC_* variable set), or an
 * SsoSettingsError naming every problem at once.
 */
export function readSsoSettings(env: Env = process.env): SsoSettings | null {
  const value = (name: string) => env[name]?.trim() || undefined;
  const anySet = Object.values(SSO_ENV).some((name) => value(name) !== undefined);
  if (!anySet) return null;

  const problems: string[] = [];
  const missing = REQUIRED.filter((name) => value(name) === undefined);
  if (missing.length)
    problems.push(
      `Set ${missing.join(", ")} too, or unset every CLAIMLEDGER_OIDC_* variable to turn single sign-on off.`,
    );

  const issuer = value(SSO_ENV.issuer);
  const badIssuer = issuer ? issuerProblem(issuer) : null;
  if (badIssuer) problems.push(badIssuer);

  const { domains, invalid } = parseAllowedDomains(value(SSO_ENV.allowedDomains));
  if (invalid.length)
    problems.push(
      `${SSO_ENV.allowedDomains} must list domains separated by commas (newsroom.example.org); not: ${invalid.join(", ")}.`,
    );

  const roleText = (value(SSO_ENV.defaultRole) ?? "REVIEWER").toUpperCase();
  const role = (ROLES as readonly string[]).includes(roleText) ? (roleText as Role) : null;
  if (!role) problems.push(`${SSO_ENV.defaultRole} must be REVIEWER or EDITOR, not "${value(SSO_ENV.defaultRole)}".`);
  // Everyone at an allowed domain would become an admin on first sign-in: admins are named by hand.
  if (role === "ADMIN")
    problems.push(`${SSO_ENV.defaultRole} cannot be ADMIN: make admins on the Users page after their first sign-in.`);

  const name = value(SSO_ENV.name) ?? DEFAULT_NAME;
  if (name.length > MAX_NAME_LENGTH) problems.push(`${SSO_ENV.name} must be at most ${MAX_NAME_LENGTH} characters.`);

  if (problems.length || !issuer || !role) throw new SsoSettingsError(problems);
  return {
    issuer,
    clientId: value(SSO_ENV.clientId)!,
    clientSecret: value(SSO_ENV.clientSecret)!,
    allowedDomains: domains,
    defaultRole: role,
    name,
  };
}

/** The provider's discovery document, from its issuer (OpenID Connect Discovery 1.0, section 4). */
export function discoveryUrl(issuer: string): string {
  return `${issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`;
}

/** Whether an `iss` claim names the configured issuer (a trailing slash is not a difference people see). */
export function sameIssuer(a: string, b: string): boolean {
  return a.replace(/\/+$/, "") === b.replace(/\/+$/, "");
}

/**
 * For pages: the settings, or null when single sign-on is off or misconfigured. A misconfiguration
 * is logged and hides the button, so that password sign-in keeps working (npm start refuses it
 * before this can happen).
 */
export function ssoSettingsForPages(env: Env = process.env): SsoSettings | null {
  try {
    return readSsoSettings(env);
  } catch (error) {
    console.error(`[claimledger] ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
