// Pages from "outside", served on the 127.0.0.1 port the app may fetch (scripts/run-e2e.ts): an
// editor imports an article by its address (fetched by a background job, its progress shown),
// and a reviewer adds a source and sees its snapshot appear without reloading. Serial: the tests
// share that one port.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { articleAssignedTo, createUserAsAdmin, DEMO, outsidePages, signedInPage } from "./fixtures";

test.describe.configure({ mode: "serial" });

test("an editor imports an article from its web address", async ({ browser }) => {
  const tag = randomUUID().slice(0, 8);
  const paragraphs = [
    `The port of Tartus reopened on Monday after a four-day closure, the transport ministry said (${tag}).`,
    "Officials said 11 ships were waiting to unload wheat and fuel when the port closed on Thursday.",
    "The closure followed a strike on a nearby depot that killed three workers, according to the civil defence.",
  ];
  const site = await outsidePages({
    [`/news/${tag}`]: {
      body: `<!doctype html><html lang="en"><head><title>Tartus port reopens | The Coast Herald</title>
<meta property="og:site_name" content="The Coast Herald"></head><body><nav><a href="/">Home</a></nav>
<article><h1>Tartus port reopens</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`,
    },
  });
  try {
    const { context, page } = await signedInPage(browser, DEMO.editor);
    await page.goto("/articles/new");
    await page.getByLabel("Fetch from a web address").fill(site.url(`/news/${tag}`));
    await page.getByRole("button", { name: "Fetch", exact: true }).click();
    // Fetched by a background job: the page says where it is while it waits.
    await expect(page.getByTestId("fetch-progress")).toHaveText(/waiting for a background worker|Fetching the page/);
    await expect(page.getByText(`Fetched ${site.url(`/news/${tag}`)}.`)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId("fetch-progress")).toHaveCount(0);
    await expect(page.getByLabel("Title")).toHaveValue("Tartus port reopens");
    await expect(page.getByLabel("Publisher (optional)")).toHaveValue("The Coast Herald");
    await expect(page.getByLabel("Article text")).toHaveValue(/11 ships were waiting/);

    // An address the fetcher refuses says why, on the field.
    await page.getByLabel("Fetch from a web address").fill("http://10.0.0.1/intranet");
    await page.getByRole("button", { name: "Fetch", exact: true }).click();
    await expect(page.getByText(/only fetches public web addresses/)).toBeVisible({ timeout: 30_000 });

    await page.getByRole("button", { name: "Import article" }).click();
    await expect(page).toHaveURL(/\/articles\/\w+$/);
    await expect(page.getByRole("heading", { name: "Tartus port reopens" })).toBeVisible();
    await context.close();
  } finally {
    await site.close();
  }
});

test("a reviewer adds a source and sees its snapshot appear", async ({ browser, request }) => {
  const tag = randomUUID().slice(0, 8);
  const site = await outsidePages({
    [`/report-${tag}`]: {
      body: `<!doctype html><html><head><title>Evacuation update</title></head><body><article><h1>Evacuation update</h1>
<p>About 1,200 people were evacuated from Homs on Tuesday, the UN said.</p><p>${"Aid agencies gave further details at a briefing. ".repeat(10)}</p></article></body></html>`,
    },
  });
  try {
    const reviewer = await createUserAsAdmin(request, "REVIEWER");
    const claim = await articleAssignedTo(request, reviewer.email);
    const { context, page } = await signedInPage(browser, reviewer.email, reviewer.password);
    await page.goto(`/claims/${claim.id}`);
    await page.getByRole("button", { name: "Add a source" }).click();
    await page.getByLabel("URL").fill(site.url(`/report-${tag}`));
    await page.getByLabel("Title").fill("UN evacuation update");
    await page.getByLabel("Excerpt").fill("About 1,200 people were evacuated from Homs");
    await page.getByRole("radio", { name: "Supports" }).check();
    await page.getByRole("button", { name: "Add source", exact: true }).click();
    await expect(page.getByText("Source added.")).toBeVisible();

    // Taken in the background; the page shows it when it lands, without a reload by hand.
    const snapshot = page.getByTestId("snapshot");
    await expect(snapshot).toBeVisible({ timeout: 30_000 });
    await expect(snapshot).toHaveAttribute("data-link-state", "OK");
    await expect(snapshot).toContainText(/Snapshot .* · 200 · sha256 [0-9a-f]{10}…/);
    await expect(snapshot).toContainText("The excerpt occurs in it.");

    await snapshot.getByRole("link", { name: /View the stored text/ }).click();
    await expect(page.getByRole("heading", { name: /Snapshot of a source/ })).toBeVisible();
    await expect(page.getByTestId("snapshot-sha256")).toHaveText(/^[0-9a-f]{64}$/);
    await expect(page.getByText("About 1,200 people were evacuated from Homs on Tuesday")).toBeVisible();
    await context.close();
  } finally {
    await site.close();
  }
});
