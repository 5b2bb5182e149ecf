// Issue 14: an article's language. Detected at import (API and app), given explicitly it wins, a
// malformed tag is a 400 naming the field; the API answers language and direction; editors
// change it (audited), reviewers cannot. A claim added from a selection on right-to-left text
// keeps UTF-16 offsets into the stored body, directional controls counted.
import { describe, expect, it } from "vitest";
import { GET as getArticle } from "@/app/api/v1/articles/[id]/route";
import { POST as postArticle } from "@/app/api/v1/articles/route";
import { importArticle } from "@/lib/articles/mutations";
import { setArticleLanguage } from "@/lib/articles/set-language";
import { addClaim } from "@/lib/claims/additions";
import { selectionToSpan } from "@/lib/claims/spans";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createApiToken } from "@/lib/tokens/mutations";
import { callRoute, expectFieldErrors } from "./api-harness";
import { makeUser, uniqueSuffix } from "./factories";

const arabicBody = () =>
  [
    "دمشق - سانا",
    `وأعلنت وزارة الصحة أن ${Math.floor(Math.random() * 900) + 100} شخصاً أصيبوا في انفجار بمدينة حمص يوم الثلاثاء.`,
    "وقال محافظ حمص إن فرق الدفاع المدني أجلت 300 عائلة من المباني المتضررة.",
    `مرجع ${uniqueSuffix()}.`,
  ].join("\n\n");

const englishBody = () =>
  `Officials said ${Math.floor(Math.random() * 9000) + 1000} people were evacuated from Homs on Tuesday (${uniqueSuffix()}).\n\nThe ministry reported 97.29% vaccination coverage in Damascus in 2023.`;

interface ArticleAnswer {
  article: { id: string; language: string; direction: string };
}

async function importViaApi(json: Record<string, unknown>) {
  const editor = await makeUser("EDITOR");
  const { token } = await createApiToken(editor, { name: "language test" });
  const answer = await callRoute(postArticle, { method: "POST", url: "/api/v1/articles", token, json });
  return { answer, token };
}

describe("POST /api/v1/articles: language", () => {
  it("detects Arabic and answers its direction, on import and on read", async () => {
    const { answer, token } = await importViaApi({ title: `تقرير ${uniqueSuffix()}`, body: arabicBody() });
    expect(answer.status, answer.text).toBe(201);
    const { article } = answer.body as ArticleAnswer;
    expect(article.language).toBe("ar");
    expect(article.direction).toBe("rtl");
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).language).toBe("ar");

    const read = await callRoute(getArticle, {
      method: "GET",
      url: `/api/v1/articles/${article.id}`,
      params: { id: article.id },
      token,
    });
    expect(read.status, read.text).toBe(200);
    expect(read.body).toMatchObject({ language: "ar", direction: "rtl" });
  });

  it("detects English as ltr", async () => {
    const { answer } = await importViaApi({ title: "English", body: englishBody() });
    expect(answer.status, answer.text).toBe(201);
    expect((answer.body as ArticleAnswer).article).toMatchObject({ language: "en", direction: "ltr" });
  });

  it("keeps an explicit language over the detected one, in canonical form", async () => {
    const { answer } = await importViaApi({ title: "Explicit", body: arabicBody(), language: "FR-ca" });
    expect(answer.status, answer.text).toBe(201);
    expect((answer.body as ArticleAnswer).article).toMatchObject({ language: "fr-CA", direction: "ltr" });
  });

  it("refuses a malformed tag with a 400 naming language, and imports nothing", async () => {
    const title = `Malformed ${uniqueSuffix()}`;
    const { answer } = await importViaApi({ title, body: englishBody(), language: "en_US" });
    const error = expectFieldErrors(answer, ["language"]);
    expect(error.fields?.language?.[0]).toMatch(/BCP 47/);
    expect(await db.article.count({ where: { title } })).toBe(0);
  });

  it("refuses a language that is not text", async () => {
    const { answer } = await importViaApi({ title: "Number", body: englishBody(), language: 7 });
    expectFieldErrors(answer, ["language"]);
  });
});

describe("setArticleLanguage", () => {
  it("lets an editor change it, records the change once, and refuses reviewers and bad tags", async () => {
    const editor = await makeUser("EDITOR");
    const { article } = await importArticle(editor, { title: "Mislabelled", body: arabicBody(), language: "en" });
    expect(article.language).toBe("en");

    await expect(setArticleLanguage(editor, article.id, { language: "ar" })).resolves.toMatchObject({ changed: true });
    // The same value again changes nothing and records nothing.
    await expect(setArticleLanguage(editor, article.id, { language: "ar" })).resolves.toMatchObject({ changed: false });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).language).toBe("ar");
    const events = await db.auditEvent.findMany({
      where: { entityId: article.id, action: "article.language_changed" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: editor.id, before: { language: "en" }, after: { language: "ar" } });

    const reviewer = await makeUser("REVIEWER");
    const forbidden = await setArticleLanguage(reviewer, article.id, { language: "en" }).catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(AppError);
    expect((forbidden as AppError).code).toBe("FORBIDDEN");

    const invalid = await setArticleLanguage(editor, article.id, { language: "not a tag" }).catch((e: unknown) => e);
    expect((invalid as AppError).code).toBe("VALIDATION_FAILED");
    expect((invalid as AppError).details.fields).toHaveProperty("language");
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).language).toBe("ar");
  });
});

describe("a claim from a selection on right-to-left text", () => {
  it("anchors at UTF-16 offsets into the stored body, directional controls counted", async () => {
    const editor = await makeUser("EDITOR");
    // An override (U+202E) sits in the body before the selected words: the page shows it as a
    // marker, but the stored body (and so every offset) keeps the character.
    // A line extraction leaves alone (no claim there yet), so the editor adds it by hand.
    const sentence = "ما أجمل الربيع في حمص";
    const body = `${arabicBody()}\n\nتنويه \u202Eمقلوب\u202C هنا.\n\n${sentence} 🌸 يا صديقي!`;
    const { article } = await importArticle(editor, { title: `تحديد ${uniqueSuffix()}`, body });
    const stored = (await db.article.findUniqueOrThrow({ where: { id: article.id } })).body;
    expect(stored).toContain("\u202E");

    // The browser reports the selection as DOM points; selection.ts turns them into these offsets
    // (the length of the body text before each point). A right-to-left drag selects backwards.
    const from = stored.indexOf(sentence);
    const to = stored.indexOf(" يا صديقي");
    const span = selectionToSpan(stored, to, from);
    expect(span).not.toBeNull();
    const text = stored.slice(span!.start, span!.end);
    expect(text).toBe(`${sentence} 🌸`);

    const claim = await addClaim(editor, article.id, { ...span, text });
    const saved = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(saved.start).toBe(from);
    expect(saved.end).toBe(from + sentence.length + 3); // a space and the emoji's two UTF-16 units
    expect(saved.text).toBe(stored.slice(saved.start, saved.end));
    // Offsets count the directional controls before the claim, as the stored body does.
    expect(stored.slice(0, saved.start).match(/[\u202A-\u202E]/g)).toHaveLength(2);
  });
});
