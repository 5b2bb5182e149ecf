import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { userForApiToken } from "@/lib/auth/identity";
import { hashApiToken } from "@/lib/auth/tokens";
import { createApiToken, revokeApiToken } from "@/lib/tokens/mutations";
import { listTokensOf } from "@/lib/tokens/data";
import { updateUser } from "@/lib/users/mutations";
import { makeUser } from "./factories";

describe("personal API tokens", () => {
  it("authenticate as their owner until revoked, and are stored only as a hash", async () => {
    const editor = await makeUser("EDITOR");
    const created = await createApiToken(editor, { name: "CMS" });
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.tokenHash).toBe(hashApiToken(created.token));
    expect(JSON.stringify(stored)).not.toContain(created.token);

    expect(await userForApiToken(created.token)).toMatchObject({ id: editor.id, role: "EDITOR" });
    expect((await listTokensOf(editor.id)).map((t) => t.name)).toEqual(["CMS"]);

    await revokeApiToken(editor, created.id);
    expect(await userForApiToken(created.token)).toBeNull();
    const events = await db.auditEvent.findMany({ where: { entityId: created.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["token.created", "token.revoked"]);
  });

  it("cannot be revoked by another user", async () => {
    const owner = await makeUser("EDITOR");
    const other = await makeUser("ADMIN");
    const created = await createApiToken(owner, { name: "mine" });
    await expect(revokeApiToken(other, created.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await userForApiToken(created.token)).not.toBeNull();
  });

  it("are revoked, for good, when the owner is deactivated, and the audit event says how many", async () => {
    const admin = await makeUser("ADMIN");
    const reviewer = await makeUser("REVIEWER");
    const [first, second] = [
      await createApiToken(reviewer, { name: "script" }),
      await createApiToken(reviewer, { name: "laptop" }),
    ];
    await revokeApiToken(reviewer, second.id);
    await updateUser(admin, reviewer.id, { active: false });
    expect(await userForApiToken(first.token)).toBeNull();
    const tokens = await db.apiToken.findMany({ where: { userId: reviewer.id } });
    expect(tokens.every((token) => token.revokedAt instanceof Date)).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: reviewer.id, action: "user.deactivated" },
    });
    // Only the token that was still active counts as revoked by the deactivation.
    expect(event.after).toMatchObject({ active: false, revokedTokens: 1 });

    // Reactivation does not bring them back: the person makes new ones.
    await updateUser(admin, reviewer.id, { active: true });
    expect(await userForApiToken(first.token)).toBeNull();
  });

  it("need a name", async () => {
    const user = await makeUser("REVIEWER");
    await expect(createApiToken(user, { name: "  " })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      details: { fields: { name: [expect.any(String)] } },
    });
  });
});
