// Issue 13's findable exports and local time: an editor exports a date range from the UI, and due
// dates are entered and shown in each reader's own time zone.
import { readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { parse as parseCsv } from "csv-parse/sync";
import { createUserAsAdmin, DEMO, importArticle, signIn, signInPage } from "./fixtures";

test("an editor exports a date range from the Reports page and gets a named CSV with a byte-order mark", async ({
  page,
}) => {
  const tag = randomUUID().slice(0, 8);
  const title = `Export E2E ${tag} — انسحابات`;
  await importArticle(
    page.request,
    title,
    `The ministry said 40 people were evacuated from Hama on Monday ${tag}.\n\nقال المرصد إن 130 مقاتلاً قتلوا في المعارك.`,
  );
  await signInPage(page, DEMO.editor);
  await page.goto("/articles");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("heading", { name: "Export a date range" })).toBeVisible();

  // Field errors from the shared schema: the end before the start, and no start at all.
  await page.getByLabel("From (first day)").fill("2030-01-02");
  await page.getByLabel("To (last day, included)").fill("2030-01-01");
  await page.getByRole("button", { name: "Export" }).click();
  await expect(page.getByText("The end date is before the start date.")).toBeVisible();
  await page.getByLabel("From (first day)").fill("");
  await page.getByRole("button", { name: "Export" }).click();
  await expect(page.locator("#export-from-error")).toHaveText("Give the date as YYYY-MM-DD.");

  // Today's (UTC) imports are in the range; CSV of claims, byte-order mark left on (the default).
  const today = new Date().toISOString().slice(0, 10);
  await page.getByLabel("From (first day)").fill(today);
  await page.getByLabel("To (last day, included)").fill(today);
  await page.getByLabel("Format").selectOption("csv");
  await expect(page.getByLabel(/byte-order mark/)).toBeChecked();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`claimledger-${today}-to-${today}-audit-claims.csv`);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes, { bom: true, columns: true }) as Record<string, string>[];
  const ours = rows.filter((row) => row.article_title === title);
  expect(ours.length).toBeGreaterThan(0);
  expect(ours.some((row) => row.text.includes("130"))).toBe(true);

  // Without the mark, and as PDF: names follow the format.
  await page.getByLabel(/byte-order mark/).uncheck();
  const [plain] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export" }).click(),
  ]);
  expect((await readFile((await plain.path())!)).subarray(0, 11).toString("latin1")).toBe("article_id,");
  await page.getByLabel("Format").selectOption("pdf");
  const [pdf] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export" }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe(`claimledger-${today}-to-${today}-audit.pdf`);
  expect((await readFile((await pdf.path())!)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
});

test("reviewers do not see the Reports page", async ({ page }) => {
  await signInPage(page, DEMO.reviewer);
  await page.goto("/articles");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" })).toHaveCount(0);
  const response = await page.goto("/reports");
  expect(response?.status()).toBe(403);
});

test("due dates are entered in the editor's zone and shown in each reader's zone", async ({ browser, request }) => {
  const reviewer = await createUserAsAdmin(request, "REVIEWER", `Zone Reviewer ${randomUUID().slice(0, 6)}`);
  const tag = randomUUID().slice(0, 8);
  const { articleId } = await importArticle(
    request,
    `Zones E2E ${tag}`,
    `Officials said 1,200 people were evacuated from Homs on Tuesday ${tag}.\n\nThe ministry reported 97.29% coverage in Damascus in 2023.`,
  );

  // An editor in Tokyo assigns C1 due 15 January 2030: due by the end of that day in Tokyo.
  const tokyo = await browser.newContext({ timezoneId: "Asia/Tokyo" });
  await signIn(tokyo, DEMO.editor);
  const editorPage = await tokyo.newPage();
  await editorPage.goto(`/articles/${articleId}/dashboard`);
  // The browser's zone is taken while the editor has chosen none.
  await expect(editorPage.getByTestId("time-zone-link")).toHaveText("Times in Asia/Tokyo");
  await editorPage.getByLabel("Select claim C1").check();
  const bulk = editorPage.getByRole("group", { name: "Bulk actions on the ticked claims" });
  await bulk.getByLabel("Reviewer").selectOption({ label: reviewer.name });
  await bulk.getByLabel("Due date").fill("2030-01-15");
  await bulk.getByRole("button", { name: "Assign" }).click();
  await expect(editorPage.getByRole("status")).toHaveText("Assigned 1 claim(s).");
  await expect(editorPage.getByTestId("claim-row-1")).toContainText("15 Jan 2030");
  await expect(editorPage.getByTestId("claim-row-1")).not.toContainText("UTC");
  await tokyo.close();

  // The reviewer's browser is in New York: the same deadline is that morning there (14:59 UTC), named by its offset.
  const newYork = await browser.newContext({ timezoneId: "America/New_York" });
  await signIn(newYork, reviewer.email, reviewer.password);
  const reviewerPage = await newYork.newPage();
  await reviewerPage.goto("/queue");
  await expect(reviewerPage.getByTestId("time-zone-link")).toHaveText("Times in America/New_York");
  const row = reviewerPage.getByTestId("queue-item").filter({ hasText: `${tag}` });
  await expect(row.getByTestId("queue-due")).toHaveText("15 Jan 2030, 09:59 UTC-5");

  // Choosing a zone in the settings wins over the browser's; a bad name is refused at the field.
  await reviewerPage.getByTestId("time-zone-link").click();
  await reviewerPage.getByLabel("Time zone", { exact: true }).fill("Europe/Atlantis");
  await reviewerPage.getByRole("button", { name: "Save time zone" }).click();
  await expect(reviewerPage.locator("#time-zone-error")).toContainText("Choose a time zone from the list");
  await reviewerPage.getByLabel("Time zone", { exact: true }).fill("Asia/Tokyo");
  await reviewerPage.getByRole("button", { name: "Save time zone" }).click();
  await expect(reviewerPage.getByRole("status")).toHaveText("Saved: times are shown in Asia/Tokyo.");
  await expect(reviewerPage.getByTestId("time-zone-in-use")).toContainText("Asia/Tokyo (chosen)");
  await reviewerPage.goto("/queue");
  await expect(row.getByTestId("queue-due")).toHaveText("15 Jan 2030");
  await newYork.close();
});
