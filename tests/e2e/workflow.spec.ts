// The verdict workflow end to end: a verdict of Unverified completes the review, consulted
// colleagues reply, finalizing names what is unfinished, claim numbers are permanent, and an
// editor can take a verdict back. Each test makes its own article and people.
import { expect, test, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import {
  articleAssignedTo,
  clickInText,
  createUserAsAdmin,
  DEMO,
  importArticle,
  mentionName,
  selectInArticle,
  signedInPage,
  signInPage,
} from "./fixtures";

const suffix = () => randomUUID().slice(0, 6);

/** The reviewer's queue: how many open, and whether it lists the claim. */
async function expectQueue(page: Page, open: number, claimText: string, listed: boolean) {
  await page.goto("/queue");
  await expect(page.getByTestId("queue-counts")).toContainText(`${open} open`);
  await expect(page.getByRole("link", { name: claimText })).toHaveCount(listed ? 1 : 0);
}

test("a reviewer records Unverified with a rationale: the claim leaves their queue and counts as done", async ({
  browser,
  request,
}) => {
  const reviewer = await createUserAsAdmin(request, "REVIEWER", `Uma Unverified ${suffix()}`);
  const claim = await articleAssignedTo(request, reviewer.email);
  const editor = await signedInPage(browser, DEMO.editor);
  const row = editor.page.getByTestId(`article-row-${claim.articleId}`);
  await editor.page.goto(`/articles?q=${claim.tag}`);
  await expect(row).toContainText("0 of 2 (0%)");
  await expect(row).toContainText("2 not yet reviewed");

  const { context, page } = await signedInPage(browser, reviewer.email, reviewer.password);
  await expectQueue(page, 1, claim.text, true);
  await page.getByRole("link", { name: claim.text }).click();
  await expect(page.getByTestId("claim-status")).toContainText("Not yet reviewed");
  await page.getByRole("radio", { name: "Unverified" }).check();
  await page.getByLabel("Rationale").fill("No source confirms or refutes the evacuation figure yet.");
  await page.getByRole("button", { name: "Record verdict" }).click();
  await expect(page.getByText("Verdict recorded: Unverified.")).toBeVisible();
  await expect(page.getByTestId("claim-status")).toContainText(
    "Unverified — Checked: the available evidence neither confirms nor refutes it.",
  );
  await expect(page.getByTestId("timeline-verdict")).toContainText("Not yet reviewed → Unverified");
  await expect(page.getByTestId("timeline-verdict")).toContainText(
    "No source confirms or refutes the evacuation figure yet.",
  );
  // The assignment is done: the claim is no longer in the queue.
  await expect(page.getByRole("region", { name: "Assignment" })).toContainText("Done");
  await expectQueue(page, 0, claim.text, false);
  await expect(page.getByText("Nothing assigned to you right now.")).toBeVisible();

  // It counts as done in the articles list and on the dashboard.
  await editor.page.reload();
  await expect(row).toContainText("1 of 2 (50%)");
  await expect(row).toContainText("1 unverified");
  await expect(row).toContainText("1 not yet reviewed");
  await editor.page.goto(`/articles/${claim.articleId}/dashboard`);
  await expect(editor.page.getByRole("region", { name: "Review state" })).toContainText("1 of 2 (50%)");
  await expect(editor.page.getByTestId(`claim-row-${claim.number}`)).toContainText("Unverified");
  const workload = editor.page
    .getByRole("table", { name: "Reviewer workload" })
    .getByRole("row", { name: reviewer.name });
  await expect(workload.getByRole("cell")).toHaveText(["0", "0", "1"]);
  await context.close();
  await editor.context.close();
});

test("a consulted colleague reads and replies until an editor ends the consultation; an unknown @name can be posted anyway", async ({
  browser,
  request,
}) => {
  const id = suffix();
  const assigned = await createUserAsAdmin(request, "REVIEWER", `Ann Assigned ${id}`);
  const consulted = await createUserAsAdmin(request, "REVIEWER", `Ben Consulted ${id}`);
  const claim = await articleAssignedTo(request, assigned.email);
  const comments = (page: Page) => page.getByRole("region", { name: /^Comments/ });

  // A, the assigned reviewer, mentions B, who has nothing to do with this article: B is consulted.
  const a = await signedInPage(browser, assigned.email, assigned.password);
  await a.page.goto(`/claims/${claim.id}`);
  await expect(a.page.getByRole("form", { name: "Verdict" })).toBeVisible();
  await expect(a.page.getByTestId("consulted-notice")).toHaveCount(0);
  await a.page
    .getByLabel("Comment", { exact: true })
    .fill(`@${mentionName(consulted.email)} can you check the Homs figure?`);
  await a.page.getByRole("button", { name: "Post comment" }).click();
  await expect(a.page.getByRole("status")).toHaveText(
    "Comment posted. Consulted 1 colleague: they can now read this claim and reply here until an editor ends the consultation.",
  );
  await expect(comments(a.page)).toContainText(`mentions ${consulted.name}`);

  // An @name that matches nobody is refused with a warning; "Post anyway" posts it as written.
  const unknownBody = `@nobody-${id} should see this too.`;
  await a.page.getByLabel("Comment", { exact: true }).fill(unknownBody);
  await a.page.getByRole("button", { name: "Post comment" }).click();
  const warning = a.page.getByTestId("unknown-mentions");
  await expect(warning).toContainText(`No active colleague is called @nobody-${id}.`);
  await expect(comments(a.page).locator(".comment-body", { hasText: unknownBody })).toHaveCount(0);
  await warning.getByRole("button", { name: "Post anyway" }).click();
  await expect(warning).toBeHidden();
  await expect(a.page.getByRole("status")).toHaveText("Comment posted.");
  await expect(comments(a.page).locator(".comment-body", { hasText: unknownBody })).toBeVisible();
  await expect(a.page.getByRole("heading", { name: "Comments (2)" })).toBeVisible();

  // B finds the mention, opens the claim as a consulted colleague and replies; nothing else.
  const b = await signedInPage(browser, consulted.email, consulted.password);
  await b.page.goto("/mentions");
  const mention = b.page.getByTestId("mention");
  await expect(mention).toHaveCount(1);
  await expect(mention).toContainText(assigned.name);
  await mention.getByRole("link", { name: `C${claim.number}: ${claim.text}` }).click();
  await expect(b.page).toHaveURL(new RegExp(`/claims/${claim.id}$`));
  await expect(b.page.getByTestId("consulted-notice")).toContainText("You were consulted on this claim");
  await expect(b.page.getByRole("form", { name: "Verdict" })).toHaveCount(0);
  await expect(b.page.getByRole("radio")).toHaveCount(0);
  await expect(b.page.getByRole("button", { name: "Record verdict" })).toHaveCount(0);
  await expect(b.page.getByRole("button", { name: "Add a source" })).toHaveCount(0);
  await expect(b.page.getByRole("region", { name: "Verdict", exact: true })).toContainText("but not give a verdict");
  await b.page.getByLabel("Comment", { exact: true }).fill("The ministry bulletin gives the same number.");
  await b.page.getByRole("button", { name: "Post comment" }).click();
  await expect(b.page.getByRole("status")).toHaveText("Comment posted.");
  const reply = comments(b.page)
    .getByRole("listitem")
    .filter({ hasText: "The ministry bulletin gives the same number." });
  await expect(reply).toContainText(consulted.name);

  // The editor sees who is consulted and ends it; B is then refused the claim.
  const editor = await signedInPage(browser, DEMO.editor);
  await editor.page.goto(`/claims/${claim.id}`);
  const consultations = editor.page.getByTestId("consultations");
  await expect(consultations).toContainText(`Consulted: ${consulted.name} (by ${assigned.name})`);
  await expect(comments(editor.page)).toContainText("The ministry bulletin gives the same number.");
  await consultations.getByRole("button", { name: `End consultation with ${consulted.name}` }).click();
  await expect(editor.page.getByTestId("consultations")).toHaveCount(0);

  const refused = await b.page.goto(`/claims/${claim.id}`);
  expect(refused?.status()).toBe(403);
  await expect(b.page.getByRole("heading", { name: /403/ })).toBeVisible();
  const late = await b.context.request.post(`/api/v1/claims/${claim.id}/comments`, {
    data: { body: "One more thing." },
  });
  expect(late.status()).toBe(403);
  await a.context.close();
  await b.context.close();
  await editor.context.close();
});

test("an editor finalizes an unfinished article by its counts; the reviewer's queue lets go; the claim page reopens it", async ({
  browser,
  request,
}) => {
  const reviewer = await createUserAsAdmin(request, "REVIEWER", `Fay Finalized ${suffix()}`);
  const claim = await articleAssignedTo(request, reviewer.email);
  const r = await signedInPage(browser, reviewer.email, reviewer.password);
  await expectQueue(r.page, 1, claim.text, true);

  const { context, page } = await signedInPage(browser, DEMO.editor);
  await page.goto(`/articles/${claim.articleId}/dashboard`);
  await page.getByRole("button", { name: "Finalize…" }).click();
  const confirm = page.getByTestId("finalize-confirm");
  await expect(confirm).toContainText(
    "2 claims without a verdict and 1 open assignment: finalizing locks the verdicts as they are and cancels the open assignments.",
  );
  // Cancel leaves it open; the second try finalizes.
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId("review-state")).toHaveText("Open for review.");
  await page.getByRole("button", { name: "Finalize…" }).click();
  await page.getByRole("button", { name: "Finalize with 2 claims without a verdict and 1 open assignment" }).click();
  await expect(page.getByRole("status")).toHaveText("Finalized. 1 open assignment was cancelled.");
  await expect(page.getByTestId("review-state")).toContainText("Finalized");
  await expect(page.getByRole("button", { name: "Reopen article" })).toBeVisible();

  await expectQueue(r.page, 0, claim.text, false);

  // On a claim of the finalized article the editor reopens it right there.
  await page.goto(`/claims/${claim.id}`);
  const locked = page.getByTestId("article-locked");
  await expect(locked).toContainText("Article finalized");
  await expect(page.getByRole("button", { name: "Add a source" })).toHaveCount(0);
  await locked.getByRole("button", { name: "Reopen article" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Article reopened: verdicts and sources may change again. 1 assignment cancelled by the finalization is open again.",
  );
  await expect(locked).toBeHidden();
  await expect(page.getByRole("button", { name: "Add a source" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Record verdict" })).toBeVisible();
  await expect(page.getByTestId("timeline-review-state")).toHaveText([/^Article finalized by/, /^Article reopened by/]);

  // The cancelled assignment is back with its reviewer.
  await expectQueue(r.page, 1, claim.text, true);
  await context.close();
  await r.context.close();
});

test("claim numbers survive a delete and a split, are never reused, and name the claim in its URL", async ({
  page,
  request,
}) => {
  const tag = suffix();
  const { articleId, claims } = await importArticle(
    request,
    `Numbers E2E ${tag}`,
    [
      `Officials said 1,200 people were evacuated from the city of Homs on Tuesday (${tag}).`,
      "The health ministry reported 97.29% vaccination coverage in Damascus in 2023.",
      "Unemployment in Aleppo fell to 14% in March, the statistics office said.",
      "Rebel forces captured the airport near Hama and attacked two army checkpoints.",
    ].join("\n\n"),
  );
  expect(claims.map((claim) => claim.number)).toEqual(claims.map((_, index) => index + 1));
  const last = claims.length;
  expect(last).toBeGreaterThanOrEqual(4);
  // The pages show each claim's statement (C5, "attacked two army checkpoints.", reads with its subject).
  const textOf = new Map(claims.map((claim) => [claim.number, claim.statement]));
  expect(textOf.get(3)).toBe("Unemployment in Aleppo fell to 14% in March, the statistics office said.");

  await signInPage(page, DEMO.editor);
  await page.goto(`/articles/${articleId}`);
  const item = (number: number) => page.getByTestId(`claim-item-${number}`);
  for (const claim of claims) await expect(item(claim.number).locator(".claim-text")).toHaveText(claim.statement);

  // Delete C2.
  await item(2).getByRole("button", { name: "Delete" }).click();
  await item(2).getByRole("button", { name: "Yes, delete" }).click();
  await expect(item(2)).toHaveCount(0);

  // Split C3: the second part takes the next free number; C3 keeps its own.
  await item(3).getByRole("button", { name: "Split" }).click();
  await clickInText(page, item(3).getByRole("slider", { name: "Place to split claim C3" }), "the statistics", 1);
  await item(3).getByRole("button", { name: "Split here" }).click();
  const split = last + 1;
  await expect(page.getByTestId("curation-notice").getByRole("status")).toContainText(`Split into C3 and C${split}.`);
  await expect(item(split).locator(".claim-text")).toHaveText("the statistics office said.");
  await expect(item(3).locator(".claim-text")).toHaveText("Unemployment in Aleppo fell to 14% in March,");
  for (const number of [1, ...claims.map((claim) => claim.number).filter((n) => n >= 4)]) {
    await expect(item(number).locator(".claim-text")).toHaveText(textOf.get(number) ?? "");
  }
  // Reading order, numbers as labels: C1, C3, C{split}, C4, …
  await expect(page.locator("ol.claim-list > li")).toHaveCount(last);
  await expect(page.locator("ol.claim-list").getByRole("link", { name: /show in the text$/ })).toHaveText([
    "C1",
    "C3",
    `C${split}`,
    ...claims.filter((claim) => claim.number >= 4).map((claim) => `C${claim.number}`),
  ]);

  // A claim added from the deleted claim's sentence gets the number after that; C2 is not reused.
  await selectInArticle(page, "97.29% vaccination coverage in Damascus");
  await page.getByRole("button", { name: "Add claim from selection" }).click();
  const added = split + 1;
  await expect(page.getByText(`Claim added. It is C${added}.`)).toBeVisible();
  await expect(item(added).locator(".claim-text")).toHaveText("97.29% vaccination coverage in Damascus");
  await expect(item(2)).toHaveCount(0);

  // /articles/{id}/claims/{number} opens that claim; a deleted number is not found.
  for (const [number, text] of [
    [4, textOf.get(4) ?? ""],
    [split, "the statistics office said."],
    [added, "97.29% vaccination coverage in Damascus"],
  ] as const) {
    await page.goto(`/articles/${articleId}/claims/${number}`);
    await expect(page).toHaveURL(/\/claims\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`C${number} ${text}`);
    await expect(page.getByTestId("claim-highlight")).toHaveText(text);
  }
  await page.goto(`/articles/${articleId}/claims/C3`);
  await expect(page.getByTestId("claim-highlight")).toHaveText("Unemployment in Aleppo fell to 14% in March,");
  const gone = await page.goto(`/articles/${articleId}/claims/2`);
  expect(gone?.status()).toBe(404);
});

test("an editor takes a verdict back with a reason: not yet reviewed again, in the history and back in the queue", async ({
  browser,
  request,
}) => {
  const reviewer = await createUserAsAdmin(request, "REVIEWER", `Tom Takenback ${suffix()}`);
  const claim = await articleAssignedTo(request, reviewer.email);
  const r = await signedInPage(browser, reviewer.email, reviewer.password);
  const verdict = await r.context.request.post(`/api/v1/claims/${claim.id}/verdict`, {
    data: { status: "UNVERIFIED", rationale: "Nothing found either way on the Homs figure.", version: 1 },
  });
  expect(verdict.ok()).toBeTruthy();
  await expectQueue(r.page, 0, claim.text, false);

  const { context, page } = await signedInPage(browser, DEMO.editor);
  await page.goto(`/claims/${claim.id}`);
  await expect(page.getByTestId("claim-status")).toContainText("Unverified");
  const form = page.getByRole("form", { name: "Take the verdict back" });
  await form.getByRole("button", { name: "Take the verdict back" }).click();
  await expect(form.getByText("Say why the verdict is taken back")).toBeVisible();
  await form.getByLabel("Reason for taking the verdict back").fill("The ministry revised its figure on Friday.");
  await form.getByRole("button", { name: "Take the verdict back" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Verdict taken back: the claim is not yet reviewed again and its assignment is open.",
  );
  await expect(page.getByTestId("claim-status")).toContainText("Not yet reviewed");
  const history = page.getByTestId("timeline-verdict");
  await expect(history).toHaveCount(2);
  await expect(history.nth(1)).toContainText("Unverified → Not yet reviewed");
  await expect(history.nth(1)).toContainText("Verdict taken back: The ministry revised its figure on Friday.");
  await expect(page.getByTestId("history-verification")).toContainText("History verifies (2 status changes");
  // Nothing left to take back; the assignment is open again.
  await expect(page.getByRole("form", { name: "Take the verdict back" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Assignment" })).toContainText("Open");

  await expectQueue(r.page, 1, claim.text, true);
  await context.close();
  await r.context.close();
});
