// Issue 10, High 2 and Medium 5 in a real browser: a page on another origin of the same host
// cannot write as the signed-in user, every kind of response carries the security headers and the
// CSP is in force without breaking the app's own pages, sign-out ends the session for
// /api/auth/session, and a malformed %-escape in an address answers 400.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page, type Response } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, importArticle, signIn, signInViaApi } from "./fixtures";

/** Serves one page from another port of this host: the same site as the app, another origin. */
async function startOtherOrigin(html: string) {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/'/g, "&#39;").replace(/</g, "&lt;");

/** The attack of issue 10: fetches with the browser's cookies and forms that post JSON as text/plain. */
function attackPage(
  app: string,
  target: { claimId: string; articleId: string; claims: number },
  adminEmails: string[],
) {
  const admin = (email: string) => ({ email, name: "Attacker", role: "ADMIN", password: "attacker-password-1" });
  // enctype="text/plain" sends name=value: a name that opens a JSON string and a value that closes it.
  // Each form posts into its own frame, so that one submission does not cancel another.
  const jsonForm = (sink: string, action: string, body: Record<string, unknown>) => {
    const json = JSON.stringify({ ...body, pad: "" });
    return `<iframe name="${sink}"></iframe><form method="POST" action="${app}${action}" enctype="text/plain" target="${sink}">
      <input name='${escapeHtml(json.slice(0, -2))}' value='"}'></form>`;
  };
  return `<!doctype html><html><head><title>attacker</title></head><body>
    <iframe id="framed" src="${app}/articles/${target.articleId}/dashboard"></iframe>
    ${jsonForm("sink1", "/api/v1/users", admin(adminEmails[1]))}
    ${jsonForm("sink2", `/api/v1/claims/${target.claimId}/comments`, { body: "posted by a form on another origin" })}
    <iframe name="sink3"></iframe><form method="POST" action="${app}/api/auth/signout" target="sink3"><input name="csrfToken" value="x"></form>
    <iframe name="sink4"></iframe><form method="POST" action="${app}/settings/tokens" enctype="multipart/form-data" target="sink4"><input name="name" value="stolen"></form>
    <script>
      const app = ${JSON.stringify(app)};
      // "no-cors": the page cannot read the answers, and needs not; the requests go out as they are.
      const post = (path, body) =>
        fetch(app + path, {
          method: "POST", mode: "no-cors", credentials: "include",
          headers: { "content-type": "text/plain; charset=application/json" },
          body: JSON.stringify(body),
        }).catch(() => undefined);
      (async () => {
        await post(${JSON.stringify(`/api/v1/claims/${target.claimId}/comments`)}, { body: "posted from another origin" });
        await post(${JSON.stringify(`/api/v1/articles/${target.articleId}/finalize`)}, { confirmPending: ${target.claims}, confirmOpenAssignments: 0 });
        await post("/api/v1/users", ${JSON.stringify(admin(adminEmails[0]))});
        for (const form of document.forms) form.submit();
        document.title = "sent";
      })();
    </script></body></html>`;
}

test("a page on another origin of the same host cannot comment, finalize or create an admin as the signed-in user", async ({
  browser,
  request,
  baseURL,
}) => {
  const app = new URL(baseURL!).origin;
  const tag = randomUUID().slice(0, 8);
  const { articleId, claims } = await importArticle(
    request,
    `Attack target ${tag}`,
    `Officials said 1,200 people were evacuated from the city of Homs on Tuesday ${tag}.\n\nThe health ministry reported 97.29% vaccination coverage in Damascus in 2023.`,
  );
  const adminEmails = [`attacker-fetch-${tag}@evil.test`, `attacker-form-${tag}@evil.test`];
  const other = await startOtherOrigin(
    attackPage(app, { claimId: claims[0].id, articleId, claims: claims.length }, adminEmails),
  );

  const context = await browser.newContext();
  try {
    await signIn(context, DEMO.admin);
    const page = await context.newPage();
    const writes: Response[] = [];
    page.on("response", (response) => {
      if (response.url().startsWith(app) && response.request().method() === "POST") writes.push(response);
    });
    const blockedFrames: string[] = [];
    page.on("requestfailed", (request) => {
      if (request.failure()?.errorText === "net::ERR_BLOCKED_BY_RESPONSE") blockedFrames.push(request.url());
    });
    await page.goto(other.url);
    await expect(page).toHaveTitle("sent");
    // 3 fetches and 4 forms reached the app with the admin's cookie: refused (403), not a 401.
    await expect.poll(() => writes.length, { timeout: 15_000 }).toBe(7);
    for (const response of writes) expect(`${response.url()} ${response.status()}`).toBe(`${response.url()} 403`);

    // The dashboard with its Finalize button does not render inside the other page.
    await expect.poll(() => blockedFrames).toContain(`${app}/articles/${articleId}/dashboard`);

    // Nothing was written: checked through the API as the admin, who is still signed in.
    const claim = await context.request.get(`/api/v1/claims/${claims[0].id}`);
    expect(claim.status()).toBe(200);
    const body = (await claim.json()) as { comments: unknown[]; article: { finalizedAt: string | null } };
    expect(body.comments).toHaveLength(0);
    expect(body.article.finalizedAt).toBeNull();
    const users = (await (await context.request.get("/api/v1/users")).json()) as { users: { email: string }[] };
    for (const email of adminEmails) expect(users.users.map((user) => user.email)).not.toContain(email);
    const tokens = (await (await context.request.get("/api/v1/tokens")).json()) as { tokens: { name: string }[] };
    expect(tokens.tokens.map((token) => token.name)).not.toContain("stolen");

    // Control: the same comment from the app's own page, with its JSON type, is written.
    await page.goto("/articles");
    const status = await page.evaluate(
      async ([path]) =>
        (
          await fetch(path, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ body: "from the app" }),
          })
        ).status,
      [`/api/v1/claims/${claims[0].id}/comments`],
    );
    expect(status).toBe(201);
  } finally {
    await context.close();
    await other.close();
  }
});

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  const policy = headers["content-security-policy"] ?? "";
  expect(policy, what).toContain("frame-ancestors 'none'");
  expect(policy, what).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'(;|$)/);
  expect(policy, what).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"], `${what}: no HSTS over http`).toBeUndefined();
}

async function headersOf(request: APIRequestContext, path: string, status: number, extra?: Record<string, string>) {
  const response = await request.get(path, { headers: extra, maxRedirects: 0 });
  expect(response.status(), path).toBe(status);
  return response.headers();
}

test("every kind of response carries the security headers, with HSTS only over https", async ({ request }) => {
  const login = await request.get("/login");
  const asset = /\/_next\/static\/[^"]+\.js/.exec(await login.text())?.[0];
  expect(asset).toBeDefined();
  const signedOut: [string, number][] = [
    ["/login", 200],
    ["/articles", 307],
    ["/api/v1/me", 401],
    ["/api/health", 200],
    ["/no-such-page", 404],
    [asset!, 200],
    ["/articles/%zz", 400],
  ];
  for (const [path, status] of signedOut) expectSecurityHeaders(await headersOf(request, path, status), path);

  for (const [path, status] of [
    ["/login", 200],
    ["/api/v1/me", 401],
    [asset!, 200],
  ] as const) {
    const https = await headersOf(request, path, status, { "x-forwarded-proto": "https" });
    expect(https["strict-transport-security"], path).toMatch(/^max-age=\d{8}/);
    expect(https["content-security-policy"], path).toContain("upgrade-insecure-requests");
  }

  await signInViaApi(request, DEMO.reviewer);
  for (const [path, status] of [
    ["/articles", 200],
    ["/api/v1/me", 200],
    ["/admin/users", 403],
  ] as const)
    expectSecurityHeaders(await headersOf(request, path, status), `${path} signed in`);
});

/** Records CSP violations (and console reports of them) on a page. */
async function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(`page error: ${error.message}`));
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      void report(`${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return violations;
}

test("the CSP is in force and the app's pages run under it without a violation", async ({ browser, request }) => {
  const tag = randomUUID().slice(0, 8);
  const { articleId, claims } = await importArticle(
    request,
    `CSP pages ${tag}`,
    `Officials said 1,200 people were evacuated from the city of Homs on Tuesday ${tag}.\n\nThe health ministry reported 97.29% vaccination coverage in Damascus in 2023.`,
  );
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const violations = await watchViolations(page);

    // Signing in with the form needs the page's scripts (next-auth's client) to run.
    await page.goto("/login");
    await page.getByLabel("Email").fill(DEMO.admin);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/articles/);

    const pages = [
      "/articles",
      "/articles/new",
      `/articles/${articleId}`,
      `/articles/${articleId}/dashboard`,
      `/articles/${articleId}/assign`,
      `/claims/${claims[0].id}`,
      "/queue",
      "/mentions",
      "/settings/tokens",
      "/admin/users",
      "/no-such-page",
    ];
    for (const path of pages) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(path === "/no-such-page" ? 500 : 400);
      await page.waitForLoadState("networkidle");
    }
    // A client-side navigation (scripts loaded after the first page) stays within the policy too.
    await page.goto("/articles");
    await page
      .getByRole("link", { name: `CSP pages ${tag}` })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/articles/${articleId}`));
    expect(violations).toEqual([]);

    // And the policy is enforced: an injected inline handler does not run and is reported.
    const ran = await page.evaluate(async () => {
      const button = document.createElement("button");
      button.setAttribute("onclick", "window.__injected = true");
      document.body.append(button);
      button.click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations.join("\n")).toMatch(/script-src/);
  } finally {
    await context.close();
  }
});

test("after sign-out /api/auth/session shows no user, also for a copy of the old cookie", async ({ browser }) => {
  const context = await browser.newContext();
  try {
    await signIn(context, DEMO.reviewer);
    const page = await context.newPage();
    await page.goto("/queue");
    const before = (await (await context.request.get("/api/auth/session")).json()) as { user?: { email: string } };
    expect(before.user?.email).toBe(DEMO.reviewer);
    const kept = await context.storageState();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    expect(await (await context.request.get("/api/auth/session")).json()).toEqual({});

    // Someone who copied the cookie before sign-out: the session row is gone, so no user.
    const replay = await browser.newContext({ storageState: kept });
    try {
      expect(await (await replay.request.get("/api/auth/session")).json()).toEqual({});
      expect((await replay.request.get("/api/v1/me")).status()).toBe(401);
    } finally {
      await replay.close();
    }
  } finally {
    await context.close();
  }
});

test("a malformed %-escape in any address answers 400, not 500", async ({ request }) => {
  for (const path of ["/articles/%zz", "/claims/%E0%A4%A", "/api/v1/claims/%FF", "/%", "/_next/static/%zz.js"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("BAD_REQUEST");
  }
});

/** The id Next.js gave a server action in this build (the browser finds it in the page's code). */
function actionId(name: string): string {
  const file = path.join(process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, { exportedName: string }> };
  const id = Object.entries(manifest.node).find(([, action]) => action.exportedName === name)?.[0];
  if (!id) throw new Error(`no server action ${name} in ${file}`);
  return id;
}

test("hand-made server-action calls answer 4xx or a form message, never 500", async ({ request }) => {
  await signInViaApi(request, DEMO.editor);
  const call = (name: string, page: string, body: string | Buffer, headers: Record<string, string> = {}) =>
    request.post(page, {
      headers: {
        "next-action": actionId(name),
        accept: "text/x-component",
        "content-type": "text/plain;charset=UTF-8",
        ...headers,
      },
      data: body,
    });
  const tokenNames = async () =>
    ((await (await request.get("/api/v1/tokens")).json()) as { tokens: { name: string }[] }).tokens.map(
      (token) => token.name,
    );
  const before = await tokenNames();

  // React reply references that point nowhere (each answered 500 before).
  for (const reference of ["$1", "$Q1", "$@1", "$h1", "$K1", "$B1", "$i1", "$R1", "$nxyz", "$T", "$0:a:b"]) {
    const response = await call("createTokenAction", "/settings/tokens", JSON.stringify([reference]));
    expect(response.status(), reference).toBe(400);
  }
  expect((await call("createTokenAction", "/settings/tokens", "not json")).status()).toBe(400);

  // A lone surrogate and bytes that are not UTF-8: the action answers with a field message.
  const surrogate = await call("createTokenAction", "/settings/tokens", '[{"name":"bad \\ud800 name"}]');
  expect(surrogate.status()).toBe(200);
  expect(await surrogate.text()).toMatch(/"fields":\{"name":\["Text must not contain unpaired surrogate/);
  const bytes = Buffer.concat([Buffer.from('[{"name":"bad '), Buffer.from([0xff, 0xfe]), Buffer.from('"}]')]);
  const invalid = await call("createTokenAction", "/settings/tokens", bytes);
  expect(invalid.status()).toBe(200);
  expect(await invalid.text()).toMatch(/"fields":\{"name":\["Text must be valid UTF-8\."\]/);

  // A missing input is a form error, not a crash.
  const missing = await call("bulkSetDueDateAction", "/articles/x/dashboard", '["x"]');
  expect(missing.status()).toBe(200);
  expect(await missing.text()).toMatch(/"ok":false,"message":"Some fields are not valid\."/);

  // A call from another origin is refused with 403, not Next.js's 500.
  const crossOrigin = await call("createTokenAction", "/settings/tokens", '[{"name":"cross"}]', {
    origin: "http://localhost:1",
  });
  expect(crossOrigin.status()).toBe(403);

  expect(await tokenNames()).toEqual(before);
});
