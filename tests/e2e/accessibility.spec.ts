// Every role's main pages at a laptop, a tablet and a phone width: no axe violations (WCAG 2.1
// A and AA rules) and no horizontal scrolling of the page (WCAG 1.4.10: wide tables scroll in
// their own box). One test per role and width, each with a fresh user of that role, so that the
// pages are seen as a newcomer sees them (the "Where to start" note included).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { articleAssignedTo, createUserAsAdmin, signIn } from "./fixtures";

const WIDTHS = [
  { name: "laptop", width: 1366, height: 768 },
  { name: "tablet", width: 768, height: 1024 },
  { name: "phone", width: 390, height: 844 },
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

for (const role of ["REVIEWER", "EDITOR", "ADMIN"] as const) {
  for (const size of WIDTHS) {
    test(`${role.toLowerCase()} pages at ${size.width} px: no axe violations, no sideways scrolling`, async ({
      browser,
      request,
    }) => {
      // Axe walks every element: several seconds a page on a busy 2-core machine.
      test.setTimeout(180_000);
      const user = await createUserAsAdmin(request, role);
      // An editor or admin sees the article anyway; the claim is assigned to the user so that a
      // reviewer can open it.
      const claim = await articleAssignedTo(request, role === "REVIEWER" ? user.email : "reviewer@claimledger.local");
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
      await signIn(context, user.email, user.password);
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of PAGES[role](claim)) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await expect(page.locator("main h1").first()).toBeVisible();
        for (const line of await violations(page)) found.push(`${path}: ${line}`);
        const wider = await overflow(page);
        if (wider > 0) found.push(`${path}: the page is ${wider} px wider than the ${size.width} px window`);
      }
      await context.close();
      expect(found, found.join("\n")).toEqual([]);
    });
  }
}

// The narrowest width WCAG 1.4.10 names: the same pages reflow at 320 px (axe runs above).
for (const role of ["REVIEWER", "EDITOR", "ADMIN"] as const) {
  test(`${role.toLowerCase()} pages reflow at 320 px`, async ({ browser, request }) => {
    const user = await createUserAsAdmin(request, role);
    const claim = await articleAssignedTo(request, role === "REVIEWER" ? user.email : "reviewer@claimledger.local");
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    await signIn(context, user.email, user.password);
    const page = await context.newPage();
    const wider: string[] = [];
    for (const path of PAGES[role](claim)) {
      await page.goto(path);
      await expect(page.locator("main h1").first()).toBeVisible();
      const by = await overflow(page);
      if (by > 0) wider.push(`${path}: ${by} px wider than the window`);
    }
    await context.close();
    expect(wider, wider.join("\n")).toEqual([]);
  });
}
