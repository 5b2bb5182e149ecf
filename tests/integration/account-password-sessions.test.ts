// Changing one's own password ends the OTHER sessions (not the one in use, not API tokens); an
// admin's "require a new password" ends every session and sends the user to the form; the
// sessions list and "sign out everywhere else".
import { describe, expect, it } from "vitest";
import { createBrowserSession, signInWithPassword, userForApiToken, userForSession } from "@/lib/auth/identity";
import { NO_PASSWORD_MESSAGE } from "@/lib/accounts/confirm-password";
import { accountOverview } from "@/lib/accounts/overview";
import { changeOwnPassword, requirePasswordChange } from "@/lib/accounts/password";
import { endOtherSessions, listOwnSessions } from "@/lib/accounts/sessions";
import { pendingAccountStep } from "@/lib/accounts/steps";
import { setTwoFactorRequiredForStaff, twoFactorRequiredFor, twoFactorRequiredForStaff } from "@/lib/accounts/settings";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { createApiToken } from "@/lib/tokens/mutations";
import { GET as meRoute } from "@/app/api/v1/me/route";
import { callRoute, expectApiError, sessionCookie, TEST_SESSION_SECRET } from "./api-harness";
import { makeUser, TEST_PASSWORD, uniqueSuffix } from "./factories";

process.env.NEXTAUTH_SECRET = TEST_SESSION_SECRET;

const address = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}-${uniqueSuffix()}`;
const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:135.0) Gecko/20100101 Firefox/135.0";
const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1";

describe("changing your password", () => {
  it("needs the current password, keeps this session and the API tokens, ends the other sessions", async () => {
    const user = await makeUser("REVIEWER");
    const here = await createBrowserSession(user.id, { userAgent: FIREFOX });
    const phone = await createBrowserSession(user.id, { userAgent: IPHONE });
    const { token } = await createApiToken(user, { name: "script" });

    await expect(
      changeOwnPassword(
        user,
        { currentPassword: "not my password", newPassword: "a new long password" },
        { currentSessionToken: here, clientAddress: address() },
      ),
    ).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      details: { fields: { currentPassword: [expect.any(String)] } },
    });
    await expect(
      changeOwnPassword(
        user,
        { currentPassword: TEST_PASSWORD, newPassword: "short" },
        { currentSessionToken: here, clientAddress: address() },
      ),
    ).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: { fields: { newPassword: [expect.any(String)] } } });
    expect(await userForSession(phone)).not.toBeNull();

    const { endedSessions } = await changeOwnPassword(
      user,
      { currentPassword: TEST_PASSWORD, newPassword: "a new long password" },
      { currentSessionToken: here, clientAddress: address() },
    );
    expect(endedSessions).toBe(1);
    expect(await userForSession(here)).not.toBeNull();
    expect(await userForSession(phone)).toBeNull();
    expect(await userForApiToken(token)).toMatchObject({ id: user.id });
    expect((await signInWithPassword(user.email, "a new long password", address())).ok).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: user.id, action: "user.password_changed" },
    });
    expect(audit.after).toEqual({ via: "app", endedSessions: 1 });
  });

  it("an account made by single sign-on has no password to change: the page says so and the server refuses clearly", async () => {
    const user = await makeUser("REVIEWER");
    const here = await createBrowserSession(user.id, { userAgent: FIREFOX });
    expect((await accountOverview(user, here)).hasPassword).toBe(true);
    await db.user.update({ where: { id: user.id }, data: { passwordHash: null } });
    expect((await accountOverview(user, here)).hasPassword).toBe(false);
    await expect(
      changeOwnPassword(
        user,
        { currentPassword: "anything at all", newPassword: "a new long password" },
        { currentSessionToken: here, clientAddress: address() },
      ),
    ).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      details: { fields: { currentPassword: [NO_PASSWORD_MESSAGE] } },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
    expect(await userForSession(here)).not.toBeNull();
  });
});

describe("an admin requires a new password", () => {
  it("ends every session; at the next sign-in the user must change it before anything else", async () => {
    const admin = await makeUser("ADMIN");
    const editor = await makeUser("EDITOR");
    const sid = await createBrowserSession(editor.id, {});
    await expect(requirePasswordChange(editor, admin.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await requirePasswordChange(admin, editor.id)).toEqual({ endedSessions: 1 });
    expect(await userForSession(sid)).toBeNull();

    const signedIn = await signInWithPassword(editor.email, TEST_PASSWORD, address());
    expect(signedIn.ok).toBe(true);
    const fresh = await createBrowserSession(editor.id, {});
    const user = (await userForSession(fresh))!;
    expect(await pendingAccountStep(user)).toBe("change-password");
    // Its API calls wait too (with the browser session; its tokens are not affected).
    const { cookie } = await sessionCookie(editor.id);
    const refused = await callRoute(meRoute, { method: "GET", url: "/api/v1/me", cookie, outsideContract: true });
    expect(expectApiError(refused, 403, "FORBIDDEN").message).toMatch(/Settings → Account/);
    const { token } = await createApiToken(editor, { name: "still works" });
    expect((await callRoute(meRoute, { method: "GET", url: "/api/v1/me", token })).status).toBe(200);
    await changeOwnPassword(
      user,
      { currentPassword: TEST_PASSWORD, newPassword: "chosen by me now" },
      { currentSessionToken: fresh, clientAddress: address() },
    );
    expect(await pendingAccountStep((await userForSession(fresh))!)).toBeNull();
  });
});

describe("two-factor required for admins and editors", () => {
  it("sends admins and editors without it to enrolment, never reviewers; only admins change it", async () => {
    const admin = await makeUser("ADMIN");
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    await expect(setTwoFactorRequiredForStaff(editor, { requiredForStaff: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(setTwoFactorRequiredForStaff(admin, { requiredForStaff: "yes" })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });
    // Other test files share the database and sign editors in: the setting stays off for them,
    // and "on" is given to the step check directly.
    expect(await setTwoFactorRequiredForStaff(admin, { requiredForStaff: false })).toBe(false);
    expect(await twoFactorRequiredForStaff()).toBe(false);
    const on = { twoFactorRequiredFor: (role: Role) => twoFactorRequiredFor(role, true) };
    const session = async (id: string) => (await userForSession(await createBrowserSession(id, {})))!;
    expect(await pendingAccountStep(await session(editor.id), on)).toBe("enrol-two-factor");
    expect(await pendingAccountStep(await session(admin.id), on)).toBe("enrol-two-factor");
    expect(await pendingAccountStep(await session(reviewer.id), on)).toBeNull();
    expect(await pendingAccountStep(await session(editor.id))).toBeNull();
  });
});

describe("your sessions", () => {
  it("lists device, address and last seen, this one first; signing out everywhere else keeps only this one", async () => {
    const user = await makeUser("EDITOR");
    const here = await createBrowserSession(user.id, { userAgent: FIREFOX, ipAddress: "192.0.2.10" });
    await createBrowserSession(user.id, { userAgent: IPHONE, ipAddress: "198.51.100.7" });
    await createBrowserSession(user.id, {});
    const sessions = await listOwnSessions(user, here);
    expect(sessions).toHaveLength(3);
    expect(sessions[0]).toMatchObject({ current: true, browser: "Firefox", os: "Windows", ipAddress: "192.0.2.10" });
    expect(sessions).toContainEqual(
      expect.objectContaining({ browser: "Safari", os: "iOS", ipAddress: "198.51.100.7", current: false }),
    );
    expect(sessions).toContainEqual(expect.objectContaining({ browser: null, os: null, current: false }));

    // Last seen moves when the session is used (at most once a minute).
    const other = await db.session.findFirstOrThrow({ where: { userId: user.id, ipAddress: "198.51.100.7" } });
    await db.session.update({ where: { id: other.id }, data: { lastSeenAt: new Date(Date.now() - 3_600_000) } });
    await userForSession(other.sessionToken);
    const seen = (await db.session.findUniqueOrThrow({ where: { id: other.id } })).lastSeenAt!;
    expect(Date.now() - seen.getTime()).toBeLessThan(10_000);

    expect(await endOtherSessions(user, here)).toEqual({ endedSessions: 2 });
    expect((await listOwnSessions(user, here)).map((s) => s.current)).toEqual([true]);
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.sessions_ended" } })).toBe(1);
  });
});
