import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { signInWithPassword } from "@/lib/auth/identity";
import { backoffMs, DEFAULT_THROTTLE_POLICY, type ThrottlePolicy } from "@/lib/auth/throttle";
import { updateUser } from "@/lib/users/mutations";
import { makeUser, TEST_PASSWORD, uniqueSuffix } from "./factories";

const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${uniqueSuffix()}`;

/** The default policy with waits short enough for tests (the shape of the curve is the same). */
const FAST: ThrottlePolicy = { ...DEFAULT_THROTTLE_POLICY, baseDelayMs: 20, maxDelayMs: 300, maxAddressFailures: 12 };

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

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

  it("never locks an account: after many failures the right password signs in, after a bounded wait", async () => {
    const user = await makeUser("ADMIN");
    for (let i = 0; i < 15; i++) {
      expect(await signInWithPassword(user.email, "wrong password", address(), { policy: FAST })).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    const rows = await db.loginAttempt.count({ where: { scope: "ACCOUNT", key: user.email, succeeded: false } });
    expect(rows).toBe(15);
    const { result, ms } = await timed(() =>
      signInWithPassword(user.email, TEST_PASSWORD, address(), { policy: FAST }),
    );
    expect(result).toMatchObject({ ok: true, user: { id: user.id } });
    // It waited the account's back-off (the cap by now), and no longer.
    expect(ms).toBeGreaterThanOrEqual(FAST.maxDelayMs - 5);
    expect(ms).toBeLessThan(FAST.maxDelayMs + 3_000);
  });

  it("slows an account's attempts down as its failures grow, from any address", async () => {
    const user = await makeUser("EDITOR");
    const policy: ThrottlePolicy = { ...FAST, baseDelayMs: 150, maxDelayMs: 1_200 };
    const waits: number[] = [];
    for (let i = 0; i < policy.freeAccountFailures + 3; i++) {
      const before = Date.now();
      await signInWithPassword(user.email, "wrong password", address(), { policy });
      const row = await db.loginAttempt.findFirstOrThrow({
        where: { scope: "ACCOUNT", key: user.email },
        orderBy: { createdAt: "desc" },
      });
      waits.push(row.createdAt.getTime() - before);
    }
    const free = policy.freeAccountFailures;
    // The first attempts start at once; then each waits the back-off of the failures before it.
    for (const wait of waits.slice(0, free)) expect(wait).toBeLessThan(100);
    for (let i = free; i < waits.length; i++) {
      expect(waits[i]).toBeGreaterThanOrEqual(backoffMs(i, free, policy) - 5);
      expect(waits[i]).toBeLessThan(backoffMs(i, free, policy) + 500);
    }
  });

  it("forgives an account's earlier failures after a successful sign-in", async () => {
    const user = await makeUser("EDITOR");
    const policy: ThrottlePolicy = { ...FAST, baseDelayMs: 2_000, maxDelayMs: 2_000 };
    for (let i = 0; i < policy.freeAccountFailures; i++)
      await signInWithPassword(user.email, "wrong password", address(), { policy });
    // The next attempt waits (2 s); after its success the following ones do not.
    expect(await signInWithPassword(user.email, TEST_PASSWORD, address(), { policy })).toMatchObject({ ok: true });
    const { result, ms } = await timed(() => signInWithPassword(user.email, "wrong password", address(), { policy }));
    expect(result).toEqual({ ok: false, reason: "invalid" });
    expect(ms).toBeLessThan(1_500);
  });

  it("refuses an address that keeps failing, on every account, and only that address", async () => {
    const from = address();
    const results = [];
    for (let i = 0; i < FAST.maxAddressFailures + 3; i++) {
      results.push(
        await signInWithPassword(`guess-${i}-${uniqueSuffix()}@test.local`, "wrong password", from, { policy: FAST }),
      );
    }
    expect(results.slice(0, FAST.maxAddressFailures).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    expect(results.slice(FAST.maxAddressFailures)).toEqual(Array(3).fill({ ok: false, reason: "throttled" }));
    // Refused attempts are not recorded: they cannot push the address's window further out.
    expect(await db.loginAttempt.count({ where: { scope: "ADDRESS", key: from } })).toBe(FAST.maxAddressFailures);

    const user = await makeUser("EDITOR");
    expect(await signInWithPassword(user.email, TEST_PASSWORD, from, { policy: FAST })).toEqual({
      ok: false,
      reason: "throttled",
    });
    expect(await signInWithPassword(user.email, TEST_PASSWORD, address(), { policy: FAST })).toMatchObject({
      ok: true,
    });
  });

  it("spaces parallel attempts from one address one after another, and refuses the ones that would queue too long", async () => {
    const user = await makeUser("EDITOR");
    const from = address();
    const policy: ThrottlePolicy = { ...FAST, baseDelayMs: 40, maxDelayMs: 400, maxAddressFailures: 100 };
    const attempts = 25;
    const results = await Promise.all(
      Array.from({ length: attempts }, () => signInWithPassword(user.email, "wrong password", from, { policy })),
    );
    const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
    const refused = results.filter((r) => !r.ok && r.reason === "throttled").length;
    expect(checked + refused).toBe(attempts);
    expect(refused).toBeGreaterThan(0);
    const rows = await db.loginAttempt.findMany({
      where: { scope: "ADDRESS", key: from },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    });
    // Exactly the checked attempts were recorded, each started no earlier than its address's back-off allowed.
    expect(rows).toHaveLength(checked);
    for (let i = policy.freeAddressFailures + 1; i < rows.length; i++) {
      const gap = rows[i].createdAt.getTime() - rows[i - 1].createdAt.getTime();
      expect(gap, `gap before attempt ${i}`).toBeGreaterThanOrEqual(backoffMs(i, policy.freeAddressFailures, policy));
    }
  });
});
