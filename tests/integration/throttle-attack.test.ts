// The attacks from the outside test (issue 10, items 3 and 4), replayed against the sign-in
// throttle: nobody can lock an account, a forged X-Forwarded-For buys no fresh address, and old
// attempt rows are pruned. The first test runs on the default policy and reports the victim's
// latency; the others use shorter waits of the same shape.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddressFrom,
  installClientAddressHeader,
  throttleAddressKey,
} from "@/lib/auth/client-address";
import { pruneLoginAttempts, signInWithPassword, type SignInResult } from "@/lib/auth/identity";
import { DEFAULT_THROTTLE_POLICY, type ThrottlePolicy } from "@/lib/auth/throttle";
import { db } from "@/lib/db/client";
import { authorizeCredentials } from "@/lib/http/auth-options";
import { makeUser, TEST_PASSWORD, uniqueSuffix } from "./factories";

const FAST: ThrottlePolicy = { ...DEFAULT_THROTTLE_POLICY, baseDelayMs: 20, maxDelayMs: 300, maxAddressFailures: 12 };
const address = () => `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}-${uniqueSuffix()}`;

/** Attack loops that hammer one account with wrong passwords, each from its own address, until stopped. */
function hammer(email: string, addresses: string[], policy?: ThrottlePolicy) {
  let stopped = false;
  const results: SignInResult[] = [];
  const loops = addresses.map(async (from) => {
    while (!stopped) {
      const result = await signInWithPassword(email, `guess ${uniqueSuffix()}`, from, { policy });
      results.push(result);
      // A refused attacker retries at once (a real one would too), but not in a busy loop.
      if (!result.ok && result.reason === "throttled") await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });
  return {
    results,
    async stop() {
      stopped = true;
      await Promise.all(loops);
    },
  };
}

async function accountFailures(email: string) {
  return db.loginAttempt.count({ where: { scope: "ACCOUNT", key: email, succeeded: false } });
}

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("an attacker hammering an account", () => {
  it("cannot keep its owner out: the right password signs in within the back-off cap (default policy)", async () => {
    const victim = await makeUser("ADMIN");
    const attack = hammer(victim.email, Array.from({ length: 12 }, address));
    try {
      // Enough failures (counted from the moment each attempt is planned) that every attempt on
      // the account now waits the full cap.
      await until(async () => (await accountFailures(victim.email)) >= 10, "10 failures");
      const started = performance.now();
      const result = await signInWithPassword(victim.email, TEST_PASSWORD, address());
      const ms = performance.now() - started;
      expect(result).toMatchObject({ ok: true, user: { id: victim.id } });
      console.info(`[throttle] victim sign-in under attack (12 addresses, default policy): ${Math.round(ms)} ms`);
      expect(ms).toBeLessThan(DEFAULT_THROTTLE_POLICY.maxDelayMs + 3_000);
    } finally {
      await attack.stop();
    }
    expect(attack.results.some((result) => result.ok)).toBe(false);
    const checked = attack.results.filter((result) => !result.ok && result.reason === "invalid").length;
    console.info(
      `[throttle] the attack got ${checked} guesses checked in total, ${attack.results.length - checked} refused`,
    );
  }, 90_000);

  it("slows the attacker's own address down until it is refused, while the owner keeps signing in elsewhere", async () => {
    const victim = await makeUser("EDITOR");
    const attacker = address();
    const attack = hammer(victim.email, [attacker, attacker, attacker], FAST);
    try {
      await until(
        async () => attack.results.some((result) => !result.ok && result.reason === "throttled"),
        "the attacker's address to be refused",
      );
      expect(await signInWithPassword(victim.email, TEST_PASSWORD, address(), { policy: FAST })).toMatchObject({
        ok: true,
      });
    } finally {
      await attack.stop();
    }
    const recorded = await db.loginAttempt.count({ where: { scope: "ADDRESS", key: attacker } });
    expect(recorded).toBeLessThanOrEqual(FAST.maxAddressFailures);
  });

  it("from the owner's own address: the owner waits while the address is merely failing, and shares its refusal once it is abusive", async () => {
    const victim = await makeUser("EDITOR");
    const shared = address();
    for (let i = 0; i < FAST.freeAddressFailures + 2; i++) {
      await signInWithPassword(victim.email, "wrong password", shared, { policy: FAST });
    }
    // Failing but not abusive: the right password still signs in from the shared address.
    expect(await signInWithPassword(victim.email, TEST_PASSWORD, shared, { policy: FAST })).toMatchObject({ ok: true });
    while (
      (await db.loginAttempt.count({ where: { scope: "ADDRESS", key: shared, succeeded: false } })) <
      FAST.maxAddressFailures
    ) {
      await signInWithPassword(victim.email, "wrong password", shared, { policy: FAST });
    }
    // Abusive: the address is refused, for everyone behind it; any other address is not.
    expect(await signInWithPassword(victim.email, TEST_PASSWORD, shared, { policy: FAST })).toEqual({
      ok: false,
      reason: "throttled",
    });
    expect(await signInWithPassword(victim.email, TEST_PASSWORD, address(), { policy: FAST })).toMatchObject({
      ok: true,
    });
  });
});

describe("a forged X-Forwarded-For", () => {
  const socketAddress = () => `203.0.113.${Math.floor(Math.random() * 250)}`;

  it("buys no fresh address: 60 guesses over 15 accounts with a new forged address each count against the connection", async () => {
    const connection = socketAddress();
    const key = throttleAddressKey(connection);
    await db.loginAttempt.deleteMany({ where: { scope: "ADDRESS", key } });
    const accounts = await Promise.all(Array.from({ length: 15 }, () => makeUser("REVIEWER")));
    const results: SignInResult[] = [];
    for (let i = 0; i < 60; i++) {
      const headers = { [CLIENT_ADDRESS_HEADER]: connection, "x-forwarded-for": `10.${i}.${i}.${i}` };
      const from = clientAddressFrom(headers, { trustedHops: 0, socketHeaderTrusted: true });
      results.push(await signInWithPassword(accounts[i % 15].email, "wrong password", from, { policy: FAST }));
    }
    const refused = results.filter((result) => !result.ok && result.reason === "throttled").length;
    console.info(`[throttle] forged X-Forwarded-For: ${60 - refused} of 60 guesses checked, ${refused} refused`);
    expect(60 - refused).toBe(FAST.maxAddressFailures);
    expect(await db.loginAttempt.count({ where: { scope: "ADDRESS", key: { startsWith: "10." } } })).toBe(0);
    await db.loginAttempt.deleteMany({ where: { scope: "ADDRESS", key } });
  });

  it("is ignored by the real sign-in path: attempts are recorded under the connection's address", async () => {
    installClientAddressHeader(); // what instrumentation.ts does at server start
    const user = await makeUser("REVIEWER");
    const connection = socketAddress();
    for (let i = 0; i < 3; i++) {
      const headers = {
        [CLIENT_ADDRESS_HEADER]: connection,
        "x-forwarded-for": `192.0.2.${i}`,
        "x-real-ip": "192.0.2.99",
      };
      expect(await authorizeCredentials({ email: user.email, password: "wrong password" }, { headers })).toBeNull();
    }
    const keys = await db.loginAttempt.findMany({
      where: {
        scope: "ADDRESS",
        createdAt: { gte: new Date(Date.now() - 60_000) },
        key: { in: [connection, "192.0.2.0", "192.0.2.1", "192.0.2.99"] },
      },
      select: { key: true },
    });
    expect(keys.map((row) => row.key)).toEqual([connection, connection, connection]);
  });

  describe("through a real HTTP server", () => {
    let server: http.Server;
    let url: string;

    beforeAll(async () => {
      installClientAddressHeader();
      server = http.createServer((request, response) => {
        const headers = Object.fromEntries(Object.entries(request.headers));
        response.end(JSON.stringify({ address: clientAddressFrom(headers, { trustedHops: 0 }) }));
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    });

    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("stamps every request with the socket's address, overwriting what the client sent", async () => {
      const response = await fetch(url, {
        headers: { "x-forwarded-for": "6.6.6.6", [CLIENT_ADDRESS_HEADER]: "7.7.7.7", "x-real-ip": "8.8.8.8" },
      });
      expect(await response.json()).toEqual({ address: "127.0.0.1" });
    });
  });
});

describe("old sign-in attempts", () => {
  it("are pruned: the sweep deletes every row older than the window and keeps the rest", async () => {
    const key = `prune-${uniqueSuffix()}`;
    const old = new Date(Date.now() - DEFAULT_THROTTLE_POLICY.windowMs - 60_000);
    await db.loginAttempt.createMany({
      data: [
        ...Array.from({ length: 30 }, () => ({ scope: "ADDRESS" as const, key, succeeded: false, createdAt: old })),
        { scope: "ADDRESS", key, succeeded: false, createdAt: new Date() },
      ],
    });
    const deleted = await pruneLoginAttempts();
    expect(deleted).toBeGreaterThanOrEqual(30);
    expect(await db.loginAttempt.count({ where: { key } })).toBe(1);
    expect(await db.loginAttempt.count({ where: { createdAt: { lt: old } } })).toBe(0);
  });

  it("of the account and address of an attempt are pruned by that attempt, and stop counting", async () => {
    const user = await makeUser("EDITOR");
    const from = address();
    const old = new Date(Date.now() - DEFAULT_THROTTLE_POLICY.windowMs - 1_000);
    await db.loginAttempt.createMany({
      data: Array.from({ length: 40 }, (_, i) => ({
        scope: i % 2 ? ("ADDRESS" as const) : ("ACCOUNT" as const),
        key: i % 2 ? from : user.email,
        succeeded: false,
        createdAt: old,
      })),
    });
    const started = performance.now();
    expect(await signInWithPassword(user.email, TEST_PASSWORD, from)).toMatchObject({ ok: true });
    expect(performance.now() - started).toBeLessThan(2_000); // the old failures no longer slow it down
    const left = await db.loginAttempt.count({
      where: {
        OR: [
          { scope: "ADDRESS", key: from },
          { scope: "ACCOUNT", key: user.email },
        ],
      },
    });
    expect(left).toBe(2);
  });
});
