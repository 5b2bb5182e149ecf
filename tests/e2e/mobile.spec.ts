// On a phone (390 px): the header folds behind a Menu button, and the main pages fit the screen
// without horizontal scrolling (wide tables scroll inside their own box).
import { expect, test, type Page } from "@playwright/test";
import { articleAssignedTo, createUserAsAdmin, DEMO, signIn } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 } });

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** What sticks out past the right or left edge, to name in a failure. */
const sticksOut = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        if (element.closest(".table-scroll") || element.matches(".skip-link")) return false; // scrolls in its own box
        return box.width > 0 && (box.right > window.innerWidth + 1 || box.left < -1);
      })
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} "${element.textContent?.slice(0, 60)}"`),
  );

test("the header folds into a menu and the reviewer's pages fit the phone", async ({ browser, request }) => {
  const reviewer = await createUserAsAdmin(request, "REVIEWER");
  const claim = await articleAssignedTo(request, reviewer.email);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await signIn(context, reviewer.email, reviewer.password);
  const page = await context.newPage();
  await page.goto("/articles");

  const menu = page.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(nav).toBeVisible();
  await nav.getByRole("link", { name: "My queue" }).click();
  await expect(page).toHaveURL(/\/queue$/);
  // Following a link closes the menu.
  await expect(nav).toBeHidden();

  for (const path of ["/queue", "/articles", `/claims/${claim.id}`, "/settings/language"]) {
    await page.goto(path);
    expect(await overflow(page), `${path}: ${(await sticksOut(page)).join("; ")}`).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test("an editor's lists and dashboard fit the phone", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await signIn(context, DEMO.editor);
  const page = await context.newPage();
  await page.goto("/articles");
  const firstArticle = page.locator("main table a[href^='/articles/']").first();
  const href = await firstArticle.getAttribute("href");
  for (const path of ["/articles", "/articles/new", `${href}`, `${href}/dashboard`, "/reports"]) {
    await page.goto(path);
    expect(await overflow(page), `${path}: ${(await sticksOut(page)).join("; ")}`).toBeLessThanOrEqual(0);
  }
  await context.close();
});
