// An editor uploads a saved news page: the form fills in title, publisher, date and address from
// the page, and the preview holds the article without the page around it.
import { expect, test } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { DEMO, signInPage } from "./fixtures";

const savedPage = (marker: string) =>
  readFileSync(new URL("../fixtures/html/harbour-og.html", import.meta.url), "utf8").replace(
    "The Port of Valdora will reopen to container ships in May",
    `The Port of Valdora will reopen to container ships in May (ref ${marker})`,
  );

test("an editor uploads a saved news page and sees its metadata prefilled and only the article", async ({ page }) => {
  const marker = randomUUID().slice(0, 8);
  await signInPage(page, DEMO.editor);
  await page.goto("/articles/new");
  await page.getByLabel("Upload a file (optional)").setInputFiles({
    name: "Port of Valdora.html",
    mimeType: "text/html",
    buffer: Buffer.from(savedPage(marker), "utf8"),
  });

  await expect(page.getByRole("status")).toContainText(
    "Filled in the title, publisher, publication date and web address from the page. Byline: Marta Ilves.",
  );
  await expect(page.getByLabel("Title")).toHaveValue("Port of Valdora to reopen in May after dockers rehired");
  await expect(page.getByLabel("Publisher (optional)")).toHaveValue("The Coastal Herald");
  await expect(page.getByLabel("Publication date (optional)")).toHaveValue("2025-03-14");
  await expect(page.getByLabel("Original web address (optional)")).toHaveValue(
    "https://www.coastalherald.example/business/2025/03/14/valdora-port-reopens",
  );

  const preview = page.getByLabel("Article text");
  await expect(preview).toHaveValue(
    new RegExp(`^The Port of Valdora will reopen to container ships in May \\(ref ${marker}\\)`),
  );
  const text = await preview.inputValue();
  expect(text).toContain("\n\nRepairs ahead of schedule\n\n");
  expect(text).toMatch(/which runs until 2027\.$/);
  for (const chrome of [
    "Skip to content",
    "cookies",
    "1. Home",
    "Share",
    "Copied!",
    "Related",
    "Sign up",
    "Most read",
    "©",
  ]) {
    expect(text, chrome).not.toContain(chrome);
  }

  // The editor's own value is never replaced by a later upload; the page's values are.
  await page.getByLabel("Publisher (optional)").fill("Coastal Herald (print)");
  await page.getByLabel("Upload a file (optional)").setInputFiles({
    name: "again.html",
    mimeType: "text/html",
    buffer: Buffer.from(savedPage(marker), "utf8"),
  });
  await expect(page.getByRole("status")).toContainText("Read again.html.");
  await expect(page.getByLabel("Publisher (optional)")).toHaveValue("Coastal Herald (print)");

  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page).toHaveURL(/\/articles\/(?!new)[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Port of Valdora to reopen in May after dockers rehired",
  );
});

test("a page with no article is refused on the file field", async ({ page }) => {
  await signInPage(page, DEMO.editor);
  await page.goto("/articles/new");
  const links = "<li><a href='/x'>Another headline on the front page</a></li>".repeat(12);
  await page.getByLabel("Upload a file (optional)").setInputFiles({
    name: "front.html",
    mimeType: "text/html",
    buffer: Buffer.from(`<html><body><div class="menu"><ul>${links}</ul></div></body></html>`, "utf8"),
  });
  await expect(page.locator("#import-file-error")).toContainText("No article was found in this page");
  await expect(page.getByLabel("Article text")).toHaveValue("");
});

test("the form refuses pasted text that is not language, on the text field", async ({ page }) => {
  await signInPage(page, DEMO.editor);
  await page.goto("/articles/new");
  let seed = 5;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const noise = Array.from({ length: 600 }, () => String.fromCodePoint(0x21 + Math.floor(random() * 0x2f00))).join("");
  await page.getByLabel("Title").fill("Noise");
  await page.getByLabel("Article text").fill(noise);
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.locator("#import-body-error")).toContainText("This text does not look like language.");
  await expect(page).toHaveURL(/\/articles\/new$/);
});
