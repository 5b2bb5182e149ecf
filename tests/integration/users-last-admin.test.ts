// There is always an active admin (issue 10, item 9): two admins demoting or deactivating each
// other at the same moment must leave one. "The last admin" is about the whole database, so this
// file runs in a schema of its own, where it controls how many admins there are.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/identity";
import { db, disconnectDb } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { pgConnection } from "@/lib/db/url";
import { createUser, updateUser } from "@/lib/users/mutations";
import { TEST_PASSWORD, uniqueSuffix } from "./factories";

const schema = `lastadmin_${uniqueSuffix().replace(/-/g, "")}`;
let schemaClient: pg.Client;
const sharedDatabaseUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  const url = new URL(inject("databaseUrl"));
  url.searchParams.set("schema", schema);
  schemaClient = new pg.Client({ connectionString: pgConnection(inject("databaseUrl")).connectionString });
  await schemaClient.connect();
  await schemaClient.query(`CREATE SCHEMA ${schema}`);
  await applyMigrations(url.toString());
  // From here on, lib/ (through lib/db/client.ts) works in this schema only.
  await disconnectDb();
  process.env.DATABASE_URL = url.toString();
}, 120_000);

afterAll(async () => {
  await disconnectDb();
  process.env.DATABASE_URL = sharedDatabaseUrl;
  await schemaClient.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await schemaClient.end();
});

async function makeAdmin(): Promise<CurrentUser> {
  const user = await createUser(
    null,
    {
      email: `admin-${uniqueSuffix()}@test.local`,
      name: `Admin ${uniqueSuffix()}`,
      role: "ADMIN",
      password: TEST_PASSWORD,
    },
    { viaCli: true },
  );
  return { id: user.id, email: user.email, name: user.name, role: user.role, active: user.active, timeZone: null, locale: null };
}

/** Deactivates every admin but the given ones, so a round starts with exactly these. */
async function onlyAdmins(...keep: CurrentUser[]) {
  await db.user.updateMany({
    where: { role: "ADMIN", active: true, id: { notIn: keep.map((user) => user.id) } },
    data: { active: false },
  });
}

const activeAdmins = () => db.user.count({ where: { role: "ADMIN", active: true } });

describe("the last active admin", () => {
  it("cannot be demoted or deactivated by anyone", async () => {
    const [only, other] = [await makeAdmin(), await makeAdmin()];
    await onlyAdmins(only, other);
    await updateUser(other, only.id, { role: "EDITOR" });
    // `other` is now the last admin; `only`, no longer an admin, cannot act at all.
    await expect(updateUser(only, other.id, { active: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A stale admin object (made before the demotion) is refused too: authority is read under the lock.
    await expect(updateUser({ ...only, role: "ADMIN" }, other.id, { role: "REVIEWER" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await activeAdmins()).toBe(1);
  });

  it("cannot take themselves away, and a new admin can take over from them", async () => {
    const [a, b] = [await makeAdmin(), await makeAdmin()];
    await onlyAdmins(a, b);
    await updateUser(b, a.id, { role: "EDITOR" });
    expect(await activeAdmins()).toBe(1);
    await expect(updateUser(b, b.id, { active: false })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(updateUser(b, b.id, { role: "REVIEWER" })).rejects.toMatchObject({ code: "CONFLICT" });
    // Someone made admin (here with the CLI's authority) can then demote the old one.
    const c = await makeAdmin();
    await updateUser(c, b.id, { role: "EDITOR" });
    expect(await activeAdmins()).toBe(1);
  });

  it("survives two admins demoting or deactivating each other at the same moment, round after round", async () => {
    const rounds = 15;
    const changes = [{ role: "EDITOR" as const }, { active: false }, { role: "REVIEWER" as const }];
    let bothSucceeded = 0;
    for (let round = 0; round < rounds; round++) {
      const [a, b] = [await makeAdmin(), await makeAdmin()];
      await onlyAdmins(a, b);
      const results = await Promise.allSettled([
        updateUser(a, b.id, changes[round % changes.length]),
        updateUser(b, a.id, changes[(round + 1) % changes.length]),
      ]);
      if (results.every((result) => result.status === "fulfilled")) bothSucceeded++;
      expect(await activeAdmins(), `round ${round}`).toBe(1);
      const refused = results.filter((result) => result.status === "rejected");
      expect(refused, `round ${round}`).toHaveLength(1);
      // The loser learns why: either it was no longer an admin, or the other was the last one.
      expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({
        code: expect.stringMatching(/^(FORBIDDEN|CONFLICT)$/),
      });
    }
    expect(bothSucceeded).toBe(0);
  });

  it("does not get in the way of changes that leave an admin, also in parallel", async () => {
    const [a, b, c] = [await makeAdmin(), await makeAdmin(), await makeAdmin()];
    await onlyAdmins(a, b, c);
    const results = await Promise.allSettled([
      updateUser(a, b.id, { role: "EDITOR" }),
      updateUser(b, c.id, { active: false }),
      updateUser(c, a.id, { role: "REVIEWER" }),
    ]);
    // However they interleave, at least one admin remains, and each refusal says why.
    expect(await activeAdmins()).toBeGreaterThanOrEqual(1);
    for (const result of results) {
      if (result.status === "rejected")
        expect(result.reason).toMatchObject({ code: expect.stringMatching(/^(FORBIDDEN|CONFLICT)$/) });
    }
    expect(results.some((result) => result.status === "fulfilled")).toBe(true);
  });
});
