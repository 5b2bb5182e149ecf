// Single sign-on in the browser: a person clicks "Sign in with Newsroom ID" on the sign-in page,
// signs in at a real OpenID provider on 127.0.0.1 (its development login page), and comes back
// signed in; a refused domain comes back to the sign-in page with the reason. The server's
// settings are in playwright.config.ts. Axe-clean, and no sideways scrolling at 390 px.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { startTestOidcProvider, type TestOidcProvider } from "../integration/oidc-test-provider";

// One provider on one fixed port: the tests of this file run one after another in one worker.
test.describe.configure({ mode: "serial" });

const appPort = Number(process.env.PORT ?? 3200);
let provider: TestOidcProvider;

test.beforeAll(async () => {
  provider = await startTestOidcProvider({
    port: Number(process.env.E2E_OIDC_PORT),
    redirectUri: `http://localhost:${appPort}/api/auth/callback/oidc`,
    clientId: process.env.CLAIMLEDGER_OIDC_CLIENT_ID,
    clientSecret: process.env.CLAIMLEDGER_OIDC_CLIENT_SECRET,
  });
  expect(provider.issuer).toBe(process.env.CLAIMLEDGER_OIDC_ISSUER);
});

test.afterAll(async () => {
  await provider?.close();
});

async function checkScreen(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    results.violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

async function fitsPhone(page: Page, where: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${where} scrolls sideways at 390 px`).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** At the provider's login page: any name, any password (node-oidc-provider's development pages). */
async function signInAtProvider(page: Page, login: string) {
  await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test("a newcomer at an allowed domain signs in with the provider and lands signed in", async ({ page }) => {
  const email = `lina-${randomUUID().slice(0, 8)}@newsroom.test`;
  provider.accounts.set(email, { email, email_verified: true, name: "Lina Haddad" });

  await page.goto("/login");
  const link = page.getByRole("link", { name: "Sign in with Newsroom ID" });
  await expect(link).toBeVisible();
  // The password form is still there, and its button is still the one named "Sign in".
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await checkScreen(page, "sign-in page");
  await fitsPhone(page, "sign-in page");

  await link.click();
  await signInAtProvider(page, email);

  await expect(page).toHaveURL(/\/articles$/);
  await expect(page.locator("header").getByText("Lina Haddad")).toBeVisible();
  // A reviewer's account, made at this first sign-in, with no step in the way.
  const me = await page.request.get("/api/v1/me");
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email, role: "REVIEWER" });
});

test("an address at a domain that is not allowed comes back to the sign-in page with the reason", async ({ page }) => {
  const email = `visitor-${randomUUID().slice(0, 8)}@elsewhere.test`;

  await page.goto("/login");
  await page.getByRole("link", { name: "Sign in with Newsroom ID" }).click();
  await signInAtProvider(page, email);

  await expect(page).toHaveURL(/\/login\?error=sso-domain-not-allowed$/);
  await expect(page.locator(".login-wrap").getByRole("alert")).toHaveText(
    "Addresses at your email domain cannot sign in with Newsroom ID here. Sign in with your email and password, or ask an admin.",
  );
  await checkScreen(page, "sign-in page with a refusal");
  await fitsPhone(page, "sign-in page with a refusal");
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);
});

test("in Arabic the sign-in page offers the provider in Arabic, right to left", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ar-SY", viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/login?error=sso-deactivated");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("link", { name: "تسجيل الدخول عبر Newsroom ID" })).toBeVisible();
  await expect(page.locator(".login-wrap").getByRole("alert")).toHaveText(
    "عُطّل هذا الحساب. اطلب من أحد المشرفين إعادة تفعيله.",
  );
  await checkScreen(page, "Arabic sign-in page");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "Arabic sign-in page scrolls sideways at 390 px").toBeLessThanOrEqual(0);
  await context.close();
});

test("a page that asked for sign-in is where single sign-on lands, for an existing account matched by address", async ({
  page,
}) => {
  const email = `omar-${randomUUID().slice(0, 8)}@newsroom.test`;
  provider.accounts.set(email, { email, email_verified: true, name: "Omar Said" });
  // First sign-in makes the account; then sign out, and come back through a page that needs it.
  await page.goto("/login/sso");
  await signInAtProvider(page, email);
  await expect(page).toHaveURL(/\/articles$/);
  await page.context().clearCookies();

  await page.goto("/queue");
  await expect(page).toHaveURL(/\/login\?next=%2Fqueue$/);
  await page.getByRole("link", { name: "Sign in with Newsroom ID" }).click();
  // The provider remembers the person only by its own session cookie, which clearCookies removed.
  await signInAtProvider(page, email);
  await expect(page).toHaveURL(/\/queue$/);
  await expect(page.locator("header").getByText("Omar Said")).toBeVisible();
});
