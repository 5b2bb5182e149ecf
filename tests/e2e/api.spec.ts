import { expect, test } from "@playwright/test";
import { DEMO, signInPage, signInViaApi } from "./fixtures";

test("health reports the embedded database and current migrations", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "embedded", migrations: "up-to-date" });
});

test("the OpenAPI document is served", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = await response.json();
  expect(document.paths["/api/v1/me"]).toBeDefined();
});

test("the API answers in JSON for paths and methods it does not have, and says how to authenticate", async ({
  request,
}) => {
  const unknown = await request.get("/api/v1/no-such-endpoint");
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe("NOT_FOUND");

  const wrongMethod = await request.delete("/api/v1/me");
  expect(wrongMethod.status()).toBe(405);
  expect(wrongMethod.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
  expect((await wrongMethod.json()).error.code).toBe("METHOD_NOT_ALLOWED");

  const anonymous = await request.get("/api/v1/me");
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()["www-authenticate"]).toBe('Bearer realm="ClaimLedger"');
});

test("an API token made in settings works with Bearer and stops working once revoked", async ({
  page,
  playwright,
  baseURL,
}) => {
  await signInPage(page, DEMO.reviewer2);
  await page.goto("/settings/tokens");
  const name = `script-${Date.now()}`;
  await page.getByLabel("Token name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^clt_/);

  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  const me = await api.get("/api/v1/me");
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email: DEMO.reviewer2, role: "REVIEWER" });

  await page
    .getByTestId(`token-row-${name}`)
    .getByRole("button", { name: `Revoke ${name}` })
    .click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByTestId(`token-row-${name}`)).toContainText("Revoked");
  const after = await api.get("/api/v1/me");
  expect(after.status()).toBe(401);
  expect((await after.json()).error.code).toBe("UNAUTHENTICATED");
  await api.dispose();
});

test.describe("bad input never crashes the API", () => {
  test("missing or bad credentials give 401", async ({ playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    for (const path of ["/api/v1/me", "/api/v1/tokens", "/api/v1/users"]) {
      expect((await anonymous.get(path)).status(), path).toBe(401);
    }
    const badToken = await anonymous.get("/api/v1/me", {
      headers: { Authorization: "Bearer clt_not-a-real-token-at-all-xxxxxxxx" },
    });
    expect(badToken.status()).toBe(401);
    const wrongScheme = await anonymous.get("/api/v1/me", { headers: { Authorization: "Basic abc" } });
    expect(wrongScheme.status()).toBe(401);
    await anonymous.dispose();
  });

  test("malformed JSON and wrong field types give 400 with field messages", async ({ request }) => {
    await signInViaApi(request, DEMO.admin);
    const malformed = await request.post("/api/v1/users", {
      headers: { "content-type": "application/json" },
      data: "{not json",
    });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error.code).toBe("VALIDATION_FAILED");

    const wrongTypes = await request.post("/api/v1/users", {
      data: { email: 42, name: ["x"], role: "OWNER", password: true },
    });
    expect(wrongTypes.status()).toBe(400);
    const { error } = await wrongTypes.json();
    expect(Object.keys(error.fields).sort()).toEqual(["email", "name", "password", "role"]);

    const notAnObject = await request.post("/api/v1/tokens", { data: [1, 2, 3] });
    expect(notAnObject.status()).toBe(400);

    const patch = await request.patch("/api/v1/users/whatever", { data: { active: "yes" } });
    expect(patch.status()).toBe(400);
    expect((await patch.json()).error.fields.active).toBeDefined();

    const article = await request.post("/api/v1/articles", {
      data: { title: "x".repeat(301), body: "", url: "ftp://x" },
    });
    expect(article.status()).toBe(400);
    expect(Object.keys((await article.json()).error.fields).sort()).toEqual(["body", "title", "url"]);

    const notJson = await request.post("/api/v1/tokens", { headers: { "content-type": "text/plain" }, data: "name=x" });
    expect(notJson.status()).toBe(415);
  });

  test("forbidden actions give 403", async ({ request }) => {
    await signInViaApi(request, DEMO.reviewer);
    expect((await request.get("/api/v1/users")).status()).toBe(403);
    const create = await request.post("/api/v1/users", {
      data: { email: "x@y.z", name: "X", role: "ADMIN", password: "long enough pw" },
    });
    expect(create.status()).toBe(403);
    const importing = await request.post("/api/v1/articles", {
      data: { title: "T", body: "The army said 12 tanks moved." },
    });
    expect(importing.status()).toBe(403);
  });
});
