// Which message the sign-in page shows for the `error` it was sent back with: a refusal of ours
// (lib/http/sso-provider.ts sends /login?error=sso-<reason>), or any of next-auth's own codes for a sign-in
// that broke off (state or nonce mismatch, the provider unreachable or answering with an error).
// Browser-safe.
import { SSO_REFUSALS, type SsoRefusal } from "./decide";

const REFUSAL_KEYS = {
  "wrong-issuer": "wrongIssuer",
  "no-email": "noEmail",
  "email-unverified": "emailUnverified",
  "domain-not-allowed": "domainNotAllowed",
  "no-account": "noAccount",
  deactivated: "deactivated",
  "linked-elsewhere": "linkedElsewhere",
} as const satisfies Record<SsoRefusal, string>;

export type SsoErrorKey = `refused.${(typeof REFUSAL_KEYS)[SsoRefusal]}` | "failed";

export function ssoErrorKey(error: string | string[] | undefined): SsoErrorKey | null {
  const code = Array.isArray(error) ? error[0] : error;
  if (!code) return null;
  const reason = code.startsWith("sso-") ? code.slice(4) : "";
  if ((SSO_REFUSALS as readonly string[]).includes(reason)) return `refused.${REFUSAL_KEYS[reason as SsoRefusal]}`;
  return "failed";
}
