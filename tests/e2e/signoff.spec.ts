// Issue 17: an editor signs off a queue of verdicts with the keyboard (approve, send back with a
// comment, next/previous), then publishes the article; the queue is axe-clean and fits a phone.
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO, importArticle, signIn, signInViaApi } from "./fixtures";
import { axeViolations } from "./axe";

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Three claims with verdicts set by the demo admin, so the demo editor may sign them off. */
async function articleAwaitingSignoff(request: APIRequestContext) {
  const tag = randomUUID().slice(0, 8);
  const { articleId, claims } = await importArticle(
    request,
    `Sign-off E2E ${tag}`,
    [
      `Officials said 1,200 people were evacuated from the city of Homs on Tuesday ${tag}.`,
      "The health ministry reported 97.29% vaccination coverage in Damascus in 2023.",
      "Rebel forces captured the airport near Hama and attacked two army checkpoints.",
    ].join("\n\n"),
  );
  expect(claims.length).toBeGreaterThanOrEqual(3);
  await signInViaApi(request, DEMO.admin);
  for (const claim of claims.slice(0, 3)) {
    const { version } = (await (await request.get(`/api/v1/claims/${claim.id}`)).json()) as { version: number };
    const set = await request.post(`/api/v1/claims/${claim.id}/verdict`, {
      data: { status: "UNVERIFIED", rationale: `Nobody could confirm it yet (${tag}).`, version },
    });
    expect(set.status()).toBe(200);
  }
  return { articleId, claims, tag };
}

test("an editor signs off a queue with the keyboard and publishes the article", async ({ browser, request }) => {
  const { articleId, claims, tag } = await articleAwaitingSignoff(request);
  const [first, second, third] = claims;
  const context = await browser.newContext();
  await signIn(context, DEMO.editor);
  const page = await context.newPage();
  await page.goto(`/articles/${articleId}/dashboard`);
  await expect(page.getByTestId("awaiting-signoff")).toContainText("3 verdicts awaiting sign-off");
  await page.getByTestId("awaiting-signoff").getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/signoff\\?article=${articleId}$`));
  await expect(page.getByRole("link", { name: "Sign-off", exact: true })).toHaveAttribute("aria-current", "page");

  const item = page.getByTestId("signoff-item");
  await expect(item).toHaveAttribute("data-claim-id", first.id);
  await expect(page.getByTestId("signoff-shortcuts")).toContainText("a approve");
  await expect(item).toContainText(`Nobody could confirm it yet (${tag}).`);
  expect(await axeViolations(page)).toEqual([]);

  // j / k move; a approves the verdict on screen.
  await page.keyboard.press("j");
  await expect(item).toHaveAttribute("data-claim-id", second.id);
  await page.keyboard.press("k");
  await expect(item).toHaveAttribute("data-claim-id", first.id);
  await page.keyboard.press("a");
  await expect(page.locator("main .form-success")).toContainText(`Approved C${first.number}.`);
  await expect(item).toHaveAttribute("data-claim-id", second.id);

  // s opens the comment box; an empty comment is refused; then it goes back to the reviewer.
  await page.keyboard.press("s");
  const comment = page.getByLabel("What should the reviewer look at again?");
  await expect(comment).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Say what the reviewer should look at again.")).toBeVisible();
  await comment.fill("The evacuation figure comes from a single official: find a second source.");
  await comment.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.locator("main .form-success")).toContainText(`Sent C${second.number} back to its reviewer.`);
  await expect(item).toHaveAttribute("data-claim-id", third.id);
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press("a");
  await expect(page.getByTestId("signoff-empty")).toBeVisible();

  // Publish: C2 was sent back, so it blocks until excluded.
  await page.goto(`/articles/${articleId}/dashboard`);
  const panel = page.getByTestId("publish-panel");
  await expect(panel.getByTestId("publish-blocking")).toContainText(`C${second.number}`);
  for (const claim of claims.slice(3)) await panel.getByTestId(`exclude-c${claim.number}`).check();
  await panel.getByTestId(`exclude-c${second.number}`).check();
  await expect(panel.getByTestId("publish-blocking")).toHaveCount(0);
  const url = `https://factcheck.example.org/${tag}`;
  await panel.getByLabel("Public URL of the fact-check").fill(url);
  await panel.getByTestId("publish-button").click();
  await expect(panel.getByRole("status")).toContainText("Published 2 claims.");
  await expect(panel.getByTestId("publication-state")).toContainText(url);
  expect(await axeViolations(page)).toEqual([]);

  const feed = await context.request.get("/api/v1/claimreview?limit=200");
  const urls: string[] = [];
  let body = (await feed.json()) as { items: { url: string }[]; next: string | null };
  urls.push(...body.items.map((entry) => entry.url));
  while (body.next) {
    body = (await (await context.request.get(`/api/v1/claimreview?limit=200&cursor=${body.next}`)).json()) as typeof body;
    urls.push(...body.items.map((entry) => entry.url));
  }
  expect(urls.filter((entry) => entry.startsWith(url)).sort()).toEqual([`${url}#c${first.number}`, `${url}#c${third.number}`].sort());
  await context.close();
});

test("the sign-off queue fits a phone", async ({ browser, request }) => {
  const { articleId } = await articleAwaitingSignoff(request);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await signIn(context, DEMO.editor);
  const page = await context.newPage();
  for (const path of [`/signoff?article=${articleId}`, `/articles/${articleId}/dashboard`]) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    expect(await overflow(page), path).toBeLessThanOrEqual(0);
  }
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});
