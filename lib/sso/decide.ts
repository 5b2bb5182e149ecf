// Who a person signing in through the identity provider is here, or why they are refused. Pure:
// lib/sso/mutations.ts loads the candidates and carries the decision out.
import { z } from "zod";
import type { Role } from "@/lib/auth/permissions";
import { sameIssuer, type SsoSettings } from "./settings";

/** What the provider told us, from the validated ID token (and userinfo when the token lacks the email). */
export interface SsoIdentity {
  issuer: string;
  subject: string;
  /** Lower case; null when the provider sent none. */
  email: string | null;
  /** Only an explicit `email_verified: true` counts (some providers send the string "true"). */
  emailVerified: boolean;
  name: string | null;
}

const claimsSchema = z.looseObject({
  iss: z.string().min(1),
  sub: z.string().min(1).max(255),
  email: z.string().trim().max(254).optional().catch(undefined),
  email_verified: z.union([z.boolean(), z.string()]).optional().catch(undefined),
  name: z.string().trim().max(120).optional().catch(undefined),
  preferred_username: z.string().trim().max(120).optional().catch(undefined),
});

/** The identity in the provider's claims, or null when they lack an issuer or a subject. */
export function identityFromClaims(claims: unknown): SsoIdentity | null {
  const parsed = claimsSchema.safeParse(claims);
  if (!parsed.success) return null;
  const { iss, sub, email, email_verified, name, preferred_username } = parsed.data;
  const normalised = email && z.email().safeParse(email).success ? email.toLowerCase() : null;
  return {
    issuer: iss,
    subject: sub,
    email: normalised,
    emailVerified: email_verified === true || email_verified === "true",
    name: name || preferred_username || null,
  };
}

/** Why a sign-in through the provider is refused; each has its own message on the sign-in page. */
export const SSO_REFUSALS = [
  "wrong-issuer",
  "no-email",
  "email-unverified",
  "domain-not-allowed",
  "no-account",
  "deactivated",
  "linked-elsewhere",
] as const;
export type SsoRefusal = (typeof SSO_REFUSALS)[number];

export interface SsoCandidate {
  id: string;
  active: boolean;
  /** The subject this account is linked to at this issuer, if any. */
  linkedSubject: string | null;
}

export type SsoDecision =
  | { kind: "sign-in"; userId: string; link: boolean }
  | { kind: "create"; email: string; name: string; role: Role }
  | { kind: "refuse"; reason: SsoRefusal };

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1);
}

/**
 * - The token must come from the configured issuer.
 * - The provider must vouch for the address (email_verified true): an address anyone can type into
 *   their profile at the provider must never open someone else's account here.
 * - With allowed domains set, only addresses at those domains sign in (existing accounts too):
 *   the list says whose addresses this provider speaks for. Without the list nobody gets an
 *   account by signing in, and existing accounts of any domain may sign in.
 * - The account already linked to this subject comes first, else the account with that address
 *   (case-insensitive), which is linked at this first sign-in; an account linked to a different
 *   subject of the same provider is refused (an address handed on to a new person).
 * - Deactivated accounts stay out, whichever way they are found.
 */
export function decideSsoSignIn(input: {
  identity: SsoIdentity;
  settings: Pick<SsoSettings, "issuer" | "allowedDomains" | "defaultRole">;
  /** The account linked to this issuer and subject. */
  linked: SsoCandidate | null;
  /** The account whose email is the identity's address. */
  byEmail: SsoCandidate | null;
}): SsoDecision {
  const { identity, settings, linked, byEmail } = input;
  const refuse = (reason: SsoRefusal): SsoDecision => ({ kind: "refuse", reason });
  if (!sameIssuer(identity.issuer, settings.issuer)) return refuse("wrong-issuer");
  if (!identity.email) return refuse("no-email");
  if (!identity.emailVerified) return refuse("email-unverified");
  if (settings.allowedDomains.length && !settings.allowedDomains.includes(emailDomain(identity.email)))
    return refuse("domain-not-allowed");

  const user = linked ?? byEmail;
  if (user) {
    if (!user.active) return refuse("deactivated");
    if (!linked && user.linkedSubject !== null && user.linkedSubject !== identity.subject)
      return refuse("linked-elsewhere");
    return { kind: "sign-in", userId: user.id, link: !linked };
  }
  if (!settings.allowedDomains.length) return refuse("no-account");
  const name = identity.name?.trim() || identity.email.slice(0, identity.email.indexOf("@"));
  return { kind: "create", email: identity.email, name, role: settings.defaultRole };
}
