// The path, end to end on a phone-sized screen: a reviewer with two-factor sign-in on is
// assigned a claim, receives the email (captured by the test SMTP server), follows its link in a
// fresh browser, signs in with password and code, lands on the claim, and finds it in the
// notification centre (header badge, list, mark read). Every screen is axe-clean at 390 px.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { generate } from "otplib";
import { articleAssignedTo, createUserAsAdmin, signIn } from "./fixtures";
import { waitForMail } from "./mail";

const viewport = { width: 390, height: 844 };
test.use({ viewport });

async function checkScreen(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    results.violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${where} scrolls sideways`).toBeLessThanOrEqual(0);
}

const codeFor = (secret: string, offsetSeconds = 0) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });

test("a reviewer is assigned, receives the email, follows its link and signs in with a second factor", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const reviewer = await createUserAsAdmin(request, "REVIEWER", "Notified Reviewer");

  // The reviewer turns on two-factor sign-in and looks at their notification settings.
  const setup = await browser.newContext({ viewport });
  await signIn(setup, reviewer.email, reviewer.password);
  const page = await setup.newPage();
  await page.goto("/settings/account");
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Code from the app").fill(await codeFor(secret));
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  await page.getByRole("button", { name: "I have saved them" }).click();
  await page.goto("/settings/notifications");
  await expect(page.getByRole("heading", { name: "Notification settings" })).toBeVisible();
  await expect(page.getByLabel("A claim is assigned to you")).toHaveValue("EMAIL");
  await expect(page.getByTestId("email-off")).toHaveCount(0); // email is on in this app
  await checkScreen(page, "notification settings");
  await page.getByLabel("Someone mentions you in a comment").selectOption("DIGEST");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Your notification settings are saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Someone mentions you in a comment")).toHaveValue("DIGEST");
  await setup.close();

  // An editor assigns a claim to them: an email arrives, plain text, with a link and no claim text.
  const claim = await articleAssignedTo(request, reviewer.email);
  const mail = await waitForMail(reviewer.email, new RegExp(`assigned claim C${claim.number} to you`));
  expect(mail.text).toContain(`Hello ${reviewer.name},`);
  expect(mail.text).not.toContain(claim.text);
  const link = new RegExp(`https?://\\S+/claims/${claim.id}`).exec(mail.text)?.[0];
  expect(link, mail.text).toBeTruthy();
  expect(mail.html).toContain(`href="${link}"`);

  // A fresh browser follows the link: sign-in (password, then the code) leads back to the claim.
  const fresh = await browser.newContext({ viewport });
  const login = await fresh.newPage();
  await login.goto(link!);
  await expect(login).toHaveURL(/\/login\?next=/);
  await login.getByLabel("Email").fill(reviewer.email);
  await login.getByLabel("Password").fill(reviewer.password);
  await login.getByRole("button", { name: "Sign in" }).click();
  await expect(login.getByText("Two-factor sign-in is on for this account.")).toBeVisible();
  await login.getByLabel("Code", { exact: true }).fill(await codeFor(secret, 30));
  await login.getByRole("button", { name: "Sign in" }).click();
  await expect(login).toHaveURL(new RegExp(`/claims/${claim.id}$`));

  // The header shows the unread count without opening the menu; the centre lists the assignment.
  const badge = login.getByTestId("notification-count");
  await expect(badge).toBeVisible();
  await expect(badge).toHaveText("1");
  await login.getByTestId("notifications-link").click();
  await expect(login).toHaveURL(/\/notifications$/);
  const item = login.getByTestId("notification");
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute("data-kind", "ASSIGNED");
  await expect(item).toContainText("Unread");
  await expect(item).toContainText(`assigned C${claim.number} to you`);
  await checkScreen(login, "notification centre");

  await login.getByRole("button", { name: "Mark all as read" }).click();
  await expect(login.getByTestId("notification-count")).toHaveCount(0);
  await expect(item).not.toContainText("Unread");
  await item.getByRole("link").click();
  await expect(login).toHaveURL(new RegExp(`/claims/${claim.id}$`));
  await fresh.close();
});
