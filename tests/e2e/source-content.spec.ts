// A reviewer gives a source's content by hand: pastes the text of a page that cannot be fetched,
// and attaches a PDF statement; both are listed under the source with who gave them, the pasted
// text reads on its snapshot page, and the file downloads as an attachment.
import { expect, test } from "@playwright/test";
import { articleAssignedTo, createUserAsAdmin, signedInPage } from "./fixtures";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

test("a reviewer pastes a paywalled page's text and attaches a PDF statement", async ({ browser, request }) => {
  const reviewer = await createUserAsAdmin(request, "REVIEWER");
  const claim = await articleAssignedTo(request, reviewer.email);
  const { context, page } = await signedInPage(browser, reviewer.email, reviewer.password);
  await page.goto(`/claims/${claim.id}`);
  await page.getByRole("button", { name: "Add a source" }).click();
  await page.getByLabel("URL").fill("https://paywalled.example/ministry-report");
  await page.getByLabel("Title").fill("Ministry report (paywalled)");
  await page.getByLabel("Excerpt").fill("confirmed the figures");
  await page.getByRole("radio", { name: "Supports" }).check();
  await page.getByRole("button", { name: "Add source", exact: true }).click();
  await expect(page.getByText("Source added.")).toBeVisible();

  const item = page.getByTestId("evidence-item").filter({ hasText: "Ministry report (paywalled)" });
  await item.getByRole("button", { name: /Paste the text/ }).click();
  await item.getByLabel("Text of the source").fill("Subscribers only: the ministry confirmed the figures on Monday.");
  await item.getByRole("button", { name: "Keep the pasted text" }).click();
  await expect(item.getByText("The pasted text is kept.")).toBeVisible();
  const given = item.getByTestId("given-content");
  await expect(given.locator('[data-origin="PASTED"]')).toContainText(`Text pasted by ${reviewer.name}`);
  await expect(given.locator('[data-origin="PASTED"]')).toContainText("The excerpt occurs in it.");

  // A file whose type is not allowed is refused on the field, whatever its name.
  await item.getByRole("button", { name: /Attach a file/ }).click();
  await item.getByLabel("File", { exact: true }).setInputFiles({
    name: "statement.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(64).fill(0)]),
  });
  await item.getByRole("button", { name: "Attach the file" }).click();
  await expect(item.getByText(/This kind of file cannot be attached/)).toBeVisible();

  await item
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: "statement.pdf", mimeType: "application/pdf", buffer: PDF });
  await item.getByRole("button", { name: "Attach the file" }).click();
  await expect(item.getByText("The file is attached.")).toBeVisible();
  const attached = given.locator('[data-origin="ATTACHED"]');
  await expect(attached).toContainText(`File attached by ${reviewer.name}: statement.pdf`);

  const downloading = page.waitForEvent("download");
  await attached.getByRole("link", { name: /Download the file attached/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("statement.pdf");

  await given.getByRole("link", { name: /View the text pasted/ }).click();
  await expect(page.getByRole("heading", { name: /Text pasted for a source/ })).toBeVisible();
  await expect(page.getByText("Subscribers only: the ministry confirmed the figures on Monday.")).toBeVisible();
  await expect(page.getByTestId("snapshot-provided-by")).toHaveText(reviewer.name);
  await context.close();
});
