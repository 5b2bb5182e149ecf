// An Arabic desk: a reviewer switches the interface to Arabic and works an Arabic claim end to end.
// The page mirrors (dir="rtl"), and the article, claim, source and comment each render right to
// left, checked on the browser's computed `direction`; a directional control in the text shows as
// a marker. A screenshot of the Arabic claim page is attached to the test report.
import { randomUUID } from "node:crypto";
import { expect, test, type Locator } from "@playwright/test";
import { createUserAsAdmin, DEMO, selectInArticle, signIn, signedInPage } from "./fixtures";

const direction = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).direction);

test("a reviewer in the Arabic interface works an Arabic claim", async ({ browser, request }, testInfo) => {
  const reviewer = await createUserAsAdmin(request, "REVIEWER");
  const tag = randomUUID().slice(0, 6);
  // A mixed line: Arabic with a Latin URL and Western digits; and a right-to-left override (U+202E)
  // that would reverse "12" if it were applied.
  const body = [
    `وأعلنت وكالة الأنباء السورية الرسمية (سانا) أن الجيش انسحب من مدينة حماة يوم الخميس بعد معارك استمرت 3 أيام، بحسب بيان نشر على موقع https://sana.sy/${tag}.`,
    "وقال مسؤول في الدفاع المدني إن \u202E12\u202C شخصاً قتلوا في قصف على ريف إدلب الجنوبي.",
  ].join("\n\n");
  const imported = await request.post("/api/v1/articles", { data: { title: `انسحاب من حماة ${tag}`, body } });
  expect(imported.status()).toBe(201);
  const { article, claims } = (await imported.json()) as {
    article: { id: string; language: string; direction: string };
    claims: { id: string; statement: string; text: string }[];
  };
  expect(article).toMatchObject({ language: "ar", direction: "rtl" });
  const claim = claims.find((c) => c.text.includes("حماة"));
  expect(claim).toBeDefined();
  const assigned = await request.post(`/api/v1/claims/${claim!.id}/assignments`, {
    data: { reviewerEmail: reviewer.email, dueAt: "2030-01-01" },
  });
  expect(assigned.status()).toBe(201);

  // The browser asks for English: the reviewer chooses Arabic in the settings.
  const { context, page } = await signedInPage(browser, reviewer.email, reviewer.password);
  await page.goto("/settings/language");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await page.getByLabel("Language", { exact: true }).selectOption("ar");
  await page.getByRole("button", { name: "Save language" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(
    page.getByRole("navigation", { name: "التنقل الرئيسي" }).getByRole("link", { name: "المقالات" }),
  ).toBeVisible();

  // From the queue to the claim, in Arabic.
  await page.getByRole("link", { name: "قائمتي" }).click();
  await expect(page.getByRole("heading", { name: "قائمتي" })).toBeVisible();
  await page.getByRole("link", { name: claim!.statement }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${claim!.id}$`));
  expect(await direction(page.locator("main"))).toBe("rtl");

  const highlight = page.getByTestId("claim-highlight");
  await expect(highlight).toContainText("حماة");
  expect(await direction(highlight)).toBe("rtl");
  expect(await direction(page.locator("blockquote.claim-context").first())).toBe("rtl");
  const statement = page.locator("h1.claim-title bdi").first();
  await expect(statement).toHaveAttribute("lang", "ar");
  expect(await direction(statement)).toBe("rtl");

  // A source with an Arabic title: its own direction, right to left.
  await page.getByRole("button", { name: "إضافة مصدر" }).click();
  await page.getByLabel("الرابط").fill(`https://sana.example/${tag}`);
  await page.getByLabel("العنوان", { exact: true }).fill("بيان وكالة سانا حول حماة");
  await page.getByRole("radio", { name: "يدعم" }).check();
  await page.getByRole("button", { name: "إضافة المصدر", exact: true }).click();
  await expect(page.getByText("أُضيف المصدر.")).toBeVisible();
  const sourceTitle = page
    .getByTestId("evidence-item")
    .getByRole("link", { name: "بيان وكالة سانا حول حماة" })
    .locator("bdi");
  await expect(sourceTitle).toBeVisible();
  expect(await direction(sourceTitle)).toBe("rtl");

  // A comment in Arabic.
  const comment = `تحقق من البيان الأصلي على الموقع ${tag}`;
  await page.getByLabel("التعليق", { exact: true }).fill(comment);
  await page.getByRole("button", { name: "نشر التعليق" }).click();
  await expect(page.getByText("نُشر التعليق.")).toBeVisible();
  const commentText = page.getByText(comment).last();
  await expect(commentText).toBeVisible();
  expect(await direction(commentText)).toBe("rtl");

  // The verdict, in Arabic, with an Arabic rationale.
  await page.getByRole("radio", { name: "مؤكَّد" }).check();
  await page.getByLabel("التعليل").fill("البيان الرسمي منشور على موقع الوكالة ويؤكد الانسحاب.");
  await page.getByRole("button", { name: "تسجيل الحكم" }).click();
  await expect(page.getByText("سُجّل الحكم: مؤكَّد.")).toBeVisible();
  const verdict = page.getByTestId("timeline-verdict");
  await expect(verdict).toContainText("البيان الرسمي منشور على موقع الوكالة");

  await testInfo.attach("arabic-claim-page", {
    body: await page.screenshot({ fullPage: true }),
    contentType: "image/png",
  });

  // The second paragraph carries the override: the article page shows it as a marker, never applies it.
  await page.goto(`/articles/${article.id}`);
  await expect(page.locator("#article-body [data-bidi-control='RLO']")).toBeVisible();
  expect(await direction(page.locator("#article-body"))).toBe("rtl");
  await context.close();
});

test("a new user whose browser asks for Arabic gets the Arabic interface from the sign-in page on", async ({
  browser,
  request,
}) => {
  const reviewer = await createUserAsAdmin(request, "REVIEWER");
  const context = await browser.newContext({ locale: "ar-SY" });
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.getByLabel("البريد الإلكتروني").fill(reviewer.email);
  await page.getByLabel("كلمة المرور").fill(reviewer.password);
  await page.getByRole("button", { name: "تسجيل الدخول" }).click();
  await expect(page.getByRole("link", { name: "قائمتي" })).toBeVisible();
  await expect(page.getByTestId("role-badge")).toHaveText("مدقق");
  await context.close();
});

test("an editor adds a claim by selecting right-to-left text, and it is highlighted where it was selected", async ({
  browser,
  request,
}) => {
  await createUserAsAdmin(request, "EDITOR"); // the request is now the admin's
  const tag = randomUUID().slice(0, 6);
  const body = [
    `وقال محافظ حلب إن 3 جسور أعيد فتحها أمام حركة المرور صباح الأحد (${tag}).`,
    "وأكدت الأمم المتحدة أن 40 ألف شخص عادوا إلى منازلهم في المدينة منذ مطلع الشهر، بحسب تقرير نشر أمس.",
  ].join("\n\n");
  const imported = await request.post("/api/v1/articles", { data: { title: `عودة النازحين إلى حلب ${tag}`, body } });
  expect(imported.status()).toBe(201);
  const { article, claims: found } = (await imported.json()) as {
    article: { id: string };
    claims: { id: string; text: string }[];
  };
  const selected = "40 ألف شخص عادوا إلى منازلهم";
  // Extraction may already have taken that sentence: remove it, so the selection stands alone.
  for (const claim of found.filter((c) => c.text.includes(selected))) {
    expect((await request.delete(`/api/v1/claims/${claim.id}?version=1`)).status()).toBe(200);
  }

  const context = await browser.newContext({ locale: "ar" });
  await signIn(context, DEMO.editor);
  const page = await context.newPage();
  await page.goto(`/articles/${article.id}`);
  const text = page.locator("#article-body");
  expect(await direction(text)).toBe("rtl");
  const before = await page.locator("#article-body mark").count();

  await selectInArticle(page, selected);
  await expect(page.getByText(`المحدد: «${selected}»`)).toBeVisible();
  await page.getByRole("button", { name: "إضافة ادعاء من النص المحدد" }).click();
  await expect(page.getByText(/أُضيف الادعاء برقم C\d+\./)).toBeVisible();
  // One more highlight, and it covers exactly the selected words (offsets into the stored body).
  await expect(page.locator("#article-body mark")).toHaveCount(before + 1);
  await expect(page.locator("#article-body mark").filter({ hasText: selected })).toHaveCount(1);
  const claims = (await (await context.request.get(`/api/v1/articles/${article.id}/claims`)).json()) as {
    claims: { text: string; start: number; end: number }[];
  };
  const added = claims.claims.find((claim) => claim.text === selected);
  expect(added).toBeDefined();
  expect(body.slice(added!.start, added!.end)).toBe(selected);
  await context.close();
});
