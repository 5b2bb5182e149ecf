// An editor works an article from its dashboard: filters, bulk-assigns, finalizes, and
// downloads the PDF (text extracted and checked) and the ClaimReview file.
import { readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { DEMO, signInPage } from "./fixtures";

test("editor filters, bulk-assigns, finalizes and downloads reports", async ({ page }) => {
  await signInPage(page, DEMO.editor);
  const tag = randomUUID().slice(0, 8);
  const body = [
    `Officials said 1,200 people were evacuated from the city of Homs on Tuesday (${tag}).`,
    "The health ministry reported 97.29% vaccination coverage in Damascus in 2023.",
    "Rebel forces captured the airport near Hama and attacked two army checkpoints.",
  ].join("\n\n");
  const created = await page.request.post("/api/v1/articles", { data: { title: `Dashboard e2e ${tag}`, body } });
  expect(created.status()).toBe(201);
  const { article, claims } = (await created.json()) as { article: { id: string }; claims: { id: string; text: string }[] };
  expect(claims.length).toBeGreaterThanOrEqual(3);

  // A verdict with a source, so the report has history to show.
  const source = await page.request.post(`/api/v1/claims/${claims[0].id}/evidence`, {
    data: { url: `https://example.org/${tag}`, title: "Ministry statement", stance: "SUPPORTS", excerpt: "1,200 evacuated", version: 1 },
  });
  expect(source.status()).toBe(201);
  const { claim } = (await source.json()) as { claim: { version: number } };
  const verdict = await page.request.post(`/api/v1/claims/${claims[0].id}/verdict`, {
    data: { status: "CORROBORATED", rationale: `Ministry statement confirms it ${tag}.`, version: claim.version },
  });
  expect(verdict.ok()).toBeTruthy();

  // The articles list finds it by a word of a claim and links to the dashboard.
  await page.goto(`/articles?q=${tag}`);
  await expect(page.getByRole("link", { name: "Import article" })).toBeVisible();
  const row = page.getByTestId(`article-row-${article.id}`);
  await expect(row).toContainText("1 corroborated");
  await expect(row.getByRole("progressbar")).toBeVisible();
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(pages).toContainText("Showing 1–1 of 1 article");
  await expect(pages.getByRole("link")).toHaveCount(0);
  await row.getByRole("link", { name: `Dashboard e2e ${tag}` }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}/dashboard`));

  // New claims start as "Not yet reviewed": filter to those.
  await expect(page.getByTestId("claim-row-2")).toContainText("Not yet reviewed");
  await page.getByRole("form", { name: "Filter claims" }).getByLabel("Status").selectOption({ label: "Not yet reviewed" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=PENDING/);
  await expect(page.getByRole("heading", { name: `Claims (${claims.length - 1} of ${claims.length})` })).toBeVisible();
  await expect(page.getByTestId("claim-row-1")).toHaveCount(0);
  await expect(page.getByTestId("claim-row-2")).toContainText("C2");

  // Bulk-assign the two shown first to Rita with a due date.
  await page.getByLabel("Select claim C2").check();
  await page.getByLabel("Select claim C3").check();
  const bulk = page.getByRole("group", { name: "Bulk actions on the ticked claims" });
  await bulk.getByLabel("Reviewer").selectOption({ label: "Rita Reviewer" });
  await bulk.getByLabel("Due date").fill("2030-01-15");
  await bulk.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("status")).toHaveText("Assigned 2 claim(s).");
  await expect(page.getByTestId("claim-row-2")).toContainText("Rita Reviewer");
  // Entered and shown as a day in the editor's zone (due by the end of it).
  await expect(page.getByTestId("claim-row-3")).toContainText("15 Jan 2030");
  await expect(page.getByRole("table", { name: "Reviewer workload" })).toContainText("Rita Reviewer");

  // Finalize in two steps: the confirmation names what is unfinished; recorded in the history.
  const pending = claims.length - 1;
  await page.getByRole("button", { name: "Finalize…" }).click();
  await expect(page.getByTestId("finalize-confirm")).toContainText(`${pending} claims without a verdict and 2 open assignments`);
  await page.getByRole("button", { name: `Finalize with ${pending} claims without a verdict and 2 open assignments` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Finalized." })).toHaveText("Finalized. 2 open assignments were cancelled.");
  await expect(page.getByTestId("review-state")).toContainText("Finalized");
  await expect(page.getByTestId("finalization-history")).toContainText("finalized the article");
  await expect(page.getByRole("button", { name: "Reopen article" })).toBeVisible();

  // PDF: the claims and their history.
  const [pdfDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "PDF report" }).click()]);
  const pdf = await readFile((await pdfDownload.path()) ?? "");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  const flat = text.replace(/\s+/g, " ");
  for (const item of claims) expect(flat).toContain(item.text.replace(/\s+/g, " ").slice(0, 25));
  expect(flat).toContain(`Ministry statement confirms it ${tag}.`);
  expect(flat).toContain("Not yet reviewed → Corroborated");
  expect(flat).toMatch(/Review state: Finalized/);

  // ClaimReview: one review, for the corroborated claim.
  const [reviewDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "ClaimReview (JSON-LD)" }).click()]);
  const reviews = JSON.parse(await readFile((await reviewDownload.path()) ?? "", "utf8")) as { claimReviewed: string; reviewRating: { alternateName: string } }[];
  expect(reviews).toHaveLength(1);
  expect(reviews[0]).toMatchObject({ claimReviewed: claims[0].text, reviewRating: { alternateName: "Corroborated" } });
});

test("reviewers see their article's dashboard read-only, and may not export", async ({ page }) => {
  await signInPage(page, DEMO.reviewer);
  await page.goto("/articles");
  const link = page.getByRole("table", { name: "Articles" }).getByRole("link").first();
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Dashboard:");
  await expect(page.getByRole("button", { name: /Finalize article|Reopen article/ })).toHaveCount(0);
  await expect(page.getByRole("group", { name: "Bulk actions on the ticked claims" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "PDF report" })).toHaveCount(0);
  const articleId = new URL(page.url()).pathname.split("/")[2];
  const refused = await page.request.get(`/api/v1/articles/${articleId}/report?format=json`);
  expect(refused.status()).toBe(403);
  const bad = await page.request.get(`/api/v1/reports?from=2024-01-01&to=2024-01-31&format=xml`);
  expect(bad.status()).toBe(403);
});

test("report API: 400 with field messages for a bad format or date", async ({ page }) => {
  await signInPage(page, DEMO.editor);
  const bad = await page.request.get("/api/v1/reports?from=2024-02-30&to=2024-03-01&format=xml");
  expect(bad.status()).toBe(400);
  const { error } = (await bad.json()) as { error: { fields: Record<string, string[]> } };
  expect(Object.keys(error.fields).sort()).toEqual(["format", "from"]);
  const csv = await page.request.get("/api/v1/reports?from=2000-01-01&to=2099-12-31&format=csv&kind=history");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  // A UTF-8 byte-order mark first (the default, for Excel), then the header.
  expect((await csv.text()).startsWith("\uFEFFarticle_id,claim_id,claim_number,seq,")).toBe(true);
});
