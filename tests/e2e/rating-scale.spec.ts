// The desk's rating scale: an admin defines a small scale on Admin → Rating scale, a reviewer
// sets a verdict by choosing a label (the label sets the verdict) and the claim shows it; both
// screens are axe-clean and fit a 390 px phone. The labels are retired at the end, so other specs
// running at the same time see them only briefly (a label is optional on a verdict).
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { articleAssignedTo, createUserAsAdmin, DEMO, signedInPage, signInPage, signInViaApi } from "./fixtures";
import { axeViolations } from "./axe";

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function fitsAPhone(page: Page) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(200);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  expect(await axeViolations(page)).toEqual([]);
  if (size) await page.setViewportSize(size);
}

test("an admin defines a scale, a reviewer rates a claim by label, and the claim shows it", async ({ page, browser, request }) => {
  const tag = randomUUID().slice(0, 6);
  const names = { false: `False ${tag}`, unproven: `Unproven ${tag}` };
  const reviewer = await createUserAsAdmin(request, "REVIEWER");
  const claim = await articleAssignedTo(request, reviewer.email);

  try {
    await signInPage(page, DEMO.admin);
    await page.goto("/admin/users");
    await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Rating scale" }).click();
    await expect(page).toHaveURL(/\/admin\/rating-scale$/);
    await expect(page.getByRole("heading", { level: 1, name: "Rating scale" })).toBeVisible();

    // The shared schema refuses a label without a name or verdict before anything is sent.
    const add = page.getByRole("region", { name: "Add a label" });
    await add.getByRole("button", { name: "Add label" }).click();
    await expect(add.getByText("Name the label.")).toBeVisible();

    for (const [name, verdict, rating, color, description] of [
      [names.false, "Disputed", "1", "#b42318", "The claim is inaccurate."],
      [names.unproven, "Unverified", "3", "#8a6d00", "The evidence neither confirms nor refutes it."],
    ] as const) {
      await add.getByLabel("Name").fill(name);
      await add.getByLabel("Description").fill(description);
      await add.getByLabel("Stands for the verdict").selectOption({ label: verdict });
      await add.getByLabel("Rating (1 = worst, 5 = best)").selectOption(rating);
      await add.getByLabel("Colour").fill(color);
      await add.getByRole("button", { name: "Add label" }).click();
      await expect(add.getByText("Label added.")).toBeVisible();
      await expect(page.getByTestId("rating-label-item").filter({ hasText: name })).toContainText(verdict);
    }
    // The newest is last; moving it up puts it before the other.
    const unproven = page.getByTestId("rating-label-item").filter({ hasText: names.unproven });
    await unproven.getByRole("button", { name: `Move ${names.unproven} up` }).click();
    await expect(unproven.getByText("Order saved.")).toBeVisible();
    await expect(async () => {
      const order = await page.getByTestId("rating-label-item").allTextContents();
      const at = (name: string) => order.findIndex((text) => text.includes(name));
      expect(at(names.unproven)).toBeLessThan(at(names.false));
    }).toPass({ timeout: 10_000 });
    expect(await axeViolations(page)).toEqual([]);
    await fitsAPhone(page);

    // The reviewer chooses a label: it sets the verdict it stands for.
    const asReviewer = await signedInPage(browser, reviewer.email, reviewer.password);
    const claimPage = asReviewer.page;
    await claimPage.goto(`/claims/${claim.id}`);
    const labels = claimPage.getByTestId("rating-label-options");
    await expect(labels).toContainText(names.false);
    await labels.getByRole("radio", { name: names.unproven }).check();
    await expect(claimPage.getByRole("radio", { name: "Unverified", exact: true })).toBeChecked();
    await claimPage.getByLabel("Rationale").fill("No record confirms or refutes the evacuation figure yet.");
    await claimPage.getByRole("button", { name: "Record verdict" }).click();
    await expect(claimPage.getByText("Verdict recorded: Unverified.")).toBeVisible();
    await claimPage.reload();
    await expect(claimPage.getByRole("heading", { level: 1 }).getByTestId("rating-label")).toHaveText(names.unproven);
    await expect(claimPage.getByTestId("rating-label-options").getByRole("radio", { name: names.unproven })).toBeChecked();
    expect(await axeViolations(claimPage)).toEqual([]);
    await fitsAPhone(claimPage);
    await asReviewer.context.close();

    // In use now: the admin sees it carried by one claim, and no Delete button for it.
    await page.reload();
    const used = page.getByTestId("rating-label-item").filter({ hasText: names.unproven });
    await expect(used.getByTestId("rating-label-usage")).toHaveText("On 1 claim");
    await expect(used.getByRole("button", { name: "Delete" })).toHaveCount(0);
  } finally {
    // Retire this spec's labels so other specs' verdict forms stop offering them.
    await signInViaApi(request, DEMO.admin);
    const scale = (await (await request.get("/api/v1/rating-scale")).json()) as { labels: { id: string; name: string }[] };
    for (const label of scale.labels.filter((l) => Object.values(names).includes(l.name))) {
      await request.patch(`/api/v1/rating-scale/labels/${label.id}`, { data: { retired: true } });
    }
  }
});
