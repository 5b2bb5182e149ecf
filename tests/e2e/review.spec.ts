import { expect, test } from "@playwright/test";
import { DEMO, articleAssignedTo, createUserAsAdmin, mentionName, signIn, signedInPage } from "./fixtures";

test("a reviewer works a claim from the queue; a stale page gets the conflict view and re-applies", async ({
  browser,
  request,
}) => {
  const reviewer = await createUserAsAdmin(request, "REVIEWER");
  const claim = await articleAssignedTo(request, reviewer.email);

  // The stale page: opened now, used after the other page changed the claim.
  const stale = await signedInPage(browser, reviewer.email, reviewer.password);
  await stale.page.goto(`/claims/${claim.id}`);
  await expect(stale.page.getByTestId("claim-version")).toBeVisible();

  const { page } = await signedInPage(browser, reviewer.email, reviewer.password);
  await page.goto("/queue");
  await expect(page.getByTestId("queue-counts")).toContainText("1 open");
  await page.getByRole("link", { name: claim.text }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${claim.id}$`));
  await expect(page.getByTestId("claim-highlight")).toHaveText(claim.text);

  await page.getByRole("button", { name: "Add a source" }).click();
  await page.getByLabel("URL").fill("HTTPS://Reliefweb.Example/homs-evacuation#top");
  await page.getByLabel("Title").fill("UN OCHA situation report");
  await page.getByRole("radio", { name: "Supports" }).check();
  await page.getByRole("button", { name: "Add source", exact: true }).click();
  await expect(page.getByText("Source added.")).toBeVisible();
  await expect(page.getByTestId("evidence-item")).toContainText("https://reliefweb.example/homs-evacuation");

  await page.getByRole("radio", { name: "Corroborated" }).check();
  await page.getByLabel("Rationale").fill("The UN situation report gives the same evacuation figure.");
  await page.getByRole("button", { name: "Record verdict" }).click();
  await expect(page.getByText("Verdict recorded: Corroborated.")).toBeVisible();
  const entry = page.getByTestId("timeline-verdict");
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText("The UN situation report gives the same evacuation figure.");
  await expect(page.getByTestId("history-verification")).toContainText("History verifies");
  await page.goto("/queue");
  await expect(page.getByTestId("queue-counts")).toContainText("0 open");

  // The stale page still shows version 1: its change is refused and it sees what happened meanwhile.
  await stale.page.getByRole("button", { name: "Add a source" }).click();
  await stale.page.getByLabel("URL").fill("https://agency.example/homs");
  await stale.page.getByLabel("Title").fill("Agency wire");
  await stale.page.getByRole("radio", { name: "Context" }).check();
  await stale.page.getByRole("button", { name: "Add source", exact: true }).click();
  const conflict = stale.page.getByTestId("conflict-view");
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("C1 changed while you were working");
  await expect(conflict).toContainText("Status changed from Not yet reviewed to Corroborated");
  await expect(conflict).toContainText("Source added: UN OCHA situation report");
  await conflict.getByRole("button", { name: "Re-apply my change" }).click();
  // The error gives way to the confirmation, and the page shows the claim as it is now.
  await expect(conflict).toBeHidden();
  const resolved = stale.page.getByTestId("conflict-resolved");
  await expect(resolved).toBeVisible();
  await expect(resolved).toContainText("Your change was applied.");
  await expect(resolved).toBeFocused();
  await expect(stale.page.getByRole("alert").filter({ hasText: "changed while you were working" })).toHaveCount(0);
  await expect(stale.page.getByTestId("evidence-item")).toHaveCount(2);
  await expect(stale.page.getByTestId("evidence-item").filter({ hasText: "Agency wire" })).toBeVisible();
  await expect(stale.page.getByTestId("claim-status")).toContainText("Corroborated");
  await expect(stale.page.getByTestId("timeline-verdict")).toContainText(
    "The UN situation report gives the same evacuation figure.",
  );
  // The page now works on the claim's current version, which stays out of the reviewer's sight.
  await expect(stale.page.getByTestId("claim-version")).toHaveAttribute("data-version", "4");
  await expect(stale.page.getByRole("main")).not.toContainText(/\bversion\b/i);

  // A reviewer not assigned to the claim is refused by the API and the page.
  const outsider = await browser.newContext();
  await signIn(outsider, DEMO.reviewer2);
  const refused = await outsider.request.post(`/api/v1/claims/${claim.id}/verdict`, {
    data: { status: "UNVERIFIED", rationale: "I am not assigned to this claim.", version: 5 },
  });
  expect(refused.status()).toBe(403);
  const outsiderPage = await outsider.newPage();
  const response = await outsiderPage.goto(`/claims/${claim.id}`);
  expect(response?.status()).toBe(403);
});

test("keyboard only: shortcuts, Tab and Enter", async ({ browser, request }) => {
  const reviewer = await createUserAsAdmin(request, "REVIEWER");
  const claim = await articleAssignedTo(request, reviewer.email);
  const { page } = await signedInPage(browser, reviewer.email, reviewer.password);
  await page.goto(`/claims/${claim.id}`);
  await expect(page.getByTestId("claim-version")).toBeVisible();

  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();

  await page.keyboard.press("s");
  await expect(page.getByLabel("URL")).toBeFocused();
  await page.keyboard.type("https://stats.example/report");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Title")).toBeFocused();
  // Typing a shortcut letter inside a field types it; it does not fire.
  await page.keyboard.type("Census data");
  await expect(page.getByLabel("Title")).toHaveValue("Census data");
  await page.keyboard.press("Enter");
  // No stance is chosen for the reviewer: the form says so and takes them to the choice.
  await expect(page.getByText("Choose whether the source supports, refutes or gives context.")).toBeVisible();
  await expect(page.getByRole("radio", { name: "Supports" })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.getByRole("radio", { name: "Supports" })).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Source added.")).toBeVisible();

  await page.keyboard.press("Escape"); // leave the field
  await page.keyboard.press("c");
  await expect(page.getByRole("radio", { name: "Corroborated" })).toBeChecked();
  await expect(page.getByLabel("Rationale")).toBeFocused();
  await page.keyboard.type("Census data matches the reported number.");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Record verdict" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("timeline-verdict")).toContainText("Census data matches the reported number.");
});

test("an editor assigns claims on the assign page and auto-assigns the rest", async ({ browser, request }) => {
  const reviewer = await createUserAsAdmin(request, "REVIEWER");
  const claim = await articleAssignedTo(request, reviewer.email);
  const detail = (await (await request.get(`/api/v1/claims/${claim.id}`)).json()) as { article: { id: string } };
  const context = await browser.newContext();
  await signIn(context, DEMO.editor);
  const page = await context.newPage();
  await page.goto(`/articles/${detail.article.id}/assign`);
  await expect(page.getByText(`Assigned to E2E REVIEWER`)).toBeVisible();
  await page.getByLabel("Select all").check();
  await page.getByLabel("Reviewer", { exact: true }).selectOption(reviewer.id);
  await page.getByLabel("Due date").first().fill("2030-02-01");
  await page.getByRole("button", { name: /^Assign \d+$/ }).click();
  await expect(page.getByText(/Assigned \d+ claim\(s\)\./)).toBeVisible();
  await page.getByRole("button", { name: /^Unassign claim C1$/ }).click();
  await expect(page.getByText("Unassigned.", { exact: true })).toBeVisible();
  // Auto-assign takes the claims not yet reviewed that nobody holds: C1 again.
  await expect(page.getByText("Spreads the 1 unassigned claim(s) not yet reviewed")).toBeVisible();
  await page.getByRole("group", { name: "Reviewers" }).getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Auto-assign" }).click();
  await expect(page.getByText("Auto-assigned 1 claim(s).")).toBeVisible();
  await expect(page.getByText("Spreads the 0 unassigned claim(s) not yet reviewed")).toBeVisible();
});

test("mentions notify readers and consult others only when the writer may give a verdict; the list marks them read after it is shown", async ({
  browser,
  request,
}) => {
  const assigned = await createUserAsAdmin(request, "REVIEWER");
  const outsider = await createUserAsAdmin(request, "REVIEWER");
  const bystander = await createUserAsAdmin(request, "REVIEWER");
  const claim = await articleAssignedTo(request, assigned.email); // request is now the editor
  const comment = await request.post(`/api/v1/claims/${claim.id}/comments`, {
    data: { body: `@${mentionName(assigned.email)} and @${mentionName(outsider.email)}: please look at the figure.` },
  });
  expect(comment.status()).toBe(201);
  // The assigned reviewer reads the claim and is notified; the outsider cannot, so the editor consults them.
  const posted = (await comment.json()) as { mentions: { userId: string }[]; consultedUserIds: string[] };
  expect(posted.mentions.map((m) => m.userId).sort()).toEqual([assigned.id, outsider.id].sort());
  expect(posted.consultedUserIds).toEqual([outsider.id]);

  // A consulted colleague may reply, but their own mentions only reach readers: nobody is consulted by them.
  const other = await signedInPage(browser, outsider.email, outsider.password);
  const reply = await other.context.request.post(`/api/v1/claims/${claim.id}/comments`, {
    data: { body: `@${mentionName(bystander.email)} do you know this figure?` },
  });
  expect(reply.status()).toBe(201);
  const replied = (await reply.json()) as { mentions: { userId: string }[]; consultedUserIds: string[] };
  expect(replied.mentions).toEqual([]);
  expect(replied.consultedUserIds).toEqual([]);
  const third = await signedInPage(browser, bystander.email, bystander.password);
  await third.page.goto("/mentions");
  await expect(third.page.getByText("Nobody has mentioned you yet.")).toBeVisible();
  // Nothing of this claim reached them. (Not "no badge": another spec running meanwhile may
  // auto-assign this new reviewer a claim of its own, which CI once saw.)
  const bystanderUnread = (await (await third.context.request.get("/api/v1/notifications?unread=true")).json()) as {
    notifications: { claimId: string | null }[];
  };
  expect(bystanderUnread.notifications.filter((n) => n.claimId === claim.id)).toEqual([]);
  expect((await third.page.goto(`/claims/${claim.id}`))?.status()).toBe(403);

  const { context, page } = await signedInPage(browser, assigned.email, assigned.password);
  // Loading the claim through the API as the reviewer: people by name, no email addresses.
  const detail = await (await context.request.get(`/api/v1/claims/${claim.id}`)).text();
  expect(detail).not.toMatch(/@(claimledger|e2e)\.local/);

  // Unread: the assignment and the mention (and any claim another spec running meanwhile assigns
  // to this new reviewer, auto-assign among them): the badge shows what the API counts.
  const unreadList = async () =>
    (await (await context.request.get("/api/v1/notifications?unread=true")).json()) as {
      unread: number;
      notifications: { kind: string; claimId: string | null }[];
    };
  const unreadNow = async () => (await unreadList()).unread;
  const unreadKinds = async () =>
    (await unreadList()).notifications.filter((n) => n.claimId === claim.id).map((n) => n.kind).sort();
  expect(await unreadKinds()).toEqual(["ASSIGNED", "MENTIONED"]);
  await page.goto("/queue");
  await expect(page.getByTestId("notification-count")).toHaveText(String(await unreadNow()));
  await page.goto("/mentions");
  const item = page.getByTestId("mention");
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("New");
  await expect(item.getByRole("link", { name: claim.text })).toBeVisible();
  // The page marks it read once shown and refreshes the header count (the assignment stays
  // unread); the item stays marked new.
  await expect.poll(unreadKinds).toEqual(["ASSIGNED"]);
  await expect(page.getByTestId("notification-count")).toHaveText(String(await unreadNow()));
  await expect(item).toContainText("New");
  await page.reload();
  await expect(page.getByTestId("mention")).not.toContainText("New");
});

test("a finalized article's sources and assignments cannot change; bad dates are refused", async ({
  browser,
  request,
}) => {
  const reviewer = await createUserAsAdmin(request, "REVIEWER");
  const claim = await articleAssignedTo(request, reviewer.email); // request is now the editor
  const { context, page } = await signedInPage(browser, reviewer.email, reviewer.password);
  const badDate = await context.request.post(`/api/v1/claims/${claim.id}/evidence`, {
    data: { url: "https://d.example/", title: "D", stance: "CONTEXT", publishedAt: "0000-01-01", version: 1 },
  });
  expect(badDate.status()).toBe(400);
  const { error } = (await badDate.json()) as { error: { code: string; fields: Record<string, string[]> } };
  expect(error.code).toBe("VALIDATION_FAILED");
  expect(Object.keys(error.fields)).toEqual(["publishedAt"]);

  const detail = (await (await request.get(`/api/v1/claims/${claim.id}`)).json()) as {
    article: { id: string };
    version: number;
  };
  // Unfinished work must be confirmed by its counts, which GET gives.
  const finalizeUrl = `/api/v1/articles/${detail.article.id}/finalize`;
  const preview = await request.get(finalizeUrl);
  expect(preview.status()).toBe(200);
  expect(await preview.json()).toEqual({ claims: 2, pending: 2, openAssignments: 1 });
  const unconfirmed = await request.post(finalizeUrl);
  expect(unconfirmed.status()).toBe(400);
  expect(((await unconfirmed.json()) as { error: { code: string } }).error.code).toBe("VALIDATION_FAILED");
  const wrongCounts = await request.post(finalizeUrl, { data: { confirmPending: 1, confirmOpenAssignments: 1 } });
  expect(wrongCounts.status()).toBe(409);
  const finalized = await request.post(finalizeUrl, { data: { confirmPending: 2, confirmOpenAssignments: 1 } });
  expect(finalized.status()).toBe(200);
  expect(await finalized.json()).toMatchObject({ cancelledAssignments: 1 });

  const refused = await context.request.post(`/api/v1/claims/${claim.id}/evidence`, {
    data: { url: "https://late.example/", title: "Late", stance: "CONTEXT", version: detail.version },
  });
  expect(refused.status()).toBe(409);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
    "This article is finalized; an editor must reopen it first.",
  );
  const reassign = await request.post(`/api/v1/claims/${claim.id}/assignments`, {
    data: { reviewerEmail: reviewer.email },
  });
  expect(reassign.status()).toBe(409);

  await page.goto(`/claims/${claim.id}`);
  await expect(page.getByTestId("sources-finalized")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add a source" })).toHaveCount(0);
  // Discussion goes on.
  await expect(page.getByLabel("Comment", { exact: true })).toBeVisible();
});
