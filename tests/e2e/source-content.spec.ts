// A reviewer gives a source's content by hand: pastes the text of a page that cannot be fetched,
// and attaches a PDF statement; both are listed under the source with who gave them, the pasted
// text reads on its snapshot page, and the file downloads as an attachment.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { makeDocx, makePdf } from "../fixtures/documents";
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
  // Its text is read in the background; this one is damaged, and the line says so when the job is done.
  await expect(attached.getByTestId("file-text-unreadable")).toContainText("Its text could not be read", {
    timeout: 30_000,
  });

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

test("a reviewer attaches a PDF and a Word document and sees, without reloading, whether the excerpt occurs in each", async ({
  browser,
  request,
}) => {
  const reviewer = await createUserAsAdmin(request, "REVIEWER");
  const claim = await articleAssignedTo(request, reviewer.email);
  const { context, page } = await signedInPage(browser, reviewer.email, reviewer.password);
  await page.goto(`/claims/${claim.id}`);
  await page.getByRole("button", { name: "Add a source" }).click();
  await page.getByLabel("URL").fill("https://statements.example/health-ministry");
  await page.getByLabel("Title").fill("Health ministry statement");
  await page.getByLabel("Excerpt").fill("opened four field hospitals");
  await page.getByRole("radio", { name: "Supports" }).check();
  await page.getByRole("button", { name: "Add source", exact: true }).click();
  await expect(page.getByText("Source added.")).toBeVisible();
  const item = page.getByTestId("evidence-item").filter({ hasText: "Health ministry statement" });
  const given = item.getByTestId("given-content");

  const pdf = await makePdf([
    "Statement of the health ministry.",
    "The ministry opened four field hospitals on Friday.",
  ]);
  await item.getByRole("button", { name: /Attach a file/ }).click();
  await item
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: "statement.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf) });
  await item.getByRole("button", { name: "Attach the file" }).click();
  await expect(item.getByText("The file is attached.")).toBeVisible();
  const pdfLine = given.locator('[data-origin="ATTACHED"]').filter({ hasText: "statement.pdf" });
  await expect(pdfLine.getByTestId("given-excerpt")).toHaveText("Text read from the file. The excerpt occurs in it.", {
    timeout: 30_000,
  });

  const docx = makeDocx(["Minutes of the briefing.", "No hospitals were mentioned."]);
  await item.getByRole("button", { name: /Attach a file/ }).click();
  await item
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: "minutes.docx", mimeType: "application/octet-stream", buffer: Buffer.from(docx) });
  await item.getByRole("button", { name: "Attach the file" }).click();
  const docxLine = given.locator('[data-origin="ATTACHED"]').filter({ hasText: "minutes.docx" });
  await expect(docxLine.getByTestId("given-excerpt")).toHaveText(
    "Text read from the file. The excerpt does not occur in it.",
    {
      timeout: 30_000,
    },
  );
  const listed = await new AxeBuilder({ page })
    .include('[data-testid="given-content"]')
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(listed.violations).toEqual([]);

  // The file's page shows the text read from it, and fits a phone's screen.
  await pdfLine.getByRole("link", { name: /Details of the file attached/ }).click();
  await expect(page.getByRole("heading", { name: /File attached to a source/ })).toBeVisible();
  await expect(page.getByText("The ministry opened four field hospitals on Friday.")).toBeVisible();
  const details = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(details.violations).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  const sticksOut = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return !element.matches(".skip-link") && box.width > 0 && (box.right > window.innerWidth + 1 || box.left < -1);
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  );
  expect(sticksOut).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await context.close();
});
