// Review fixes in the token and user domains: ids that are not ids never reach a where clause,
// the token listing asks for permission, and two creates of one email end in a 409, not a 500.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as listTokensRoute } from "@/app/api/v1/tokens/route";
import { db } from "@/lib/db/client";
import { listOwnTokens } from "@/lib/tokens/data";
import { createApiToken, revokeApiToken } from "@/lib/tokens/mutations";
import { createUser, updateUser } from "@/lib/users/mutations";
import { makeUser, TEST_PASSWORD, uniqueSuffix } from "./factories";

const BAD_IDS: unknown[] = [undefined, null, 0, 42, "", "   ", "x".repeat(65), { id: "x" }];

describe("revoking a token", () => {
  it("refuses ids that are not ids with VALIDATION_FAILED and revokes nothing", async () => {
    const owner = await makeUser("EDITOR");
    const tokens = await Promise.all([createApiToken(owner, { name: "one" }), createApiToken(owner, { name: "two" })]);
    for (const bad of BAD_IDS) {
      await expect(revokeApiToken(owner, bad as string), String(bad)).rejects.toMatchObject({
        code: "VALIDATION_FAILED",
        details: { fields: { token: [expect.any(String)] } },
      });
    }
    expect(await db.apiToken.count({ where: { id: { in: tokens.map((t) => t.id) }, revokedAt: { not: null } } })).toBe(0);
    expect(await db.auditEvent.count({ where: { actorId: owner.id, action: "token.revoked" } })).toBe(0);
    await revokeApiToken(owner, `  ${tokens[0].id}  `);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: tokens[0].id } })).revokedAt).toBeInstanceOf(Date);
  });
});

describe("listing tokens", () => {
  it("lists only the actor's own tokens, over the API too", async () => {
    const [owner, other] = await Promise.all([makeUser("REVIEWER"), makeUser("ADMIN")]);
    const mine = await createApiToken(owner, { name: "laptop" });
    await createApiToken(other, { name: "not yours" });
    expect((await listOwnTokens(owner)).map((t) => t.name)).toEqual(["laptop"]);
    const request = new NextRequest("http://localhost/api/v1/tokens", { headers: { authorization: `Bearer ${mine.token}` } });
    const response = await listTokensRoute(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { tokens: { id: string; name: string }[] };
    expect(body.tokens.map((t) => t.name)).toEqual(["laptop"]);
    expect(JSON.stringify(body)).not.toContain(mine.token);
  });

  it("asks the permission table: a deactivated actor is refused", async () => {
    const user = await makeUser("EDITOR");
    await expect(listOwnTokens({ ...user, active: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("updating a user", () => {
  it("refuses target ids that are not ids and changes nobody", async () => {
    const admin = await makeUser("ADMIN");
    for (const bad of BAD_IDS) {
      await expect(updateUser(admin, bad as string, { role: "REVIEWER" }), String(bad)).rejects.toMatchObject({
        code: "VALIDATION_FAILED",
        details: { fields: { user: [expect.any(String)] } },
      });
    }
    expect(await db.auditEvent.count({ where: { actorId: admin.id } })).toBe(0);
  });
});

describe("creating the same user twice at once", () => {
  const input = () => ({ email: `race-${uniqueSuffix()}@test.local`, name: "Race Person", role: "EDITOR", password: TEST_PASSWORD });

  it("creates one and answers CONFLICT on the email for the other", async () => {
    const admin = await makeUser("ADMIN");
    const same = input();
    const results = await Promise.allSettled([createUser(admin, same), createUser(admin, same)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [refused] = results.filter((r) => r.status === "rejected");
    expect(refused.reason).toMatchObject({ code: "CONFLICT", details: { fields: { email: [expect.stringMatching(/already exists/)] } } });
    expect(await db.user.count({ where: { email: same.email } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "user.created", after: { path: ["email"], equals: same.email } } })).toBe(1);
  });

  it("answers CONFLICT when the unique index, not the check, catches the duplicate", async () => {
    const admin = await makeUser("ADMIN");
    const same = input();
    let racing: Promise<unknown> = Promise.resolve();
    // Hold an uncommitted row with the email: the create's check cannot see it, its insert waits
    // on the unique index, and fails with P2002 once this transaction commits.
    await db.$transaction(
      async (tx) => {
        await tx.user.create({ data: { email: same.email, name: "Holder", role: "EDITOR", passwordHash: "x" } });
        racing = createUser(admin, same).then(
          () => null,
          (error: unknown) => error,
        );
        for (let waited = 0; ; waited += 50) {
          const [{ waiting }] = await db.$queryRaw<{ waiting: number }[]>`
            SELECT count(*)::int AS waiting FROM pg_stat_activity
            WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO "public"."User"%'`;
          if (waiting > 0) break;
          if (waited > 8_000) throw new Error("the racing create never reached its insert");
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      },
      { timeout: 15_000 },
    );
    expect(await racing).toMatchObject({ code: "CONFLICT", details: { fields: { email: [expect.any(String)] } } });
    expect(await db.user.count({ where: { email: same.email } })).toBe(1);
  });
});
