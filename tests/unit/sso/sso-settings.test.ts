import { describe, expect, it } from "vitest";
import { discoveryUrl, parseAllowedDomains, readSsoSettings, sameIssuer, SsoSettingsError } from "@/lib/sso/settings";

const complete = {
  CLAIMLEDGER_OIDC_ISSUER: "https://login.newsroom.example/realms/staff",
  CLAIMLEDGER_OIDC_CLIENT_ID: "claimledger",
  CLAIMLEDGER_OIDC_CLIENT_SECRET: "s3cret",
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    readSsoSettings(env);
  } catch (error) {
    if (error instanceof SsoSettingsError) return error.problems;
    throw error;
  }
  return [];
}

describe("single sign-on settings", () => {
  it("is off when no CLAIMLEDGER_OIDC_* variable is set (blank counts as unset)", () => {
    expect(readSsoSettings({})).toBeNull();
    expect(readSsoSettings({ CLAIMLEDGER_OIDC_ISSUER: "  ", PORT: "3000" })).toBeNull();
  });

  it("reads a complete set with its defaults: reviewers, no domains, a generic name", () => {
    expect(readSsoSettings(complete)).toEqual({
      issuer: complete.CLAIMLEDGER_OIDC_ISSUER,
      clientId: "claimledger",
      clientSecret: "s3cret",
      allowedDomains: [],
      defaultRole: "REVIEWER",
      name: "single sign-on",
    });
  });

  it("reads the optional settings", () => {
    const settings = readSsoSettings({
      ...complete,
      CLAIMLEDGER_OIDC_ALLOWED_DOMAINS: " Newsroom.Example, @desk.example.org,newsroom.example ",
      CLAIMLEDGER_OIDC_DEFAULT_ROLE: "editor",
      CLAIMLEDGER_OIDC_NAME: "Newsroom ID",
    });
    expect(settings).toMatchObject({
      allowedDomains: ["newsroom.example", "desk.example.org"],
      defaultRole: "EDITOR",
      name: "Newsroom ID",
    });
  });

  it("names what is missing when only part is set", () => {
    expect(() => readSsoSettings({ CLAIMLEDGER_OIDC_ISSUER: complete.CLAIMLEDGER_OIDC_ISSUER })).toThrow(
      /Set CLAIMLEDGER_OIDC_CLIENT_ID, CLAIMLEDGER_OIDC_CLIENT_SECRET too/,
    );
    expect(problemsOf({ CLAIMLEDGER_OIDC_ALLOWED_DOMAINS: "newsroom.example" })[0]).toMatch(
      /CLAIMLEDGER_OIDC_ISSUER, CLAIMLEDGER_OIDC_CLIENT_ID, CLAIMLEDGER_OIDC_CLIENT_SECRET/,
    );
  });

  it("refuses a bad issuer, plain http beyond this machine, bad domains, an admin default role and a long name", () => {
    expect(problemsOf({ ...complete, CLAIMLEDGER_OIDC_ISSUER: "login.newsroom.example" })[0]).toMatch(/issuer URL/);
    expect(problemsOf({ ...complete, CLAIMLEDGER_OIDC_ISSUER: "http://login.newsroom.example" })[0]).toMatch(/https/);
    expect(problemsOf({ ...complete, CLAIMLEDGER_OIDC_ISSUER: "https://login.example/?tenant=1" })[0]).toMatch(/query/);
    expect(problemsOf({ ...complete, CLAIMLEDGER_OIDC_ALLOWED_DOMAINS: "newsroom.example, *.example" })[0]).toMatch(
      /not: \*\.example/,
    );
    expect(problemsOf({ ...complete, CLAIMLEDGER_OIDC_DEFAULT_ROLE: "ADMIN" })[0]).toMatch(/cannot be ADMIN/);
    expect(problemsOf({ ...complete, CLAIMLEDGER_OIDC_DEFAULT_ROLE: "owner" })[0]).toMatch(/REVIEWER or EDITOR/);
    expect(problemsOf({ ...complete, CLAIMLEDGER_OIDC_NAME: "x".repeat(41) })[0]).toMatch(/at most 40/);
    // All at once, so one restart fixes them all.
    expect(problemsOf({ CLAIMLEDGER_OIDC_ISSUER: "ftp://x", CLAIMLEDGER_OIDC_DEFAULT_ROLE: "ADMIN" }).length).toBe(3);
  });

  it("accepts plain http on this machine only (a provider in tests or on a laptop)", () => {
    for (const issuer of ["http://127.0.0.1:9400", "http://localhost:8080/realms/dev", "http://[::1]:9400"])
      expect(readSsoSettings({ ...complete, CLAIMLEDGER_OIDC_ISSUER: issuer })?.issuer).toBe(issuer);
  });

  it("finds the discovery document and compares issuers as the provider states them", () => {
    expect(discoveryUrl("https://tenant.example/")).toBe("https://tenant.example/.well-known/openid-configuration");
    expect(discoveryUrl("https://id.example/realms/news")).toBe(
      "https://id.example/realms/news/.well-known/openid-configuration",
    );
    expect(sameIssuer("https://tenant.example/", "https://tenant.example")).toBe(true);
    expect(sameIssuer("https://tenant.example/a", "https://tenant.example/b")).toBe(false);
    expect(parseAllowedDomains("").domains).toEqual([]);
  });
});
