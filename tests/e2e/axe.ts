// The accessibility check the end-to-end specs run on a page: axe-core against WCAG 2.1 A and AA,
// each violation as "rule: the elements it found". It first waits for the page's title: Next.js
// streams a page's metadata, and right after a server action refreshes the page its <title> can be
// missing for a moment no reader notices, which axe reports as "document-title".
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export async function axeViolations(page: Page): Promise<string[]> {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(" | ")}`,
  );
}
