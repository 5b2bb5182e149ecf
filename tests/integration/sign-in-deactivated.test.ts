// A deactivated user who signs in with the right password is told the account is deactivated;
// with a wrong password they get the same answer as anyone else, so nothing leaks.
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, installClientAddressHeader } from "@/lib/auth/client-address";
import { signInWithPassword } from "@/lib/auth/identity";
import { DEFAULT_THROTTLE_POLICY, type ThrottlePolicy } from "@/lib/auth/throttle";
import { db } from "@/lib/db/client";
import { authorizeCredentials } from "@/lib/http/auth-options";
import { updateUser } from "@/lib/users/mutations";
import { INVALID_SIGN_IN_MESSAGE, SIGN_IN_ERRORS, signInErrorMessage } from "@/lib/users/schema";
import { makeUser, TEST_PASSWORD, uniqueSuffix } from "./factories";

const address = () => `198.51.100.${Math.floor(Math.random() * 250)}-${uniqueSuffix()}`;
const FAST: ThrottlePolicy = { ...DEFAULT_THROTTLE_POLICY, baseDelayMs: 200, maxDelayMs: 200 };

// As at server start (instrumentation.ts): the connection's address reaches sign-in in a header.
installClientAddressHeader();

async function deactivatedUser() {
  const admin = await makeUser("ADMIN");
  const user = await makeUser("REVIEWER");
  await updateUser(admin, user.id, { active: false });
  return user;
}

describe("signing in to a deactivated account", () => {
  it("says the account is deactivated after the right password only", async () => {
    const user = await deactivatedUser();
    const right = await signInWithPassword(user.email, TEST_PASSWORD, address());
    expect(right).toEqual({ ok: false, reason: "deactivated" });
    expect(signInErrorMessage(SIGN_IN_ERRORS.deactivated)).toBe(
      "This account has been deactivated. Ask an admin to reactivate it.",
    );
  });

  it("reaches the login form as the DEACTIVATED code after the right password, as the generic failure after a wrong one", async () => {
    const user = await deactivatedUser();
    const request = () => ({ headers: { [CLIENT_ADDRESS_HEADER]: address() } });
    await expect(authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, request())).rejects.toThrow(
      new Error(SIGN_IN_ERRORS.deactivated),
    );
    // null is what next-auth turns into "CredentialsSignin", the same as for any wrong password.
    expect(await authorizeCredentials({ email: user.email, password: "wrong password" }, request())).toBeNull();
    const active = await makeUser("REVIEWER");
    expect(await authorizeCredentials({ email: active.email, password: "wrong password" }, request())).toBeNull();
  });

  it("answers a wrong password exactly as for an active account or an unknown email", async () => {
    const user = await deactivatedUser();
    const active = await makeUser("REVIEWER");
    const answers = [
      await signInWithPassword(user.email, "wrong password", address()),
      await signInWithPassword(active.email, "wrong password", address()),
      await signInWithPassword(`nobody-${uniqueSuffix()}@test.local`, "wrong password", address()),
    ];
    expect(answers).toEqual([
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
    ]);
    // next-auth reports a credentials failure as "CredentialsSignin": the generic message.
    expect(signInErrorMessage("CredentialsSignin")).toBe(INVALID_SIGN_IN_MESSAGE);
    expect(signInErrorMessage(undefined)).toBe(INVALID_SIGN_IN_MESSAGE);
  });

  it("keeps the throttle: the deactivated answer counts as a failure and is slowed down like one", async () => {
    const user = await deactivatedUser();
    for (let i = 0; i < FAST.freeAccountFailures; i++) {
      expect(await signInWithPassword(user.email, TEST_PASSWORD, address(), { policy: FAST })).toEqual({
        ok: false,
        reason: "deactivated",
      });
    }
    expect(await db.loginAttempt.count({ where: { scope: "ACCOUNT", key: user.email, succeeded: false } })).toBe(
      FAST.freeAccountFailures,
    );
    // The next check waits the account's back-off, with the right password too.
    const started = performance.now();
    expect(await signInWithPassword(user.email, TEST_PASSWORD, address(), { policy: FAST })).toEqual({
      ok: false,
      reason: "deactivated",
    });
    expect(performance.now() - started).toBeGreaterThanOrEqual(FAST.baseDelayMs - 5);
  });

  it("signs in again once reactivated", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser("EDITOR");
    await updateUser(admin, user.id, { active: false });
    expect(await signInWithPassword(user.email, TEST_PASSWORD, address())).toMatchObject({ reason: "deactivated" });
    await updateUser(admin, user.id, { active: true });
    expect(await signInWithPassword(user.email, TEST_PASSWORD, address())).toMatchObject({ ok: true });
  });
});
