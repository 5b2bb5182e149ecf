import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createBrowserSession, userForSession } from "@/lib/auth/identity";
import { createUser, updateUser } from "@/lib/users/mutations";
import { makeUser, uniqueSuffix } from "./factories";

describe("user management", () => {
  it("lets an admin create a user, hashing the password and recording the event", async () => {
    const admin = await makeUser("ADMIN");
    const email = `New.Person-${uniqueSuffix()}@Example.org`;
    const user = await createUser(admin, { email, name: "New Person", role: "EDITOR", password: "long enough pw" });
    expect(user.email).toBe(email.toLowerCase());
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    const audit = await db.auditEvent.findFirst({ where: { entityId: user.id, action: "user.created" } });
    expect(audit?.actorId).toBe(admin.id);
  });

  it("refuses editors and reviewers", async () => {
    for (const role of ["EDITOR", "REVIEWER"] as const) {
      const actor = await makeUser(role);
      await expect(
        createUser(actor, {
          email: `x-${uniqueSuffix()}@t.local`,
          name: "X",
          role: "ADMIN",
          password: "long enough pw",
        }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("answers a duplicate email with a field error", async () => {
    const admin = await makeUser("ADMIN");
    const existing = await makeUser("REVIEWER");
    await expect(
      createUser(admin, {
        email: existing.email.toUpperCase(),
        name: "Dup",
        role: "REVIEWER",
        password: "long enough pw",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { fields: { email: [expect.any(String)] } } });
  });

  it("gives a message per invalid field", async () => {
    const admin = await makeUser("ADMIN");
    await expect(createUser(admin, { email: "nope", name: "", role: "KING", password: "short" })).rejects.toMatchObject(
      {
        code: "VALIDATION_FAILED",
        details: {
          fields: {
            email: [expect.any(String)],
            name: [expect.any(String)],
            role: [expect.any(String)],
            password: [expect.any(String)],
          },
        },
      },
    );
  });

  it("applies a role change on the user's next request", async () => {
    const admin = await makeUser("ADMIN");
    const reviewer = await makeUser("REVIEWER");
    const sid = await createBrowserSession(reviewer.id, {});
    expect((await userForSession(sid))?.role).toBe("REVIEWER");
    await updateUser(admin, reviewer.id, { role: "EDITOR" });
    expect((await userForSession(sid))?.role).toBe("EDITOR");
    const audit = await db.auditEvent.findFirst({ where: { entityId: reviewer.id, action: "user.role_changed" } });
    expect(audit?.before).toEqual({ role: "REVIEWER" });
    expect(audit?.after).toEqual({ role: "EDITOR" });
  });

  it("ends a deactivated user's sessions at once and keeps their past work attributed", async () => {
    const admin = await makeUser("ADMIN");
    const editor = await makeUser("EDITOR");
    const sid = await createBrowserSession(editor.id, {});
    await db.auditEvent.create({
      data: { actorId: editor.id, action: "claim.edited", entityType: "Claim", entityId: "c1" },
    });

    const updated = await updateUser(admin, editor.id, { active: false });
    expect(updated.active).toBe(false);
    expect(updated.deactivatedAt).toBeInstanceOf(Date);
    expect(await userForSession(sid)).toBeNull();
    const work = await db.auditEvent.findFirst({
      where: { actorId: editor.id, action: "claim.edited" },
      include: { actor: true },
    });
    expect(work?.actor?.email).toBe(editor.email);

    const reactivated = await updateUser(admin, editor.id, { active: true });
    expect(reactivated.active).toBe(true);
    expect(reactivated.deactivatedAt).toBeNull();
  });

  it("does not let an admin lock themselves out", async () => {
    const admin = await makeUser("ADMIN");
    await expect(updateUser(admin, admin.id, { active: false })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(updateUser(admin, admin.id, { role: "EDITOR" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("answers an unknown user with NOT_FOUND", async () => {
    const admin = await makeUser("ADMIN");
    await expect(updateUser(admin, "no-such-id", { role: "EDITOR" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
