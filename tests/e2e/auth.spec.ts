import { expect, test } from "@playwright/test";
import { createUserAsAdmin, DEMO, DEMO_PASSWORD, signInPage } from "./fixtures";

const NAV_BY_USER = [
  { email: DEMO.admin, role: "Admin", nav: ["Articles", "My queue", "Sign-off", "Reports", "Admin"] },
  { email: DEMO.editor, role: "Editor", nav: ["Articles", "My queue", "Sign-off", "Reports"] },
  { email: DEMO.reviewer, role: "Reviewer", nav: ["Articles", "My queue"] },
  { email: DEMO.reviewer2, role: "Reviewer", nav: ["Articles", "My queue"] },
];

for (const { email, role, nav } of NAV_BY_USER) {
  test(`${email} signs in with the form and sees their navigation`, async ({ page }) => {
    await page.goto("/articles");
    await expect(page).toHaveURL(/\/login/);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/articles/);
    await expect(page.getByTestId("role-badge")).toHaveText(role);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveText(nav);
    await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  });
}

test("a reviewer opening the admin page gets the 403 page", async ({ page }) => {
  await signInPage(page, DEMO.reviewer);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: /403/ })).toBeVisible();
});

test("an unknown page gets the 404 page", async ({ page }) => {
  await signInPage(page, DEMO.editor);
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: /404/ })).toBeVisible();
});

test("a wrong password shows the generic error, and so does an unknown email", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO.editor);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Incorrect email or password.");

  await page.getByLabel("Email").fill("nobody-here@claimledger.local");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Incorrect email or password.");
  await expect(page).toHaveURL(/\/login/);
});

test("the sign-in form explains empty fields", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await expect(page.getByText("Enter your password.")).toBeVisible();
});

test("an admin creates a user who signs in; once deactivated they are signed out on their next request and are told why they cannot sign in", async ({
  browser,
}) => {
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signInPage(adminPage, DEMO.admin);
  await adminPage.goto("/admin/users");
  const email = `deact-${Date.now()}@e2e.local`;
  await adminPage.getByLabel("Name").fill("Dee Activated");
  await adminPage.getByLabel("Email").fill(email);
  await adminPage.getByLabel("Role", { exact: true }).selectOption("EDITOR");
  await adminPage.getByLabel("Initial password").fill("e2e-password-123");
  await adminPage.getByRole("button", { name: "Add user" }).click();
  await expect(adminPage.getByRole("status")).toHaveText(`Added ${email}.`);

  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  await signInPage(userPage, email, "e2e-password-123");
  await userPage.goto("/articles");
  await expect(userPage.getByTestId("role-badge")).toHaveText("Editor");

  const row = adminPage.getByTestId(`user-row-${email}`);
  await row.getByRole("button", { name: "Deactivate" }).click();
  await adminPage
    .getByRole("dialog", { name: "Deactivate Dee Activated?" })
    .getByRole("button", { name: "Deactivate" })
    .click();
  await expect(row).toContainText("Deactivated");

  await userPage.goto("/queue");
  await expect(userPage).toHaveURL(/\/login/);

  // The right password learns that the account is deactivated; a wrong one learns nothing more.
  await userPage.getByLabel("Email").fill(email);
  await userPage.getByLabel("Password").fill("e2e-password-123");
  await userPage.getByRole("button", { name: "Sign in" }).click();
  await expect(userPage.getByRole("main").getByRole("alert")).toHaveText(
    "This account has been deactivated. Ask an admin to reactivate it.",
  );
  await expect(userPage).toHaveURL(/\/login/);
  await userPage.getByLabel("Password").fill("not the password");
  await userPage.getByRole("button", { name: "Sign in" }).click();
  await expect(userPage.getByRole("main").getByRole("alert")).toHaveText("Incorrect email or password.");
  await adminContext.close();
  await userContext.close();
});

test("a role change applies on the user's next request", async ({ browser, request }) => {
  const user = await createUserAsAdmin(request, "REVIEWER");
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInPage(page, user.email, user.password);
  await page.goto("/articles");
  await expect(page.getByTestId("role-badge")).toHaveText("Reviewer");
  const response = await request.patch(`/api/v1/users/${user.id}`, { data: { role: "ADMIN" } });
  expect(response.status()).toBe(200);
  await page.reload();
  await expect(page.getByTestId("role-badge")).toHaveText("Admin");
  await expect(page.getByRole("link", { name: "Admin" })).toBeVisible();
  await context.close();
});

test("signing out ends the session", async ({ page }) => {
  await signInPage(page, DEMO.editor);
  await page.goto("/articles");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/queue");
  await expect(page).toHaveURL(/\/login/);
});
