// Import by HTML upload and curation by an editor; reviewers get a read-only page.
import { expect, test, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { DEMO, selectInArticle, signInPage, signInViaApi } from "./fixtures";

function uploadHtml(marker: string) {
  return `<!doctype html><html><head><title>E2E upload ${marker}</title><style>p { color: red }</style></head><body>
<nav><a href="/">Home</a> <a href="/world">World desk</a></nav>
<script>document.title = "tracked-by-script";</script>
<article>
<p>Officials said 1,200 people were evacuated from the city of Homs on Tuesday (${marker}).</p>
<p>The health ministry reported 97.29% vaccination coverage in Damascus in 2023.</p>
<p>Unemployment in Aleppo fell to 14% in March, the statistics office said.</p>
<div hidden>Draft note for editors only</div>
<p style="display: none">Invisible teaser</p>
</article></body></html>`;
}

const claimItem = (page: Page, text: string) => page.locator("ol.claim-list > li", { hasText: text });

test("an editor imports an HTML file and curates its claims", async ({ page }) => {
  const marker = randomUUID().slice(0, 8);
  await signInPage(page, DEMO.editor);
  await page.goto("/articles/new");
  await page.getByLabel("Upload a file (optional)").setInputFiles({
    name: "story.html",
    mimeType: "text/html",
    buffer: Buffer.from(uploadHtml(marker), "utf8"),
  });
  const body = page.getByLabel("Article text");
  await expect(body).toHaveValue(/Officials said 1,200 people were evacuated/);
  const imported = await body.inputValue();
  for (const gone of ["Home", "World desk", "tracked-by-script", "color", "Draft note", "Invisible teaser", "E2E upload"]) {
    expect(imported).not.toContain(gone);
  }
  await expect(page.getByLabel("Title")).toHaveValue(`E2E upload ${marker}`);
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page).toHaveURL(/\/articles\/(?!new)[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`E2E upload ${marker}`);
  const articleUrl = new URL(page.url()).pathname;

  // The same text again points to the existing article.
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill("Same text again");
  await page.getByLabel("Article text").fill(imported);
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.locator(".form-error")).toContainText("already imported");
  await expect(page.getByRole("link", { name: "Open the existing article" })).toHaveAttribute("href", articleUrl);
  await page.goto(articleUrl);

  const marks = page.locator("#article-body mark.claim");
  await expect(marks.first()).toBeVisible();
  const initial = await marks.count();
  expect(initial).toBeGreaterThanOrEqual(3);
  // Highlights are numbered by the claims' permanent numbers, not colour alone, and the list links to them.
  await expect(marks.first().locator("[data-label]")).toHaveText("[C1]");
  await page.locator("ol.claim-list > li").first().getByRole("link", { name: "Claim C1: show in the text" }).click();
  await expect(page).toHaveURL(/#claim-/);

  // Split "Unemployment … said." (C3) before "the statistics office": the second part gets the next number.
  const unemployment = claimItem(page, "Unemployment in Aleppo");
  await expect(unemployment).toHaveAttribute("data-testid", "claim-item-3");
  await unemployment.getByRole("button", { name: "Split" }).click();
  const splitSelect = unemployment.getByLabel("Split claim C3 before");
  const value = await splitSelect.locator("option", { hasText: "| the statistics office" }).getAttribute("value");
  await splitSelect.selectOption(value ?? "");
  await unemployment.getByRole("button", { name: "Split here" }).click();
  const secondPart = `C${initial + 1}`;
  await expect(unemployment.getByRole("status")).toHaveText(`Split into C3 and ${secondPart}.`);
  await expect(claimItem(page, "the statistics office said.").locator(".claim-text")).toHaveText("the statistics office said.");
  await expect(claimItem(page, "the statistics office said.")).toHaveAttribute("data-testid", `claim-item-${initial + 1}`);
  await expect(claimItem(page, "Unemployment in Aleppo").locator(".claim-text")).toHaveText("Unemployment in Aleppo fell to 14% in March,");
  await expect(marks).toHaveCount(initial + 1);

  // Delete the Homs claim (C1), then add part of its sentence back from a selection.
  const homs = claimItem(page, "Officials said 1,200");
  await homs.getByRole("button", { name: "Delete" }).click();
  await expect(homs).toContainText("Delete claim C1?");
  await homs.getByRole("button", { name: "Yes, delete" }).click();
  await expect(claimItem(page, "Officials said 1,200")).toHaveCount(0);
  await expect(marks).toHaveCount(initial);

  await selectInArticle(page, "1,200 people were evacuated from the city of Homs");
  await expect(page.getByText("Selected: “1,200 people were evacuated from the city of Homs”")).toBeVisible();
  await page.getByRole("button", { name: "Add claim from selection" }).click();
  const added = `C${initial + 2}`;
  await expect(page.getByText(`Claim added. It is ${added}.`)).toBeVisible();
  await expect(claimItem(page, "1,200 people were evacuated").locator(".claim-text")).toHaveText(
    "1,200 people were evacuated from the city of Homs",
  );
  await expect(marks.first()).toContainText("1,200 people were evacuated from the city of Homs");
  await expect(marks.first().locator("[data-label]")).toHaveText(`[${added}]`);
  await expect(marks).toHaveCount(initial + 1);

  // Every change is in the audit log, naming the claims by number.
  await page.getByText(/^Audit log/).click();
  const log = page.locator(".audit-log");
  for (const line of [
    `Imported the article “E2E upload ${marker}” with ${initial} claims`,
    `Split C3 into C3 and ${secondPart}`,
    "Deleted C1: “Officials said 1,200 people were evacuated",
    `Added ${added}: “1,200 people were evacuated from the city of Homs”`,
  ]) {
    await expect(log.getByText(line)).toBeVisible();
  }
});

test("a reviewer reads articles without curation controls and cannot import", async ({ page, playwright, baseURL }) => {
  // An article the reviewer has no assignment in.
  const editorApi = await playwright.request.newContext({ baseURL });
  await signInViaApi(editorApi, DEMO.editor);
  const created = await editorApi.post("/api/v1/articles", {
    data: { title: "Not yours", body: `Officials said 730 people fled Idlib on Monday (${randomUUID()}).` },
  });
  expect(created.status()).toBe(201);
  const { article } = (await created.json()) as { article: { id: string } };
  await editorApi.dispose();

  await signInPage(page, DEMO.reviewer);
  expect((await page.goto(`/articles/${article.id}`))?.status()).toBe(403);
  expect((await page.goto("/articles/new"))?.status()).toBe(403);
  const viaApi = await page.request.post("/api/v1/articles", { data: { title: "Reviewer import", body: `Text ${randomUUID()}` } });
  expect(viaApi.status()).toBe(403);

  // The demo article, where the reviewer has assignments: text and claims, read-only.
  await page.goto("/articles");
  const hrefs = await page.locator('main a[href^="/articles/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const readable = hrefs.find((href) => /^\/articles\/(?!new$)[^/]+$/.test(href));
  expect(readable).toBeDefined();
  await page.goto(readable ?? "/articles");
  await expect(page.locator("#article-body mark.claim").first()).toBeVisible();
  await expect(page.locator("ol.claim-list > li").first()).toBeVisible();
  for (const name of ["Re-run extraction", "Add claim from selection", "Edit wording", "Split", "Delete", /Merge with/]) {
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }
  await expect(page.getByText(/^Audit log/)).toHaveCount(0);
  await expect(page.getByText(/Check-worthiness/)).toHaveCount(0);
});
