// A newcomer is told where to start, by role, until they have done something.
import { expect, test } from "@playwright/test";
import { articleAssignedTo, createUserAsAdmin, DEMO, signIn } from "./fixtures";

test("a new reviewer is sent to their queue; the note goes once they have acted", async ({ browser, request }) => {
  const reviewer = await createUserAsAdmin(request, "REVIEWER");
  const claim = await articleAssignedTo(request, reviewer.email);
  const context = await browser.newContext();
  await signIn(context, reviewer.email, reviewer.password);
  const page = await context.newPage();
  await page.goto("/articles");
  const note = page.getByRole("region", { name: "Where to start" });
  await expect(note).toBeVisible();
  await note.getByRole("link", { name: "Open your queue" }).click();
  await expect(page).toHaveURL(/\/queue$/);

  // Having cited a source (an action recorded in the audit log), the reviewer is no newcomer.
  const { version } = (await (await context.request.get(`/api/v1/claims/${claim.id}`)).json()) as { version: number };
  const added = await context.request.post(`/api/v1/claims/${claim.id}/evidence`, {
    data: { url: "https://example.org/report", title: "Ministry statement", stance: "SUPPORTS", version },
  });
  expect(added.status()).toBe(201);
  await page.goto("/articles");
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Where to start" })).toHaveCount(0);
  await context.close();
});

test("a new editor is pointed at an article's claims, its assignments and its dashboard", async ({
  browser,
  request,
}) => {
  const editor = await createUserAsAdmin(request, "EDITOR");
  await articleAssignedTo(request, "reviewer@claimledger.local");
  const context = await browser.newContext();
  await signIn(context, editor.email, editor.password);
  const page = await context.newPage();
  await page.goto("/articles");
  const note = page.getByRole("region", { name: "Where to start" });
  await expect(note.getByRole("link", { name: "Read the first article below" })).toHaveAttribute(
    "href",
    /^\/articles\/[\w-]+$/,
  );
  await note.getByRole("link", { name: "Assign its claims" }).click();
  await expect(page).toHaveURL(/\/articles\/[\w-]+\/assign$/);
  await page.goBack();
  await page.getByRole("region", { name: "Where to start" }).getByRole("link", { name: "Follow its progress" }).click();
  await expect(page).toHaveURL(/\/articles\/[\w-]+\/dashboard$/);
  await context.close();
});

test("the demo's own accounts keep the note (the seeded work is recorded as theirs)", async ({ browser }) => {
  const context = await browser.newContext();
  await signIn(context, DEMO.reviewer);
  const page = await context.newPage();
  await page.goto("/articles");
  const note = page.getByRole("region", { name: "Where to start" });
  await expect(note.getByRole("link", { name: "Open your queue" })).toBeVisible();
  await expect(note).not.toContainText("goes away");
  await context.close();
});
