// Two-factor sign-in: enrolment turns on only after a code; a right password alone never signs
// in; codes within one step of the clock work, two steps off do not, and none works twice;
// recovery codes work once; wrong codes are throttled like wrong passwords; the operator can turn
// it off for someone who lost their authenticator (`npx claimledger user reset-two-factor`).
import { describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/identity";
import { authorizeCredentials } from "@/lib/http/auth-options";
import { confirmTwoFactorEnrolment, disableTwoFactor, startTwoFactorEnrolment } from "@/lib/accounts/two-factor";
import { totpCodeAt } from "@/lib/accounts/totp";
import { db } from "@/lib/db/client";
import type { ThrottlePolicy } from "@/lib/auth/throttle";
import { runClaimledger as claimledger } from "./cli-environment";
import { makeUser, TEST_PASSWORD, uniqueSuffix } from "./factories";

const address = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${uniqueSuffix()}`;
const FAST: ThrottlePolicy = {
  windowMs: 60_000,
  freeAccountFailures: 3,
  freeAddressFailures: 5,
  baseDelayMs: 1,
  maxDelayMs: 20,
  maxAddressFailures: 30,
};

/** A user with two-factor sign-in on; returns its secret and recovery codes. */
async function enrolled(now = Date.now()) {
  const user = await makeUser("EDITOR");
  const { secret, qrSvg, otpauthUri } = await startTwoFactorEnrolment(user);
  expect(qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  expect(otpauthUri).toContain(`secret=${secret}`);
  // A step before `now`, so that codes of the current step are still unused afterwards.
  const { recoveryCodes } = await confirmTwoFactorEnrolment(
    user,
    { code: await totpCodeAt(secret, now / 1000 - 30) },
    { now },
  );
  return { user, secret, recoveryCodes };
}

describe("two-factor enrolment", () => {
  it("stays off until a code from the new secret is confirmed, then gives ten single-use recovery codes", async () => {
    const user = await makeUser("REVIEWER");
    const { secret } = await startTwoFactorEnrolment(user);
    // Not on yet: the password alone still signs in.
    expect((await signInWithPassword(user.email, TEST_PASSWORD, address())).ok).toBe(true);
    await expect(confirmTwoFactorEnrolment(user, { code: "000000" })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      details: { fields: { code: [expect.any(String)] } },
    });
    await expect(confirmTwoFactorEnrolment(user, { code: "12ab" })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });
    const { recoveryCodes } = await confirmTwoFactorEnrolment(user, {
      code: await totpCodeAt(secret, Date.now() / 1000),
    });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await db.recoveryCode.findMany({ where: { userId: user.id }, select: { codeHash: true } });
    expect(stored).toHaveLength(10);
    for (const code of recoveryCodes) expect(stored.map((row) => row.codeHash)).not.toContain(code);
    const audit = await db.auditEvent.findMany({ where: { entityId: user.id, action: "user.two_factor_enabled" } });
    expect(audit).toHaveLength(1);
  });
});

describe("signing in with two-factor on", () => {
  it("never signs in with the password alone; asks for the code; accepts it", async () => {
    const now = Date.now();
    const { user, secret } = await enrolled(now);
    expect(await signInWithPassword(user.email, TEST_PASSWORD, address(), { now })).toEqual({
      ok: false,
      reason: "second-factor-required",
    });
    // A wrong password with a right code is still just "invalid": the code is never checked first.
    const code = await totpCodeAt(secret, now / 1000);
    expect(await signInWithPassword(user.email, "wrong password", address(), { secondFactor: code, now })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await signInWithPassword(user.email, TEST_PASSWORD, address(), { secondFactor: code, now })).toMatchObject({
      ok: true,
      user: { id: user.id, twoFactorEnabled: true },
    });
  });

  it("accepts a code one step early or late (clock skew), refuses two steps off, and never the same code twice", async () => {
    const now = Date.now();
    const { user, secret } = await enrolled(now - 120_000);
    const at = (offsetSeconds: number) => totpCodeAt(secret, now / 1000 + offsetSeconds);
    const signIn = async (code: string) =>
      (await signInWithPassword(user.email, TEST_PASSWORD, address(), { secondFactor: code, now, policy: FAST })).ok;
    expect(await signIn(await at(-65))).toBe(false); // two steps behind
    expect(await signIn(await at(65))).toBe(false); // two steps ahead
    expect(await signIn(await at(-30))).toBe(true); // phone 30 s slow
    expect(await signIn(await at(-30))).toBe(false); // replayed
    expect(await signIn(await at(30))).toBe(true); // phone 30 s fast
    expect(await signIn(await at(0))).toBe(false); // an earlier step than one already used
  });

  it("signs in once with each recovery code", async () => {
    const { user, recoveryCodes } = await enrolled();
    const [first, second] = recoveryCodes;
    const signIn = async (code: string) =>
      (await signInWithPassword(user.email, TEST_PASSWORD, address(), { secondFactor: code, policy: FAST })).ok;
    expect(await signIn(first!.toUpperCase())).toBe(true); // case and spacing do not matter
    expect(await signIn(first!)).toBe(false);
    expect(await signIn(second!)).toBe(true);
    const used = await db.auditEvent.findMany({
      where: { entityId: user.id, action: "user.recovery_code_used" },
      orderBy: { createdAt: "asc" },
    });
    expect(used.map((row) => (row.after as { remaining: number }).remaining)).toEqual([9, 8]);
  });

  it("counts wrong codes as failed attempts: they slow the account down like wrong passwords", async () => {
    const { user } = await enrolled();
    const slow: ThrottlePolicy = { ...FAST, baseDelayMs: 400, maxDelayMs: 2_000 };
    for (let i = 0; i < 4; i++)
      expect(
        await signInWithPassword(user.email, TEST_PASSWORD, address(), { secondFactor: "000000", policy: slow }),
      ).toMatchObject({ ok: false, reason: "second-factor-invalid" });
    const started = Date.now();
    await signInWithPassword(user.email, TEST_PASSWORD, address(), { secondFactor: "000000", policy: slow });
    expect(Date.now() - started).toBeGreaterThanOrEqual(700);
  });

  it("the credentials sign-in throws TWO_FACTOR_REQUIRED / TWO_FACTOR_INVALID and creates no session", async () => {
    const { user } = await enrolled();
    const request = { headers: { "x-claimledger-client-ip": address() } };
    await expect(authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, request)).rejects.toThrow(
      "TWO_FACTOR_REQUIRED",
    );
    await expect(
      authorizeCredentials({ email: user.email, password: TEST_PASSWORD, code: "000000" }, request),
    ).rejects.toThrow("TWO_FACTOR_INVALID");
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("turning it off needs the current password, and then the password alone signs in again", async () => {
    const { user } = await enrolled();
    await expect(disableTwoFactor(user, { currentPassword: "wrong password" }, address())).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });
    await disableTwoFactor(user, { currentPassword: TEST_PASSWORD }, address());
    expect((await signInWithPassword(user.email, TEST_PASSWORD, address())).ok).toBe(true);
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
  });
});


describe("npx claimledger user reset-two-factor --email", () => {
  it("turns it off for someone who lost their app and codes: the password alone signs in again, the codes are gone", async () => {
    const { user, recoveryCodes } = await enrolled();
    expect((await signInWithPassword(user.email, TEST_PASSWORD, address())).ok).toBe(false);
    const done = await claimledger(["user", "reset-two-factor", "--email", user.email.toUpperCase()]);
    expect(done, done.stderr).toMatchObject({ code: 0 });
    expect(done.stdout).toContain(`Turned two-factor sign-in off for ${user.email}`);
    expect(await signInWithPassword(user.email, TEST_PASSWORD, address())).toMatchObject({
      ok: true,
      user: { twoFactorEnabled: false },
    });
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(
      (await signInWithPassword(user.email, TEST_PASSWORD, address(), { secondFactor: recoveryCodes[0] })).ok,
    ).toBe(true); // the code is not asked for, and not needed
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: user.id, action: "user.two_factor_disabled" },
    });
    expect(audit).toMatchObject({ actorId: null, after: { via: "cli" } });

    const again = await claimledger(["user", "reset-two-factor", "--email", user.email]);
    expect(again.stdout).toContain(`Two-factor sign-in was not on for ${user.email}; nothing changed.`);
    const nobody = `nobody-${uniqueSuffix()}@test.local`;
    const unknown = await claimledger(["user", "reset-two-factor", "--email", nobody]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`A user with the email ${nobody} was not found.`);
  }, 90_000);
});
