// An operator can change any password (issue 10, item 6): an admin in the app or over the API,
// and `npx claimledger user set-password` from the shell. The password rules apply, the change is
// audited, and it ends the user's browser sessions.
import { describe, expect, it } from "vitest";
import { PATCH as patchUserRoute } from "@/app/api/v1/users/[id]/route";
import { createBrowserSession, signInWithPassword, userForApiToken, userForSession } from "@/lib/auth/identity";
import { db } from "@/lib/db/client";
import { createApiToken } from "@/lib/tokens/mutations";
import { setPasswordViaCli, updateUser } from "@/lib/users/mutations";
import { callRoute, expectApiError } from "./api-harness";
import { runClaimledger } from "./cli-environment";
import { makeUser, TEST_PASSWORD, uniqueSuffix } from "./factories";

const NEW_PASSWORD = "a brand new passphrase";
const from = () => `192.0.2.${Math.floor(Math.random() * 250)}-${uniqueSuffix()}`;
const signsInWith = async (email: string, password: string) => (await signInWithPassword(email, password, from())).ok;

/** Runs the CLI, writing `stdin` to it (the password). */
const claimledger = (args: string[], stdin = "") => runClaimledger(args, { stdin });

describe("an admin setting someone's password", () => {
  it("replaces it, ends that user's browser sessions, keeps their tokens and records who did it", async () => {
    const admin = await makeUser("ADMIN");
    const editor = await makeUser("EDITOR");
    const sessions = [await createBrowserSession(editor.id, {}), await createBrowserSession(editor.id, {})];
    const adminSession = await createBrowserSession(admin.id, {});
    const token = await createApiToken(editor, { name: "script" });

    const updated = await updateUser(admin, editor.id, { password: NEW_PASSWORD });
    expect(updated).not.toHaveProperty("passwordHash");

    expect(await signsInWith(editor.email, TEST_PASSWORD)).toBe(false);
    expect(await signsInWith(editor.email, NEW_PASSWORD)).toBe(true);
    for (const sid of sessions) expect(await userForSession(sid)).toBeNull();
    expect(await userForSession(adminSession)).not.toBeNull();
    expect(await userForApiToken(token.token)).toMatchObject({ id: editor.id });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: editor.id, action: "user.password_changed" },
    });
    expect(audit).toMatchObject({ actorId: admin.id, after: { via: "app", endedSessions: 2 } });
    expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);
  });

  it("applies the password rules and changes nothing when they fail", async () => {
    const admin = await makeUser("ADMIN");
    const editor = await makeUser("EDITOR");
    const sid = await createBrowserSession(editor.id, {});
    for (const password of ["short", "", 42, "x".repeat(201)]) {
      await expect(updateUser(admin, editor.id, { password })).rejects.toMatchObject({
        code: "VALIDATION_FAILED",
        details: { fields: { password: [expect.any(String)] } },
      });
    }
    expect(await signsInWith(editor.email, TEST_PASSWORD)).toBe(true);
    expect(await userForSession(sid)).not.toBeNull();
  });

  it("is for admins only", async () => {
    const editor = await makeUser("EDITOR");
    const other = await makeUser("REVIEWER");
    await expect(updateUser(editor, other.id, { password: NEW_PASSWORD })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await signsInWith(other.email, TEST_PASSWORD)).toBe(true);
  });

  it("works over PATCH /api/v1/users/{id}, which answers without the hash", async () => {
    const [admin, editor, reviewer] = [await makeUser("ADMIN"), await makeUser("EDITOR"), await makeUser("REVIEWER")];
    const adminToken = (await createApiToken(admin, { name: "ops" })).token;
    const editorToken = (await createApiToken(editor, { name: "desk" })).token;
    const url = `/api/v1/users/${reviewer.id}`;
    const patch = (token: string, json: unknown) =>
      callRoute(patchUserRoute, { method: "PATCH", url, params: { id: reviewer.id }, token, json });

    expectApiError(await patch(editorToken, { password: NEW_PASSWORD }), 403, "FORBIDDEN");
    const short = expectApiError(await patch(adminToken, { password: "short" }), 400, "VALIDATION_FAILED");
    expect(short.fields?.password?.[0]).toMatch(/at least 10/);
    const answer = await patch(adminToken, { password: NEW_PASSWORD });
    expect(answer.status).toBe(200);
    expect(answer.text).not.toMatch(/argon2|passwordHash/);
    expect(await signsInWith(reviewer.email, NEW_PASSWORD)).toBe(true);
  });
});

describe("npx claimledger user set-password", () => {
  it("reads the password from standard input, sets it and ends the user's sessions", async () => {
    const user = await makeUser("ADMIN");
    const sid = await createBrowserSession(user.id, {});
    const result = await claimledger(
      ["user", "set-password", "--email", user.email.toUpperCase()],
      `${NEW_PASSWORD}\n`,
    );
    expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(result.stdout).toContain(`Set a new password for ${user.email}; ended 1 browser session.`);
    expect(result.stdout + result.stderr).not.toContain(NEW_PASSWORD);
    expect(await userForSession(sid)).toBeNull();
    expect(await signsInWith(user.email, NEW_PASSWORD)).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: user.id, action: "user.password_changed" },
    });
    expect(audit).toMatchObject({ actorId: null, after: { via: "cli", endedSessions: 1 } });
  });

  it("applies the password rules and explains a refusal", async () => {
    const user = await makeUser("EDITOR");
    const result = await claimledger(["user", "set-password", "--email", user.email, "--password", "short"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("password: Use at least 10 characters.");
    expect(await signsInWith(user.email, TEST_PASSWORD)).toBe(true);
  });

  it("answers an unknown email with NOT_FOUND", async () => {
    await expect(
      setPasswordViaCli(`nobody-${uniqueSuffix()}@test.local`, { password: NEW_PASSWORD }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
