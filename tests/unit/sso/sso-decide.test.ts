import { describe, expect, it } from "vitest";
import { decideSsoSignIn, identityFromClaims, type SsoCandidate, type SsoIdentity } from "@/lib/sso/decide";
import { ssoErrorKey } from "@/lib/sso/login-errors";

const ISSUER = "https://id.newsroom.example";
const settings = { issuer: ISSUER, allowedDomains: ["newsroom.example"], defaultRole: "REVIEWER" as const };

const identity = (overrides: Partial<SsoIdentity> = {}): SsoIdentity => ({
  issuer: ISSUER,
  subject: "subject-1",
  email: "ana@newsroom.example",
  emailVerified: true,
  name: "Ana Reyes",
  ...overrides,
});
const account = (overrides: Partial<SsoCandidate> = {}): SsoCandidate => ({
  id: "user-1",
  active: true,
  linkedSubject: null,
  ...overrides,
});

describe("reading the provider's claims", () => {
  it("keeps issuer, subject, a lower-case address, verification and a name", () => {
    expect(
      identityFromClaims({
        iss: ISSUER,
        sub: "42",
        email: " Ana@Newsroom.Example ",
        email_verified: true,
        name: "Ana",
      }),
    ).toEqual({ issuer: ISSUER, subject: "42", email: "ana@newsroom.example", emailVerified: true, name: "Ana" });
  });

  it("counts only an explicit true as verified, and drops what is not an address", () => {
    expect(identityFromClaims({ iss: ISSUER, sub: "1", email: "a@b.example" })?.emailVerified).toBe(false);
    expect(
      identityFromClaims({ iss: ISSUER, sub: "1", email: "a@b.example", email_verified: "true" })?.emailVerified,
    ).toBe(true);
    expect(identityFromClaims({ iss: ISSUER, sub: "1", email: "a@b.example", email_verified: 1 })?.emailVerified).toBe(
      false,
    );
    expect(identityFromClaims({ iss: ISSUER, sub: "1", email: "not an address" })?.email).toBeNull();
    expect(identityFromClaims({ iss: ISSUER, sub: "1", preferred_username: "ana" })?.name).toBe("ana");
  });

  it("has nothing to go on without issuer or subject", () => {
    expect(identityFromClaims({ sub: "1" })).toBeNull();
    expect(identityFromClaims({ iss: ISSUER, sub: "" })).toBeNull();
    expect(identityFromClaims(undefined)).toBeNull();
  });
});

describe("deciding a single sign-on", () => {
  const decide = (input: Partial<Parameters<typeof decideSsoSignIn>[0]>) =>
    decideSsoSignIn({ identity: identity(), settings, linked: null, byEmail: null, ...input });

  it("creates an account with the default role, named from the claims or the address", () => {
    expect(decide({})).toEqual({ kind: "create", email: "ana@newsroom.example", name: "Ana Reyes", role: "REVIEWER" });
    expect(decide({ identity: identity({ name: null }) })).toMatchObject({ kind: "create", name: "ana" });
    expect(decide({ settings: { ...settings, defaultRole: "EDITOR" } })).toMatchObject({ role: "EDITOR" });
  });

  it("signs in the account with that address and links it, or the linked account", () => {
    expect(decide({ byEmail: account() })).toEqual({ kind: "sign-in", userId: "user-1", link: true });
    expect(decide({ byEmail: account({ linkedSubject: "subject-1" }) })).toEqual({
      kind: "sign-in",
      userId: "user-1",
      link: true,
    });
    expect(decide({ linked: account({ id: "user-2", linkedSubject: "subject-1" }), byEmail: account() })).toEqual({
      kind: "sign-in",
      userId: "user-2",
      link: false,
    });
  });

  it("refuses in a fixed order: issuer, address, verification, domain, then the account's state", () => {
    expect(decide({ identity: identity({ issuer: "https://evil.example" }) })).toEqual({
      kind: "refuse",
      reason: "wrong-issuer",
    });
    expect(decide({ identity: identity({ email: null }) })).toEqual({ kind: "refuse", reason: "no-email" });
    expect(decide({ identity: identity({ emailVerified: false }), byEmail: account() })).toEqual({
      kind: "refuse",
      reason: "email-unverified",
    });
    expect(decide({ identity: identity({ email: "ana@elsewhere.example" }), byEmail: account() })).toEqual({
      kind: "refuse",
      reason: "domain-not-allowed",
    });
    expect(decide({ byEmail: account({ active: false }) })).toEqual({ kind: "refuse", reason: "deactivated" });
    expect(decide({ linked: account({ active: false, linkedSubject: "subject-1" }) })).toEqual({
      kind: "refuse",
      reason: "deactivated",
    });
    expect(decide({ byEmail: account({ linkedSubject: "someone-before" }) })).toEqual({
      kind: "refuse",
      reason: "linked-elsewhere",
    });
  });

  it("without allowed domains signs existing accounts of any domain in, and creates none", () => {
    const open = { ...settings, allowedDomains: [] };
    expect(
      decide({ settings: open, identity: identity({ email: "ana@anywhere.example" }), byEmail: account() }),
    ).toMatchObject({
      kind: "sign-in",
    });
    expect(decide({ settings: open })).toEqual({ kind: "refuse", reason: "no-account" });
  });
});

describe("the sign-in page's message for an error it is sent back with", () => {
  it("names each refusal, and any other error as a sign-in that did not complete", () => {
    expect(ssoErrorKey("sso-domain-not-allowed")).toBe("refused.domainNotAllowed");
    expect(ssoErrorKey("sso-email-unverified")).toBe("refused.emailUnverified");
    expect(ssoErrorKey("sso-deactivated")).toBe("refused.deactivated");
    expect(ssoErrorKey("OAuthCallback")).toBe("failed");
    expect(ssoErrorKey("sso-unknown")).toBe("failed");
    expect(ssoErrorKey(undefined)).toBeNull();
    expect(ssoErrorKey(["sso-no-account", "x"])).toBe("refused.noAccount");
  });
});
