// Article revisions in the browser: an editor imports a new version from the article page, sees
// what changed, and settles a "needs re-check" claim (accepting one, re-selecting another's quote);
// orphans have their own list; a new version fetched from the article's web address; axe clean; no
// horizontal overflow at 390 px; reviewers only read.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { DEMO, importArticle, outsidePages, signIn, signInViaApi } from "./fixtures";

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

// Each width gets its own story, so neither article is suggested as similar to the other.
const STORIES = {
  laptop: {
    EDITED: "The health ministry reported 97.29% vaccination coverage in Damascus in 2023.",
    FROM: "97.29",
    TO: "97.3",
    SECOND: "Unemployment in Aleppo fell to 14% in March, the statistics office said.",
    SECOND_FROM: "14%",
    SECOND_TO: "13%",
    QUOTE: "Unemployment in Aleppo fell to 13% in March",
    DELETED: "Police arrested 42 people after the protest in Aleppo, the interior ministry said.",
    KEPT: "The central bank raised its main interest rate to 14.5% on Monday.",
  },
  phone: {
    EDITED: "Wheat harvests in Hasakah reached 610,000 tonnes this summer, the agriculture directorate said.",
    FROM: "610,000",
    TO: "640,000",
    SECOND: "Electricity rationing in Latakia was cut to four hours a day in August, the power company announced.",
    SECOND_FROM: "four",
    SECOND_TO: "six",
    QUOTE: "Electricity rationing in Latakia was cut to six hours a day",
    DELETED: "Ferry traffic at the port of Tartus doubled to 30 ships a week, officials said.",
    KEPT: "The football federation fined two clubs 5,000 dollars each on Sunday.",
  },
} as const;
const { EDITED } = STORIES.laptop;

for (const size of [
  { name: "laptop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
] as const) {
  const { EDITED, FROM, TO, SECOND, SECOND_FROM, SECOND_TO, QUOTE, DELETED, KEPT } = STORIES[size.name];
  test(`at ${size.width} px: an editor imports a revision and settles the claims to re-check`, async ({
    browser,
    request,
  }) => {
    // Five screens, each checked with axe, on a shared 2-core machine.
    test.setTimeout(180_000);
    const marker = randomUUID().slice(0, 8);
    const original = [EDITED, SECOND, DELETED, KEPT, `Reported by desk ${marker}.`].join("\n\n");
    const { articleId, claims } = await importArticle(request, `Revisions ${marker}`, original);
    const number = (quote: string) => claims.find((claim) => claim.text === quote)!.number;
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
    await signIn(context, DEMO.editor);
    const page = await context.newPage();

    // From the article page: import a new version (two figures edited, a sentence deleted).
    await page.goto(`/articles/${articleId}`);
    await page.getByRole("link", { name: "Import a new version" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Import a new version");
    expect(await violations(page)).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const revised = [
      EDITED.replace(FROM, TO),
      SECOND.replace(SECOND_FROM, SECOND_TO),
      KEPT,
      `Reported by desk ${marker}.`,
    ].join("\n\n");
    await page.getByLabel("Revised text").fill(revised);
    await page.getByRole("button", { name: "Import the new version" }).click();

    // The revisions page: two claims to re-check, one orphan, the diff.
    await expect(page).toHaveURL(new RegExp(`/articles/${articleId}/revisions`));
    await expect(page.getByTestId("recheck-list").locator("> li")).toHaveCount(2);
    await expect(page.getByTestId(`orphan-${number(DELETED)}`)).toBeVisible();
    const diff = page.getByTestId("revision-diff");
    await expect(diff.locator("del", { hasText: FROM })).toBeVisible();
    await expect(diff.locator("ins", { hasText: TO })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    // The article page flags them and no longer marks the orphan in the text.
    await page.goto(`/articles/${articleId}`);
    await expect(page.getByTestId("revision-notice")).toBeVisible();
    await expect(page.getByTestId(`recheck-flag-${number(EDITED)}`)).toBeVisible();
    await expect(page.getByTestId(`claim-item-${number(DELETED)}`)).toHaveCount(0);
    expect(await violations(page)).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    // The claim's own page says its quote needs a re-check, as does the orphan's.
    const idOf = (quote: string) => claims.find((claim) => claim.text === quote)!.id;
    await page.goto(`/claims/${idOf(EDITED)}`);
    await expect(page.getByTestId("claim-anchor-notice")).toContainText(/re-check/i);
    await page.goto(`/claims/${idOf(DELETED)}`);
    await expect(page.getByTestId("claim-anchor-notice")).toBeVisible();

    // Accept the first one's new anchor.
    await page.goto(`/articles/${articleId}/revisions`);
    const first = page.getByTestId(`recheck-${number(EDITED)}`);
    await first.getByRole("button", { name: /Accept the new anchor/ }).click();
    await expect(page.getByTestId(`recheck-${number(EDITED)}`)).toHaveCount(0);

    // Re-select the second one's quote: only part of the sentence this time.
    const second = page.getByTestId(`recheck-${number(SECOND)}`);
    await second.getByRole("link", { name: "Select the quote again" }).click();
    await expect(page.getByTestId("reselect-text")).toBeVisible();
    expect(await violations(page)).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.waitForLoadState("networkidle");
    const quote = QUOTE;
    await page.evaluate((wanted) => {
      const root = document.querySelector('[data-testid="reselect-text"]')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.nodeValue?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        root.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
        return;
      }
      throw new Error("quote not found");
    }, quote);
    await expect(page.getByText(`Selected: ${quote}`)).toBeVisible();
    await page.getByRole("button", { name: "Use the selected text" }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${articleId}/revisions$`));
    await expect(page.getByText("No claim needs a re-check.")).toBeVisible();

    // The API agrees: both exact now, the orphan kept.
    const listed = await context.request.get(`/api/v1/articles/${articleId}/claims?limit=100`);
    expect(listed.status()).toBe(200);
    const answer = await context.request.get(`/api/v1/articles/${articleId}/revisions`);
    expect(((await answer.json()) as { current: number }).current).toBe(2);
    await context.close();
  });
}

test("a reviewer reads the revisions but cannot import one", async ({ browser, request }) => {
  const marker = randomUUID().slice(0, 8);
  const { articleId } = await importArticle(request, `Read only ${marker}`, [EDITED, `Desk ${marker}.`].join("\n\n"));
  const context = await browser.newContext();
  await signIn(context, DEMO.reviewer);
  const page = await context.newPage();
  const refused = await context.request.post(`/api/v1/articles/${articleId}/revisions`, { data: { body: `${EDITED} More.` } });
  expect(refused.status()).toBe(403);
  await page.goto(`/articles/${articleId}/revisions/new`);
  await expect(page.getByRole("link", { name: "Import a new version" })).toHaveCount(0);
  await context.close();
});

test("an editor fetches the new version from the article's web address, checks it and imports it", async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const marker = randomUUID().slice(0, 8);
  const tail = `Reported by desk ${marker}.`;
  const { KEPT, DELETED } = STORIES.laptop;
  const ADDED = "The World Food Programme said 2.5 million people needed food aid in Idlib.";
  const revised = [EDITED.replace("97.29", "97.3"), KEPT, ADDED, tail];
  const path = `/news/revised-${marker}`;
  const site = await outsidePages({
    [path]: {
      body: `<!doctype html><html lang="en"><head><title>Coverage | Desk</title></head><body><nav><a href="/">Home</a></nav>
<main><article><h1>Vaccination coverage</h1>${revised.map((p) => `<p>${p}</p>`).join("")}</article></main></body></html>`,
    },
  });
  try {
    // The article records where it came from: the form offers that address.
    await signInViaApi(request, DEMO.editor);
    const created = await request.post("/api/v1/articles", {
      data: { title: `By URL ${marker}`, body: [EDITED, DELETED, KEPT, tail].join("\n\n"), url: site.url(path) },
    });
    expect(created.status()).toBe(201);
    const articleId = ((await created.json()) as { article: { id: string } }).article.id;
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await signIn(context, DEMO.editor);
    const page = await context.newPage();
    await page.goto(`/articles/${articleId}/revisions/new`);
    const address = page.getByLabel("Fetch it from its web address");
    await expect(address).toHaveValue(site.url(path));

    // A refused address says why, under the field.
    await address.fill("http://10.0.0.7/intranet");
    await page.getByRole("button", { name: "Fetch", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: /only fetches public web addresses/ })).toBeVisible({ timeout: 60_000 });

    // The page's article is fetched by a background worker and shown before anything is imported.
    await address.fill(site.url(path));
    await page.getByRole("button", { name: "Fetch", exact: true }).click();
    await expect(page.getByTestId("revision-fetched")).toContainText(site.url(path), { timeout: 60_000 });
    await expect(page.getByLabel("Revised text")).toHaveValue(/97\.3% vaccination coverage/);
    await expect(page.getByLabel("Revised text")).not.toHaveValue(/Home/);
    expect(await violations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole("button", { name: "Import the new version" }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${articleId}/revisions`));
    await expect(page.getByTestId("recheck-list").locator("> li")).toHaveCount(1);
    // The versions list says where revision 2 came from.
    await expect(page.getByRole("link", { name: site.url(path) })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  } finally {
    await site.close();
  }
});
