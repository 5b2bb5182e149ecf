// Import by HTML upload and curation by an editor (split by clicking, merge and undo, add from a
// selection beside it, highlight ↔ card, the assign form's confirmations), at a laptop's and a
// phone's width, with axe; reviewers get a read-only page.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page, type TestInfo } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { clickInText, DEMO, selectInArticle, signIn, signInPage, signInViaApi } from "./fixtures";

const WIDTHS = [
  { name: "laptop", width: 1366, height: 768 },
  { name: "phone", width: 390, height: 844 },
] as const;

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join(" | ")}`,
  );
}

/** A screenshot kept in the HTML report, to look at the screens as a person sees them. */
async function shot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function importViaApi(request: APIRequestContext, title: string, body: string) {
  const created = await request.post("/api/v1/articles", { data: { title, body } });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { article: { id: string } }).article.id;
}

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

/** The selection tool is drawn just under the selection's last line, inside the window. */
async function expectBesideSelection(page: Page) {
  const button = page.getByRole("button", { name: "Add claim from selection" });
  await expect(button).toBeVisible();
  const selection = await page.evaluate(() => {
    const rects = [...(document.getSelection()?.getRangeAt(0).getClientRects() ?? [])];
    const last = rects.at(-1);
    return last ? { bottom: last.bottom, left: last.left, right: last.right } : null;
  });
  const box = await button.boundingBox();
  expect(selection).not.toBeNull();
  expect(box).not.toBeNull();
  if (!selection || !box) return;
  expect(box.y).toBeGreaterThanOrEqual(selection.bottom);
  expect(box.y - selection.bottom).toBeLessThan(40);
  const width = page.viewportSize()?.width ?? 0;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
}

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
  for (const gone of [
    "Home",
    "World desk",
    "tracked-by-script",
    "color",
    "Draft note",
    "Invisible teaser",
    "E2E upload",
  ]) {
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

  // Split "Unemployment … said." (C3) by clicking inside "the" of "the statistics office": the
  // place snaps to the word's start, the preview shows both parts, the second gets the next number.
  const unemployment = claimItem(page, "Unemployment in Aleppo");
  await expect(unemployment).toHaveAttribute("data-testid", "claim-item-3");
  await unemployment.getByRole("button", { name: "Split" }).click();
  const quote = unemployment.getByRole("slider", { name: "Place to split claim C3" });
  await expect(unemployment.getByRole("button", { name: "Split here" })).toBeDisabled();
  await clickInText(page, quote, "the statistics", 1);
  const preview = unemployment.getByRole("list", { name: "The two parts" });
  await expect(preview.locator("li").first()).toHaveText("C3 Unemployment in Aleppo fell to 14% in March,");
  await expect(preview.locator("li").nth(1)).toHaveText("New claim: the statistics office said.");
  await unemployment.getByRole("button", { name: "Split here" }).click();
  const secondPart = `C${initial + 1}`;
  const notice = page.getByTestId("curation-notice");
  await expect(notice.getByRole("status")).toContainText(`Split into C3 and ${secondPart}.`);
  await expect(notice.getByRole("button", { name: "Undo" })).toBeFocused();
  await expect(claimItem(page, "the statistics office said.").locator(".claim-text")).toHaveText(
    "the statistics office said.",
  ); // Delete the Homs claim (C1), then add part of its sentence back from a selection.
  const homs = claimItem(page, "Officials said 1,200");
  await homs.getByRole("button", { name: "Delete" }).click();
  await expect(homs).toContainText("Delete claim C1?");
  await homs.getByRole("button", { name: "Yes, delete" }).click();
  await expect(claimItem(page, "Officials said 1,200")).toHaveCount(0);
  await expect(marks).toHaveCount(initial);
  // One notice at a time: the delete's replaced the split's.
  await expect(notice).toHaveCount(1);
  await expect(notice.getByRole("status")).toContainText("Deleted C1.");

  await selectInArticle(page, "1,200 people were evacuated from the city of Homs");
  await expect(page.getByText("Selected: “1,200 people were evacuated from the city of Homs”")).toBeVisible();
  await expectBesideSelection(page);
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
  const viaApi = await page.request.post("/api/v1/articles", {
    data: { title: "Reviewer import", body: `Text ${randomUUID()}` },
  });
  expect(viaApi.status()).toBe(403);

  // The demo article, where the reviewer has assignments: text and claims, read-only.
  await page.goto("/articles");
  const hrefs = await page
    .locator('main a[href^="/articles/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const readable = hrefs.find((href) => /^\/articles\/(?!new$)[^/]+$/.test(href));
  expect(readable).toBeDefined();
  await page.goto(readable ?? "/articles");
  await expect(page.locator("#article-body mark.claim").first()).toBeVisible();
  await expect(page.locator("ol.claim-list > li").first()).toBeVisible();
  for (const name of [
    "Re-run extraction",
    "Add claim from selection",
    "Edit wording",
    "Split",
    "Delete",
    /Merge with/,
  ]) {
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }
  await expect(page.getByText(/^Audit log/)).toHaveCount(0);
  await expect(page.getByText(/Check-worthiness/)).toHaveCount(0);
});

const ARTICLE = [
  "Officials said 1,200 people were evacuated from the city of Homs on Tuesday.",
  "The health ministry reported 97.29% vaccination coverage in Damascus in 2023.",
  "Unemployment in Aleppo fell to 14% in March, the statistics office said.",
];

for (const size of WIDTHS) {
  test(`at ${size.width} px: split by clicking, merge with a preview, undo both, highlight ↔ card, axe clean`, async ({
    browser,
    request,
  }, testInfo) => {
    await signInViaApi(request, DEMO.editor);
    const marker = randomUUID().slice(0, 8);
    const articleId = await importViaApi(
      request,
      `Undo ${marker}`,
      [...ARTICLE, `Reported by desk ${marker}.`].join("\n\n"),
    );
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
    await signIn(context, DEMO.editor);
    const page = await context.newPage();
    await page.goto(`/articles/${articleId}`);
    const found: string[] = [];
    const check = async (when: string) => {
      for (const line of await violations(page)) found.push(`${when}: ${line}`);
      const wider = await overflow(page);
      if (wider > 0) found.push(`${when}: the page is ${wider} px wider than the window`);
    };
    const marks = page.locator("#article-body mark.claim");
    await expect(marks.first()).toBeVisible();
    const initial = await marks.count();

    // Highlight → card: a click on the highlighted text scrolls to its claim and focuses it; the
    // card's number goes back to the highlight.
    await clickInText(page, marks.nth(1), "health ministry", 2);
    const second = page.getByTestId("claim-item-2");
    await expect(second).toBeFocused();
    await expect(second).toBeInViewport();
    await second.getByRole("link", { name: "Claim C2: show in the text" }).click();
    await expect(marks.nth(1)).toBeFocused();
    await expect(marks.nth(1)).toBeInViewport();

    // Split C3 by clicking in "statistics", then undo it.
    const third = page.getByTestId("claim-item-3");
    await third.getByRole("button", { name: "Split" }).click();
    const quote = third.getByRole("slider", { name: "Place to split claim C3" });
    await clickInText(page, quote, "statistics", 2);
    await expect(third.getByRole("list", { name: "The two parts" }).locator("li").nth(1)).toHaveText(
      "New claim: statistics office said.",
    );
    // The keyboard moves the place word by word, too.
    await quote.press("ArrowLeft");
    await expect(third.getByRole("list", { name: "The two parts" }).locator("li").nth(1)).toHaveText(
      "New claim: the statistics office said.",
    );
    await check("split picker open");
    await shot(page, testInfo, `split-picker-${size.width}`);
    await third.getByRole("button", { name: "Split here" }).click();
    const notice = page.getByTestId("curation-notice");
    await expect(notice.getByRole("status")).toContainText(`Split into C3 and C${initial + 1}.`);
    await expect(marks).toHaveCount(initial + 1);
    await notice.getByRole("button", { name: "Undo" }).click();
    await expect(notice.getByRole("status")).toHaveText(
      `Split undone: C3 is whole again and C${initial + 1} is removed.`,
    );
    await expect(marks).toHaveCount(initial);
    await expect(third.locator(".claim-text")).toHaveText(ARTICLE[2]);

    // Merge C1 with C2: the preview shows the joined text; then undo.
    const first = page.getByTestId("claim-item-1");
    await first.getByRole("button", { name: "Merge with claim C2" }).click();
    await expect(first.locator(".merge-preview")).toContainText("C1 and C2 become one claim");
    await expect(first.locator(".merge-quote")).toContainText("on Tuesday.");
    await expect(first.locator(".merge-quote")).toContainText("The health ministry reported");
    await check("merge preview open");
    await first.getByRole("button", { name: "Merge with C2" }).click();
    await expect(notice.getByRole("status")).toContainText("Merged C1 and C2 into C1.");
    await expect(page.getByTestId("claim-item-2")).toHaveCount(0);
    await expect(marks).toHaveCount(initial - 1);
    await check("after the merge, with its undo offer");
    await shot(page, testInfo, `merge-undo-offer-${size.width}`);
    await notice.getByRole("button", { name: "Undo" }).click();
    await expect(notice.getByRole("status")).toHaveText("Merge undone: C1 and C2 are separate again.");
    await expect(page.getByTestId("claim-item-2")).toBeVisible();
    await expect(marks).toHaveCount(initial);

    // The audit log keeps the merge and its undo.
    await page.getByText(/^Audit log/).click();
    const log = page.locator(".audit-log");
    await expect(log.getByText("Merged C1 and C2 into C1")).toBeVisible();
    await expect(log.getByText("Undid the merge of C1 and C2: both are separate again")).toBeVisible();
    await expect(log.getByText(`Undid the split of C3: C${initial + 1} removed, C3 whole again`)).toBeVisible();

    // "Add claim from selection" beside a selection near the end of the text.
    await selectInArticle(page, `desk ${marker}`);
    await expectBesideSelection(page);
    await check("selection tool shown");
    await page.getByTestId("selection-tool").scrollIntoViewIfNeeded();
    await shot(page, testInfo, `selection-tool-${size.width}`);
    await context.close();
    expect(found, found.join("\n")).toEqual([]);
  });
}

test("in an Arabic (right-to-left) article on a phone, the selection tool sits under the selection and adds it", async ({
  browser,
  request,
}) => {
  await signInViaApi(request, DEMO.editor);
  const marker = randomUUID().slice(0, 8);
  const body = [
    "قال مسؤولون إن 1200 شخص أُجلوا من مدينة حمص يوم الثلاثاء الماضي بسبب القتال.",
    "وأعلنت وزارة الصحة أن نسبة التطعيم في دمشق بلغت 97 في المئة عام 2023.",
    `وذكر مكتب الإحصاء أن البطالة في حلب انخفضت إلى 14 في المئة في آذار ${marker}.`,
  ].join("\n\n");
  const articleId = await importViaApi(request, `عربي ${marker}`, body);
  // Free the first sentence: delete whatever extraction anchored in it.
  const listed = await request.get(`/api/v1/articles/${articleId}/claims?limit=100`);
  const { claims } = (await listed.json()) as { claims: { id: string; start: number; version: number }[] };
  for (const claim of claims.filter((c) => c.start < body.indexOf("\n"))) {
    expect((await request.delete(`/api/v1/claims/${claim.id}?version=${claim.version}`)).status()).toBe(200);
  }
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await signIn(context, DEMO.editor);
  const page = await context.newPage();
  await page.goto(`/articles/${articleId}`);
  await expect(page.locator("#article-body")).toHaveAttribute("dir", "rtl");
  await selectInArticle(page, "أُجلوا من مدينة حمص");
  await expectBesideSelection(page);
  expect(await violations(page)).toEqual([]);
  await page.getByRole("button", { name: "Add claim from selection" }).click();
  await expect(page.getByTestId("curation-notice").getByRole("status")).toContainText("Claim added.");
  await expect(page.locator("#article-body mark.claim").first()).toContainText("أُجلوا من مدينة حمص");
  await context.close();
});

test("assigning: no reviewer chosen for you, a past due date asks first, one message at a time, stale errors clear", async ({
  page,
  request,
}) => {
  await signInViaApi(request, DEMO.editor);
  const articleId = await importViaApi(request, `Assign ${randomUUID().slice(0, 8)}`, ARTICLE.join("\n\n"));
  await signInPage(page, DEMO.editor);
  await page.goto(`/articles/${articleId}/assign`);
  const board = page.getByRole("form", { name: "Assign claims" });
  const reviewer = board.getByLabel("Reviewer");
  await expect(reviewer).toHaveValue("");
  await expect(reviewer.locator("option").first()).toHaveText("Choose a reviewer…");

  await board.locator('input[name="claimIds"]').first().check();
  await board.getByRole("button", { name: "Assign 1" }).click();
  await expect(board.getByText("Choose a reviewer.").first()).toBeVisible();
  // Working in auto-assign makes the board's errors stale.
  const auto = page.getByRole("form", { name: "Auto-assign" });
  await auto.getByRole("checkbox").first().check();
  await expect(board.getByText("Choose a reviewer.")).toHaveCount(0);

  await reviewer.selectOption({ index: 1 });
  await board.getByLabel("Due date").fill("2020-01-15");
  await board.getByRole("button", { name: "Assign 1" }).click();
  await expect(board.getByText("The due date 2020-01-15 is in the past. Assign with this date anyway?")).toBeVisible();
  await board.getByRole("button", { name: "Change the date" }).click();
  await expect(board.getByLabel("Due date")).toBeFocused();
  await board.getByLabel("Due date").fill("2099-01-15");
  await board.getByRole("button", { name: "Assign 1" }).click();
  await expect(board.getByRole("status")).toHaveText("Assigned 1 claim(s).");

  await auto.getByRole("button", { name: "Auto-assign" }).click();
  await expect(auto.getByRole("status")).toHaveText(/Auto-assigned \d+ claim\(s\)\./);
  await expect(page.locator(".form-success")).toHaveCount(1);
});
