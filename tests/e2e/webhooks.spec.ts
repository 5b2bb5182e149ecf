// An admin registers a webhook endpoint (the secret generated and shown once), sends a test event
// and sees the delivery in the endpoint's log; the screen is axe-clean and fits a 390 px phone.
import { expect, test, type Page } from "@playwright/test";
import { DEMO, outsidePages, signInPage } from "./fixtures";
import { axeViolations } from "./axe";

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test("an admin registers a webhook endpoint and sees a test delivery in its log", async ({ page }) => {
  const receiver = await outsidePages({ "/claimledger-hook": { type: "text/plain", body: "received" } });
  try {
    await signInPage(page, DEMO.admin);
    await page.goto("/admin/webhooks");
    await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Webhooks" }),
    ).toHaveAttribute("aria-current", "page");

    // The shared schema refuses an empty event list before anything is sent.
    const url = receiver.url("/claimledger-hook");
    await page.getByLabel("Endpoint URL").fill(url);
    await page.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByText("Choose at least one event.")).toBeVisible();

    await page.getByRole("checkbox", { name: /Verdict set or changed/ }).check();
    await page.getByRole("button", { name: "Add endpoint" }).click();
    const secret = page.getByTestId("webhook-secret");
    await expect(secret).toContainText(/whsec_[\w-]{20,}/);

    const endpoint = page.getByTestId("webhook-endpoint").filter({ hasText: url });
    await expect(endpoint).toContainText("Enabled");
    await endpoint.getByRole("button", { name: "Send a test event" }).click();
    await expect(endpoint.getByText(/Test event queued/)).toBeVisible();

    // Delivered in the background: reload until the log shows it.
    await expect(async () => {
      await page.reload();
      const log = page.getByTestId("webhook-endpoint").filter({ hasText: url }).getByTestId("webhook-log");
      await expect(log.getByRole("row").filter({ hasText: "webhook.test" })).toContainText("200", { timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    const row = page
      .getByTestId("webhook-endpoint")
      .filter({ hasText: url })
      .getByTestId("webhook-log")
      .getByRole("row")
      .nth(1);
    await expect(row).toContainText("received");
    await expect(row).toContainText(/\d+ ms/);

    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(200);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await receiver.close();
  }
});
