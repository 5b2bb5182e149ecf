// API tokens are managed from a browser session (issue 10, item 12): a token can list its owner's
// tokens but cannot create further tokens nor revoke any, so a leaked token cannot outlive its
// revocation through successors. The same routes work with the session cookie.
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { DELETE as revokeRoute } from "@/app/api/v1/tokens/[id]/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/tokens/route";
import { createBrowserSession, userForApiToken } from "@/lib/auth/identity";
import { db } from "@/lib/db/client";
import { createApiToken, revokeApiToken } from "@/lib/tokens/mutations";
import { callRoute, expectApiError } from "./api-harness";
import { makeUser, uniqueSuffix } from "./factories";

beforeAll(() => {
  // lib/http/session.ts reads the secret on each request.
  process.env.NEXTAUTH_SECRET ??= `test-secret-${uniqueSuffix()}-${uniqueSuffix()}`;
});

/** Headers of a same-origin browser request signed in as the user (the next-auth session cookie). */
async function browserHeaders(userId: string): Promise<Record<string, string>> {
  const sid = await createBrowserSession(userId, {});
  const cookie = await encode({ token: { sid }, secret: process.env.NEXTAUTH_SECRET! });
  return { cookie: `next-auth.session-token=${cookie}`, origin: "http://localhost", "sec-fetch-site": "same-origin" };
}

describe("managing API tokens", () => {
  it("with an API token: listing works, creating answers 403 with a clear message and creates nothing", async () => {
    const user = await makeUser("EDITOR");
    const { token } = await createApiToken(user, { name: "ci" });
    const listed = await callRoute(listRoute, { method: "GET", url: "/api/v1/tokens", token });
    expect(listed.status).toBe(200);

    const answer = await callRoute(createRoute, {
      method: "POST",
      url: "/api/v1/tokens",
      token,
      json: { name: "offspring" },
    });
    const error = expectApiError(answer, 403, "FORBIDDEN");
    expect(error.message).toMatch(/browser session/);
    expect(await db.apiToken.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { actorId: user.id, action: "token.created" } })).toBe(1);
  });

  it("with an API token: revoking, even itself or a sibling, answers 403 and revokes nothing", async () => {
    const user = await makeUser("REVIEWER");
    const [first, second] = [await createApiToken(user, { name: "one" }), await createApiToken(user, { name: "two" })];
    for (const target of [first, second]) {
      const answer = await callRoute(revokeRoute, {
        method: "DELETE",
        url: `/api/v1/tokens/${target.id}`,
        params: { id: target.id },
        token: first.token,
      });
      expectApiError(answer, 403, "FORBIDDEN");
    }
    expect(await userForApiToken(first.token)).not.toBeNull();
    expect(await userForApiToken(second.token)).not.toBeNull();
  });

  it("with the browser session: creating and revoking work", async () => {
    const user = await makeUser("REVIEWER");
    const headers = await browserHeaders(user.id);
    const created = await callRoute(createRoute, {
      method: "POST",
      url: "/api/v1/tokens",
      headers,
      json: { name: "laptop" },
    });
    expect(created.status, created.text).toBe(201);
    const body = created.body as { id: string; token: string };
    expect(await userForApiToken(body.token)).toMatchObject({ id: user.id });

    const revoked = await callRoute(revokeRoute, {
      method: "DELETE",
      url: `/api/v1/tokens/${body.id}`,
      params: { id: body.id },
      headers,
    });
    expect(revoked.status, revoked.text).toBe(200);
    expect(await userForApiToken(body.token)).toBeNull();
  });

  it("is refused by the domain function itself for the token channel, whoever calls it", async () => {
    const user = await makeUser("ADMIN");
    const existing = await createApiToken(user, { name: "existing" });
    await expect(createApiToken(user, { name: "x" }, { via: "token" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(revokeApiToken(user, existing.id, { via: "token" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // The CLI (the operator's shell) and the settings page (a session) may.
    await expect(createApiToken(user, { name: "from the shell" }, { via: "cli" })).resolves.toMatchObject({
      name: "from the shell",
    });
  });
});
