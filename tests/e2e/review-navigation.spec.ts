// Working through the queue (issue 20): next/previous claim with buttons and j/k, the way on after
// a verdict, the current rationale beside the verdict, the whole article; My queue's sort
// remembered after a reload; the evidence form's required stance; the admin's confirm steps. At a
// laptop and a phone width, with axe.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { createUserAsAdmin, importArticle, signIn } from "./fixtures";
import { axeViolations } from "./axe";

const WIDTHS = [
  { name: "laptop", width: 1366, height: 768 },
  { name: "phone", width: 390, height: 844 },
] as const;

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Checks the page as it is now: no axe violations, no sideways scrolling. */
async function checkPage(page: Page, what: string) {
  expect(await axeViolations(page), what).toEqual([]);
  expect(await overflow(page), `${what}: wider than the window`).toBeLessThanOrEqual(0);
}

/**
 * As the demo editor: two articles whose claims are assigned to the reviewer with due dates in
 * the order A-C1, B-C1, A-C2 (so the due-date and article orders differ). The request is now the
 * editor.
 */
async function queueOfThree(request: APIRequestContext, reviewerEmail: string) {
  const tag = randomUUID().slice(0, 8);
  const body = (place: string) =>
    `Officials said 1,200 people were evacuated from ${place} on Tuesday ${tag}.\n\nThe health ministry reported 97.29% vaccination coverage in ${place} in 2023.`;
  const a = await importArticle(request, `Alpha ${tag}`, body("Homs"));
  const b = await importArticle(request, `Beta ${tag}`, body("Hama"));
  const plan = [
    { claim: a.claims[0], due: "2030-01-01" },
    { claim: b.claims[0], due: "2030-01-02" },
    { claim: a.claims[1], due: "2030-01-03" },
  ];
  for (const { claim, due } of plan) {
    const assigned = await request.post(`/api/v1/claims/${claim.id}/assignments`, {
      data: { reviewerEmail, dueAt: due },
    });
    expect(assigned.status()).toBe(201);
  }
  return { tag, ordered: plan.map((step) => step.claim), articleA: a.articleId, articleB: b.articleId };
}

for (const size of WIDTHS) {
  test.describe(`at ${size.width} px`, () => {
    test("next and previous claim in queue order, with buttons and j/k; a verdict shows its rationale and leads on", async ({
      browser,
      request,
    }) => {
      const reviewer = await createUserAsAdmin(request, "REVIEWER");
      const { ordered } = await queueOfThree(request, reviewer.email);
      const [first, second, third] = ordered;
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
      await signIn(context, reviewer.email, reviewer.password);
      const page = await context.newPage();

      await page.goto("/queue");
      await expect(page.getByTestId("queue-item")).toHaveCount(3);
      await checkPage(page, "/queue");
      await page.getByRole("link", { name: first.statement }).click();
      await expect(page).toHaveURL(new RegExp(`/claims/${first.id}$`));
      const pager = page.getByRole("navigation", { name: "Claims" });
      await expect(pager.getByTestId("claim-position")).toHaveText("1 of 3 in your queue");
      await expect(pager.getByRole("link", { name: "Previous claim" })).toHaveCount(0);
      await checkPage(page, "claim page");

      // The button, then the keys.
      await pager.getByRole("link", { name: "Next claim" }).click();
      await expect(page).toHaveURL(new RegExp(`/claims/${second.id}$`));
      await expect(page.getByTestId("claim-position")).toHaveText("2 of 3 in your queue");
      await page.keyboard.press("j");
      await expect(page).toHaveURL(new RegExp(`/claims/${third.id}$`));
      await expect(
        page.getByRole("navigation", { name: "Claims" }).getByRole("link", { name: "Next claim" }),
      ).toHaveCount(0);
      await page.keyboard.press("k");
      await expect(page).toHaveURL(new RegExp(`/claims/${second.id}$`));
      await page.getByRole("navigation", { name: "Claims" }).getByRole("link", { name: "Previous claim" }).click();
      await expect(page).toHaveURL(new RegExp(`/claims/${first.id}$`));

      // Typing j in a field types it.
      const comment = page.getByLabel("Comment", { exact: true });
      await comment.fill("");
      await comment.press("j");
      await expect(comment).toHaveValue("j");
      await expect(page).toHaveURL(new RegExp(`/claims/${first.id}$`));
      await comment.fill("");

      // The claim in its paragraph, and the whole article on demand.
      const whole = page.getByTestId("whole-article");
      await expect(page.getByTestId("claim-highlight-in-article")).toBeHidden();
      await whole.getByText("Read the whole article").click();
      await expect(page.getByTestId("claim-highlight-in-article")).toBeVisible();
      await expect(whole).toContainText("The health ministry reported 97.29% vaccination coverage");

      // A verdict: its rationale shows beside it, and the way on is the next claim.
      await page.getByRole("radio", { name: "Unverified" }).check();
      await page.getByLabel("Rationale").fill("No source confirms or refutes the Homs figure yet.");
      await page.getByRole("button", { name: "Record verdict" }).click();
      await expect(page.getByText("Verdict recorded: Unverified.")).toBeVisible();
      await expect(page.getByTestId("current-rationale")).toContainText(
        "No source confirms or refutes the Homs figure yet.",
      );
      await expect(page.getByTestId("claim-status")).toContainText("Unverified");
      const onward = page.getByRole("link", { name: "Go on to the next claim" });
      await expect(onward).toBeFocused();
      // Nothing a reviewer reads says "version".
      await expect(page.getByRole("main")).not.toContainText(/\bversion\b/i);
      await checkPage(page, "claim page after a verdict");
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`/claims/${second.id}$`));
      // The claim left the queue; the rest is still in order.
      await expect(page.getByTestId("claim-position")).toHaveText("1 of 2 in your queue");
      await context.close();
    });

    test("My queue sorts and filters, and remembers the choice after a reload", async ({ browser, request }) => {
      const reviewer = await createUserAsAdmin(request, "REVIEWER");
      const { ordered, tag, articleB } = await queueOfThree(request, reviewer.email);
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
      await signIn(context, reviewer.email, reviewer.password);
      const page = await context.newPage();
      await page.goto("/queue");
      const claimLinks = page.getByTestId("queue-item").locator("td:nth-child(2) a");
      await expect(claimLinks).toHaveText(ordered.map((claim) => claim.statement));

      const form = page.getByRole("form", { name: "Sort and filter the queue" });
      await form.getByLabel("Sort by").selectOption("article");
      await form.getByRole("button", { name: "Apply" }).click();
      // Article order: Alpha's claims in reading order, then Beta's.
      await expect(claimLinks).toHaveText([ordered[0], ordered[2], ordered[1]].map((claim) => claim.statement));
      await page.reload();
      await expect(page.getByLabel("Sort by")).toHaveValue("article");
      await expect(claimLinks).toHaveText([ordered[0], ordered[2], ordered[1]].map((claim) => claim.statement));

      // Next/previous follow the remembered order.
      await page.getByRole("link", { name: ordered[2].statement }).click();
      await expect(page.getByTestId("claim-position")).toHaveText("2 of 3 in your queue");
      await page.keyboard.press("j");
      await expect(page).toHaveURL(new RegExp(`/claims/${ordered[1].id}$`));

      // A filter, remembered in a new session too (it lives on the account, not in the browser).
      await page.goto("/queue");
      await page.getByLabel("Article", { exact: true }).selectOption({ label: `Beta ${tag}` });
      await page.getByRole("button", { name: "Apply" }).click();
      await expect(claimLinks).toHaveText([ordered[1].statement]);
      const elsewhere = await browser.newContext({ viewport: { width: size.width, height: size.height } });
      await signIn(elsewhere, reviewer.email, reviewer.password);
      const second = await elsewhere.newPage();
      await second.goto("/queue");
      await expect(second.getByTestId("queue-item")).toHaveCount(1);
      await expect(second.getByLabel("Article", { exact: true })).toHaveValue(articleB);
      await checkPage(second, "/queue filtered");
      await second.getByRole("button", { name: "Default view" }).click();
      await expect(second.getByTestId("queue-item")).toHaveCount(3);
      await elsewhere.close();
      await context.close();
    });

    test("the evidence form asks for a stance: none is chosen for the reviewer", async ({ browser, request }) => {
      const reviewer = await createUserAsAdmin(request, "REVIEWER");
      const { ordered } = await queueOfThree(request, reviewer.email);
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
      await signIn(context, reviewer.email, reviewer.password);
      const page = await context.newPage();
      await page.goto(`/claims/${ordered[0].id}`);
      await page.getByRole("button", { name: "Add a source" }).click();
      const stances = page.getByRole("group", { name: "Stance" }).getByRole("radio");
      await expect(stances).toHaveCount(3);
      for (const stance of await stances.all()) await expect(stance).not.toBeChecked();
      await page.getByLabel("URL").fill("https://stats.example/homs");
      await page.getByLabel("Title").fill("Statistics office");
      await page.getByRole("button", { name: "Add source", exact: true }).click();
      await expect(page.getByText("Choose whether the source supports, refutes or gives context.")).toBeVisible();
      await expect(page.getByTestId("evidence-item")).toHaveCount(0);
      await checkPage(page, "evidence form with its error");
      await page.getByRole("radio", { name: "Refutes" }).check();
      await page.getByRole("button", { name: "Add source", exact: true }).click();
      await expect(page.getByText("Source added.")).toBeVisible();
      await expect(page.getByTestId("evidence-item")).toContainText("Statistics office");
      // The form stays open for the next source, which starts without a stance again.
      for (const stance of await page.getByRole("group", { name: "Stance" }).getByRole("radio").all()) {
        await expect(stance).not.toBeChecked();
      }
      await context.close();
    });

    test("an admin confirms role changes, deactivation and token revocation, told what will happen", async ({
      browser,
      request,
    }) => {
      const admin = await createUserAsAdmin(request, "ADMIN", "Confirming Admin");
      const target = await createUserAsAdmin(request, "REVIEWER", `Rafa ${randomUUID().slice(0, 4)}`);
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
      await signIn(context, admin.email, admin.password);
      const page = await context.newPage();
      await page.goto("/admin/users");
      const row = page.getByTestId(`user-row-${target.email}`);

      // A role change asks first; cancelling (Esc) leaves the role as it was.
      await row.getByLabel(`Role of ${target.name}`).selectOption("EDITOR");
      let dialog = page.getByRole("dialog", { name: `Change the role of ${target.name}?` });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText("becomes Editor instead of Reviewer");
      await expect(dialog).toContainText("Editors import and curate articles");
      await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
      await checkPage(page, "role confirmation");
      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
      await expect(row.getByLabel(`Role of ${target.name}`)).toHaveValue("REVIEWER");
      await row.getByLabel(`Role of ${target.name}`).selectOption("EDITOR");
      await dialog.getByRole("button", { name: "Change the role to Editor" }).click();
      await expect(dialog).toBeHidden();
      await expect(row.getByLabel(`Role of ${target.name}`)).toHaveValue("EDITOR");
      await page.reload();
      await expect(page.getByTestId(`user-row-${target.email}`).getByLabel(`Role of ${target.name}`)).toHaveValue(
        "EDITOR",
      );

      // Deactivation says what it does: signed out, tokens revoked for good.
      await row.getByRole("button", { name: "Deactivate" }).click();
      dialog = page.getByRole("dialog", { name: `Deactivate ${target.name}?` });
      await expect(dialog).toContainText("signed out everywhere at once");
      await expect(dialog).toContainText("revoked for good");
      await dialog.getByRole("button", { name: "Cancel" }).click();
      await expect(row).toContainText("Active");
      await row.getByRole("button", { name: "Deactivate" }).click();
      await dialog.getByRole("button", { name: "Deactivate" }).click();
      await expect(row).toContainText("Deactivated");

      // Revoking one's own token.
      await page.goto("/settings/tokens");
      const name = `confirm-${randomUUID().slice(0, 6)}`;
      await page.getByLabel("Token name").fill(name);
      await page.getByRole("button", { name: "Create token" }).click();
      await expect(page.getByTestId("new-token")).toBeVisible();
      const tokenRow = page.getByTestId(`token-row-${name}`);
      await tokenRow.getByRole("button", { name: `Revoke ${name}` }).click();
      dialog = page.getByRole("dialog", { name: `Revoke the token “${name}”?` });
      await expect(dialog).toContainText("cannot be restored");
      await checkPage(page, "token confirmation");
      await dialog.getByRole("button", { name: "Cancel" }).click();
      await expect(tokenRow).not.toContainText("Revoked");
      await tokenRow.getByRole("button", { name: `Revoke ${name}` }).click();
      await dialog.getByRole("button", { name: "Revoke token" }).click();
      await expect(tokenRow).toContainText("Revoked");
      await context.close();
    });
  });
}

test("an editor reaching a claim from the article moves through the article's claims", async ({ browser, request }) => {
  const reviewer = await createUserAsAdmin(request, "REVIEWER");
  const { ordered } = await queueOfThree(request, reviewer.email);
  const context = await browser.newContext();
  await signIn(context, "editor@claimledger.local");
  const page = await context.newPage();
  await page.goto(`/claims/${ordered[0].id}`);
  await expect(page.getByTestId("claim-position")).toHaveText("1 of 2 in the article");
  await page.keyboard.press("j");
  await expect(page).toHaveURL(new RegExp(`/claims/${ordered[2].id}$`));
  await expect(page.getByRole("navigation", { name: "Claims" })).toContainText("Last claim of the article");
  await context.close();
});

test("a claim held by a deactivated reviewer is flagged on the claim page and the users page", async ({
  browser,
  request,
}) => {
  const reviewer = await createUserAsAdmin(request, "REVIEWER", `Dana ${randomUUID().slice(0, 4)}`);
  const { ordered } = await queueOfThree(request, reviewer.email);
  const context = await browser.newContext();
  await signIn(context, "admin@claimledger.local");
  const page = await context.newPage();
  await page.goto("/admin/users");
  const row = page.getByTestId(`user-row-${reviewer.email}`);
  await row.getByRole("button", { name: "Deactivate…" }).click();
  const form = page.getByRole("form", { name: `Deactivate ${reviewer.name}` });
  await expect(form).toContainText("signed out everywhere at once");
  await form.getByLabel("Leave them (the dashboards will flag them)").check();
  await form.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByRole("status")).toContainText(`Deactivated ${reviewer.name}.`);
  await expect(row.getByTestId("deactivated-holds")).toHaveText("holds 3 open assignments");
  await page.goto(`/claims/${ordered[0].id}`);
  await expect(page.getByTestId("claim-held-by-deactivated")).toContainText("held by a deactivated account");
  await expect(page.getByRole("region", { name: "Assignment" })).toContainText("(deactivated)");
  await context.close();
});
