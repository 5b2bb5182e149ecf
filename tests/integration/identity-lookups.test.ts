// A session or an API token is read with its user in one statement (lib/auth/identity.ts), on
// every page and every API call: what it answers for a live, an expired or an SSO session, a
// deactivated user, and when it touches lastSeenAt / lastUsedAt.
import { describe, expect, it } from "vitest";
import { callerForApiToken, createBrowserSession, userForSession } from "@/lib/auth/identity";
import { db } from "@/lib/db/client";
import { createApiToken } from "@/lib/tokens/mutations";
import { makeUser } from "./factories";

describe("a browser session's user", () => {
  it("is the whole current user, signed in with a password or through SSO", async () => {
    const editor = await makeUser("EDITOR");
    await db.user.update({ where: { id: editor.id }, data: { timeZone: "Asia/Beirut", locale: "ar" } });
    const password = await createBrowserSession(editor.id, { signInMethod: "PASSWORD" });
    expect(await userForSession(password)).toEqual({
      id: editor.id,
      email: editor.email,
      name: editor.name,
      role: "EDITOR",
      active: true,
      timeZone: "Asia/Beirut",
      locale: "ar",
      mustChangePassword: false,
      twoFactorEnabled: false,
      signedInWithSso: false,
    });
    const sso = await createBrowserSession(editor.id, { signInMethod: "SSO" });
    expect(await userForSession(sso)).toMatchObject({ id: editor.id, signedInWithSso: true });
  });

  it("is nobody for an expired session, a deactivated user or an unknown token", async () => {
    const reviewer = await makeUser("REVIEWER");
    const expired = await createBrowserSession(reviewer.id, {});
    await db.session.update({ where: { sessionToken: expired }, data: { expires: new Date(Date.now() - 1000) } });
    expect(await userForSession(expired)).toBeNull();

    const live = await createBrowserSession(reviewer.id, {});
    expect(await userForSession(live)).not.toBeNull();
    await db.user.update({ where: { id: reviewer.id }, data: { active: false } });
    expect(await userForSession(live)).toBeNull();
    expect(await userForSession("no-such-session")).toBeNull();
  });

  it("marks the session seen when it was last seen over a minute ago, not on every request", async () => {
    const reviewer = await makeUser("REVIEWER");
    const token = await createBrowserSession(reviewer.id, {});
    const longAgo = new Date(Date.now() - 5 * 60_000);
    await db.session.update({ where: { sessionToken: token }, data: { lastSeenAt: longAgo } });
    await userForSession(token);
    const touched = (await db.session.findUniqueOrThrow({ where: { sessionToken: token } })).lastSeenAt!;
    expect(touched.getTime()).toBeGreaterThan(longAgo.getTime());
    await userForSession(token);
    expect((await db.session.findUniqueOrThrow({ where: { sessionToken: token } })).lastSeenAt).toEqual(touched);
  });
});

describe("an API token's caller", () => {
  it("is its user and scope until it expires; its use is recorded at most once a minute", async () => {
    const admin = await makeUser("ADMIN");
    const created = await createApiToken(admin, { name: "read", readOnly: true });
    expect(await callerForApiToken(created.token)).toEqual({
      user: expect.objectContaining({ id: admin.id, role: "ADMIN", twoFactorEnabled: false }),
      readOnly: true,
    });
    const used = (await db.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt!;
    expect(used).toBeInstanceOf(Date);
    await callerForApiToken(created.token);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).toEqual(used);

    await db.apiToken.update({ where: { id: created.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await callerForApiToken(created.token)).toBeNull();
  });
});
