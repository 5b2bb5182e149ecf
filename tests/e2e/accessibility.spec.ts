// Every role's main pages at a laptop, a tablet, a phone and the narrowest width WCAG 1.4.10
// names (320 px): no axe violations (WCAG 2.1 A and AA rules; run at the laptop and phone widths,
// where the layouts differ) and no horizontal scrolling of the page at any width (wide tables
// scroll in their own box). One test per role, with a fresh user of that role, so that the pages
// are seen as a newcomer sees them (the "Where to start" note included); each page is loaded once
// and the window resized through the widths, widest first, as a person turning a tablet or
// narrowing a window would.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { articleAssignedTo, createUserAsAdmin, signIn } from "./fixtures";

const WIDTHS = [
  { width: 1366, height: 768, axe: true },
  { width: 768, height: 1024, axe: false },
  { width: 390, height: 844, axe: true },
  { width: 320, height: 640, axe: false },
] as const;

type Role = "ADMIN" | "EDITOR" | "REVIEWER";
type Claim = Awaited<ReturnType<typeof articleAssignedTo>>;

/** The pages each role works in, as paths (the claim is assigned to the role's user). */
const PAGES: Record<Role, (claim: Claim) => string[]> = {
  REVIEWER: (claim) => ["/articles", "/queue", `/claims/${claim.id}`, "/settings/language"],
  EDITOR: (claim) => [
    "/articles",
    "/articles/new",
    `/articles/${claim.articleId}`,
    `/articles/${claim.articleId}/assign`,
    `/articles/${claim.articleId}/dashboard`,
    `/claims/${claim.id}`,
    "/reports",
  ],
  ADMIN: () => ["/articles", "/admin/users", "/admin/jobs", "/settings/tokens", "/settings/time-zone"],
};

/** Axe's violations, one line each with where they are, for a readable failure. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join(" | ")}`,
  );
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Resizes the window and waits until the page has laid itself out again. */
async function resize(page: Page, size: (typeof WIDTHS)[number]) {
  await page.setViewportSize({ width: size.width, height: size.height });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

for (const role of ["REVIEWER", "EDITOR", "ADMIN"] as const) {
  test(`${role.toLowerCase()} pages from 1366 to 320 px: no axe violations, no sideways scrolling`, async ({
    browser,
    request,
  }) => {
    // Axe walks every element: several seconds a page on a busy 2-core machine.
    test.setTimeout(300_000);
    const user = await createUserAsAdmin(request, role);
    // An editor or admin sees the article anyway; the claim is assigned to the user so that a
    // reviewer can open it.
    const claim = await articleAssignedTo(request, role === "REVIEWER" ? user.email : "reviewer@claimledger.local");
    const context = await browser.newContext({ viewport: { width: WIDTHS[0].width, height: WIDTHS[0].height } });
    await signIn(context, user.email, user.password);
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of PAGES[role](claim)) {
      await resize(page, WIDTHS[0]);
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("main h1").first()).toBeVisible();
      for (const size of WIDTHS) {
        await resize(page, size);
        const at = `${path} at ${size.width} px`;
        if (size.axe) for (const line of await violations(page)) found.push(`${at}: ${line}`);
        const wider = await overflow(page);
        if (wider > 0) found.push(`${at}: the page is ${wider} px wider than the window`);
      }
    }
    await context.close();
    expect(found, found.join("\n")).toEqual([]);
  });
}
