// A deactivated user who signs in with the right password is told the account is deactivated;
// with a wrong password they get the same answer as anyone else, so nothing leaks.
import { describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/identity";
import { MAX_FAILURES_PER_ACCOUNT } from "@/lib/auth/throttle";
import { authorizeCredentials } from "@/lib/http/auth-options";
import { updateUser } from "@/lib/users/mutations";
import { INVALID_SIGN_IN_MESSAGE, SIGN_IN_ERRORS, signInErrorMessage } from "@/lib/users/schema";
import { makeUser, TEST_PASSWORD, uniqueSuffix } from "./factories";

const address = () => `198.51.100.${Math.floor(Math.random() * 250)}-${uniqueSuffix()}`;

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
    const request = () => ({ headers: { "x-forwarded-for": address() } });
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

  it("keeps the throttle: the deactivated answer counts as a failure and never bypasses it", async () => {
    const user = await deactivatedUser();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect(await signInWithPassword(user.email, TEST_PASSWORD, address())).toEqual({
        ok: false,
        reason: "deactivated",
      });
    }
    expect(await signInWithPassword(user.email, TEST_PASSWORD, address())).toEqual({ ok: false, reason: "throttled" });

    const other = await deactivatedUser();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await signInWithPassword(other.email, "wrong", address());
    // Once throttled, even the right password learns nothing about the account.
    expect(await signInWithPassword(other.email, TEST_PASSWORD, address())).toEqual({ ok: false, reason: "throttled" });
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
