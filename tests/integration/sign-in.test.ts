import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { signInWithPassword } from "@/lib/auth/identity";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from "@/lib/auth/throttle";
import { updateUser } from "@/lib/users/mutations";
import { makeUser, TEST_PASSWORD, uniqueSuffix } from "./factories";

const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${uniqueSuffix()}`;

describe("sign-in with email and password", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const user = await makeUser("EDITOR");
    const result = await signInWithPassword(user.email.toUpperCase(), TEST_PASSWORD, address());
    expect(result).toMatchObject({ ok: true, user: { id: user.id, role: "EDITOR" } });
  });

  it("gives the same answer for a wrong password, an unknown email and a deactivated user's wrong password", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser("REVIEWER");
    const inactive = await makeUser("REVIEWER");
    await updateUser(admin, inactive.id, { active: false });
    const answers = [
      await signInWithPassword(user.email, "wrong password", address()),
      await signInWithPassword(`nobody-${uniqueSuffix()}@test.local`, TEST_PASSWORD, address()),
      await signInWithPassword(inactive.email, "wrong password", address()),
    ];
    expect(answers).toEqual([
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
    ]);
  });

  it("throttles an account after repeated failures, even with the right password, from any address", async () => {
    const user = await makeUser("EDITOR");
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++)
      await signInWithPassword(user.email, "wrong password", address());
    expect(await signInWithPassword(user.email, TEST_PASSWORD, address())).toEqual({ ok: false, reason: "throttled" });
    const rows = await db.loginAttempt.count({ where: { scope: "ACCOUNT", key: user.email, succeeded: false } });
    expect(rows).toBe(MAX_FAILURES_PER_ACCOUNT);
  });

  it("throttles a client address that tries many accounts", async () => {
    const from = address();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      await signInWithPassword(`guess-${i}-${uniqueSuffix()}@test.local`, "wrong password", from);
    }
    const user = await makeUser("EDITOR");
    expect(await signInWithPassword(user.email, TEST_PASSWORD, from)).toEqual({ ok: false, reason: "throttled" });
    expect(await signInWithPassword(user.email, TEST_PASSWORD, address())).toMatchObject({ ok: true });
  });

  it("forgives an account's earlier failures after a successful sign-in", async () => {
    const user = await makeUser("EDITOR");
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++)
      await signInWithPassword(user.email, "wrong password", address());
    expect(await signInWithPassword(user.email, TEST_PASSWORD, address())).toMatchObject({ ok: true });
    await signInWithPassword(user.email, "wrong password", address());
    expect(await signInWithPassword(user.email, TEST_PASSWORD, address())).toMatchObject({ ok: true });
  });

  it("counts parallel attempts one after another, so they cannot all slip under the limit", async () => {
    const user = await makeUser("EDITOR");
    const attempts = 8;
    const results = await Promise.all(
      Array.from({ length: attempts }, () => signInWithPassword(user.email, "wrong password", address())),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(attempts - MAX_FAILURES_PER_ACCOUNT);
    const recorded = await db.loginAttempt.count({ where: { scope: "ACCOUNT", key: user.email } });
    expect(recorded).toBe(MAX_FAILURES_PER_ACCOUNT);
  });
});
