// Statements and candidates below the line (issue 12), as an editor and a reviewer use them.
import { expect, test } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { DEMO, importArticle, signedInPage, signInPage } from "./fixtures";

const BODY = (tag: string) =>
  [
    `Rebel forces captured the airport near Hama on Monday and attacked two army checkpoints on Tuesday (${tag}).`,
    "It was a cold morning in the city.",
  ].join("\n\n");

test("an editor promotes a candidate below the line; the reviewer reads the statement beside the quote", async ({
  page,
  browser,
}) => {
  const tag = randomUUID().slice(0, 8);
  const { articleId, claims } = await importArticle(page.request, `Statements E2E ${tag}`, BODY(tag));
  const attacked = claims.find((claim) => claim.text.startsWith("attacked"));
  expect(attacked).toBeDefined();

  await signInPage(page, DEMO.editor);
  await page.goto(`/articles/${articleId}`);
  const candidates = page.getByTestId("candidates");
  await candidates.getByText("Candidates below the line").click();
  const cold = candidates.getByTestId("candidate").filter({ hasText: "It was a cold morning in the city." });
  await expect(cold).toContainText("Check-worthiness 0.");
  await cold.getByRole("button", { name: "Promote to claim" }).click();
  await expect(candidates.getByRole("status")).toHaveText(/Added as C\d+\./);
  await expect(page.locator("ol.claim-list > li", { hasText: "It was a cold morning in the city." })).toBeVisible();
  await expect(candidates.getByTestId("candidate").filter({ hasText: "It was a cold morning" })).toHaveCount(0);

  const assigned = await page.request.post(`/api/v1/claims/${attacked!.id}/assignments`, {
    data: { reviewerEmail: DEMO.reviewer },
  });
  expect(assigned.status()).toBe(201);

  const reviewer = await signedInPage(browser, DEMO.reviewer);
  await reviewer.page.goto(`/claims/${attacked!.id}`);
  await expect(reviewer.page.getByRole("heading", { level: 1 })).toContainText(
    "Rebel forces attacked two army checkpoints on Tuesday",
  );
  await expect(reviewer.page.getByTestId("claim-quote")).toHaveText(
    `In the article: “attacked two army checkpoints on Tuesday (${tag}).”`,
  );
  await reviewer.page.goto("/queue");
  await expect(reviewer.page.getByRole("link", { name: /Rebel forces attacked two army checkpoints/ })).toBeVisible();
  await reviewer.context.close();
});
