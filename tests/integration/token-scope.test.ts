// API tokens with an expiry and a read-only scope, enforced on the server for every write route.
import { describe, expect, it } from "vitest";
import { GET as listArticles, POST as importArticleRoute } from "@/app/api/v1/articles/route";
import { GET as getTimeZone, PUT as putTimeZone } from "@/app/api/v1/me/time-zone/route";
import { db } from "@/lib/db/client";
import { createApiToken } from "@/lib/tokens/mutations";
import { ROUTES, urlOf } from "./api-routes";
import { callRoute, expectApiError } from "./api-harness";
import { makeUser } from "./factories";

describe("read-only API tokens", () => {
  it("read what their owner may read and are refused on writes with 403 READ_ONLY_TOKEN, changing nothing", async () => {
    const editor = await makeUser("EDITOR");
    const { token, readOnly } = await createApiToken(editor, { name: "dashboards", readOnly: true });
    expect(readOnly).toBe(true);
    expect((await callRoute(listArticles, { method: "GET", url: "/api/v1/articles", token })).status).toBe(200);
    expect((await callRoute(getTimeZone, { method: "GET", url: "/api/v1/me/time-zone", token })).status).toBe(200);

    const put = await callRoute(putTimeZone, {
      method: "PUT",
      url: "/api/v1/me/time-zone",
      token,
      json: { timeZone: "Asia/Tokyo" },
    });
    expect(expectApiError(put, 403, "READ_ONLY_TOKEN").message).toMatch(/read-only/);
    expect((await db.user.findUniqueOrThrow({ where: { id: editor.id } })).timeZone).toBeNull();
    const imported = await callRoute(importArticleRoute, {
      method: "POST",
      url: "/api/v1/articles",
      token,
      json: { title: "Not imported", body: "The minister said on Monday that 40 people were arrested in the city." },
    });
    expectApiError(imported, 403, "READ_ONLY_TOKEN");
    expect(await db.article.count({ where: { title: "Not imported", importedById: editor.id } })).toBe(0);
  });

  it("are refused on every write route the API has, before the route runs", async () => {
    const editor = await makeUser("EDITOR");
    const { token } = await createApiToken(editor, { name: "everything", readOnly: true });
    const writes = ROUTES.filter((route) => route.method !== "GET" && !route.public);
    expect(writes.length).toBeGreaterThan(20);
    for (const route of writes) {
      // Ids that name nothing: the refusal comes before any lookup.
      const params = Object.fromEntries(
        [...route.path.matchAll(/\[(\w+)\]/g)].map(([, name]) => [name!, `no-such-${name}`]),
      );
      const answer = await callRoute(route.handler, {
        method: route.method,
        url: urlOf(route, params),
        params,
        token,
        json: {},
      });
      expect(expectApiError(answer, 403).code, `${route.method} ${route.path}`).toBe("READ_ONLY_TOKEN");
    }
  });

  it("a read-write token (the default) still writes", async () => {
    const editor = await makeUser("EDITOR");
    const { token, readOnly } = await createApiToken(editor, { name: "cms" });
    expect(readOnly).toBe(false);
    const put = await callRoute(putTimeZone, {
      method: "PUT",
      url: "/api/v1/me/time-zone",
      token,
      json: { timeZone: "Asia/Tokyo" },
    });
    expect(put.status).toBe(200);
  });
});

describe("expiring API tokens", () => {
  it("work until they expire, then answer 401 like a revoked token", async () => {
    const editor = await makeUser("EDITOR");
    const created = await createApiToken(editor, { name: "a week", expiresInDays: 7 });
    const days = (created.expiresAt!.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    const token = created.token;
    expect((await callRoute(getTimeZone, { method: "GET", url: "/api/v1/me/time-zone", token })).status).toBe(200);
    await db.apiToken.update({ where: { id: created.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const answer = await callRoute(getTimeZone, { method: "GET", url: "/api/v1/me/time-zone", token });
    expectApiError(answer, 401, "UNAUTHENTICATED");
    expect(answer.headers.get("www-authenticate")).toContain('error="invalid_token"');
  });

  it("refuses an expiry that is not 1 to 3650 whole days, with a field message", async () => {
    const editor = await makeUser("EDITOR");
    await expect(createApiToken(editor, { name: "x", expiresInDays: 0 })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      details: { fields: { expiresInDays: [expect.any(String)] } },
    });
    await expect(createApiToken(editor, { name: "x", expiresInDays: 2.5 })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });
  });
});
