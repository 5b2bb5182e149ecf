// Two-factor sign-in end to end, on a phone-sized screen: a user turns it on from Settings →
// Account (QR code, key, a code from the "app"), keeps the recovery codes, then signs in with the
// password and a code. Every screen on the way is axe-clean and fits 390 px without sideways scrolling.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { generate } from "otplib";
import { createUserAsAdmin, signIn } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 } });

async function checkScreen(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    results.violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${where} scrolls sideways`).toBeLessThanOrEqual(0);
}

/** The authenticator app: the code for a moment `offsetSeconds` from now. */
const codeFor = (secret: string, offsetSeconds = 0) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });

test("a user turns on two-factor sign-in and then signs in with a code", async ({ browser, request }) => {
  const user = await createUserAsAdmin(request, "REVIEWER", "Two Factor Tester");
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await signIn(context, user.email, user.password);
  const page = await context.newPage();

  await page.goto("/settings/account");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByTestId("two-factor-state")).toContainText("Off.");
  await checkScreen(page, "account page");

  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  await checkScreen(page, "enrolment");

  await page.getByLabel("Code from the app").fill("000000");
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByText("That code does not match.")).toBeVisible();
  await page.getByLabel("Code from the app").fill(await codeFor(secret));
  await page.getByRole("button", { name: "Turn on" }).click();
  const codes = page.getByTestId("recovery-codes").locator("li");
  await expect(codes).toHaveCount(10);
  await checkScreen(page, "recovery codes");
  await page.getByRole("button", { name: "I have saved them" }).click();
  await expect(page.getByTestId("two-factor-state")).toContainText("Recovery codes left: 10");
  await context.close();

  // A new browser: the password alone is not enough.
  const fresh = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const login = await fresh.newPage();
  await login.goto("/login");
  await login.getByLabel("Email").fill(user.email);
  await login.getByLabel("Password").fill(user.password);
  await login.getByRole("button", { name: "Sign in" }).click();
  await expect(login.getByText("Two-factor sign-in is on for this account.")).toBeVisible();
  await expect(login).toHaveURL(/\/login/);
  await checkScreen(login, "second step");

  await login.getByLabel("Code", { exact: true }).fill("123456");
  await login.getByRole("button", { name: "Sign in" }).click();
  await expect(login.getByText("That code is not valid.")).toBeVisible();
  // One step ahead (a phone whose clock runs fast) is accepted, and is later than the step used to enrol.
  await login.getByLabel("Code", { exact: true }).fill(await codeFor(secret, 30));
  await login.getByRole("button", { name: "Sign in" }).click();
  await expect(login).toHaveURL(/\/articles/);
  await login.goto("/settings/account");
  await expect(login.getByTestId("two-factor-state")).toContainText("On since");
  await fresh.close();
});
