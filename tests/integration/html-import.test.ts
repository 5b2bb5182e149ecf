// Importing a saved news page: the upload is read where the server reads it (decodeUploadOffLoop,
// on the worker pool for a real page), the form's prefilled fields are what gets imported, and
// only the article is stored and searched for claims. Text that is not language is refused by the
// API with a field message.
import { readFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/articles/route";
import { importArticle } from "@/lib/articles/mutations";
import { decodeUpload, decodeUploadOffLoop } from "@/lib/articles/upload";
import { HTML_INLINE_MAX_CHARS } from "@/lib/compute";
import { db } from "@/lib/db/client";
import { createApiToken } from "@/lib/tokens/mutations";
import { callRoute, expectFieldErrors } from "./api-harness";
import { makeUser, uniqueSuffix } from "./factories";
import { largeNewsPage } from "../fixtures/html/large-page";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), "utf8");

/** The fixture with a unique marker in its first paragraph, so that no two runs import the same body. */
function savedPage(name: string, firstWords: string) {
  const marker = uniqueSuffix();
  const html = fixture(name).replace(firstWords, `${firstWords} (ref ${marker})`);
  expect(html).toContain(marker);
  return { html, marker };
}

/** What the import form sends after an upload: the decoded text and the fields it prefilled. */
async function importSavedPage(fileName: string, html: string) {
  const editor = await makeUser("EDITOR");
  const decoded = await decodeUploadOffLoop(fileName, new TextEncoder().encode(html));
  const { title, publisher, publishedAt, url, text } = decoded;
  const { article, claims } = await importArticle(editor, { title, publisher, publishedAt, url, body: text });
  return { decoded, article: await db.article.findUniqueOrThrow({ where: { id: article.id } }), claims };
}

const PAGE_CHROME =
  /Skip to|cookie|Accept all|1\. Home|Subscribe|Share|Copied!|Related|Valdora port closes|Sign up|Topics:|Reporting by|More from|Most read|Mayor resigns|©|About us|Read more|Flu season|Recommended|Hospital waiting/;

describe("importing a saved news page", () => {
  it("stores only the article, titled, published and dated from its Open Graph and article: tags", async () => {
    const { html, marker } = savedPage("harbour-og.html", "The Port of Valdora will reopen to container ships in May");
    // A real page is read on the worker pool, as the upload action does.
    expect(html.length).toBeGreaterThan(HTML_INLINE_MAX_CHARS);
    const { decoded, article, claims } = await importSavedPage("Port of Valdora.html", html);
    expect(decoded.byline).toBe("Marta Ilves");

    expect(article.title).toBe("Port of Valdora to reopen in May after dockers rehired");
    expect(article.publisher).toBe("The Coastal Herald");
    expect(article.publishedAt?.toISOString()).toBe("2025-03-14T00:00:00.000Z");
    expect(article.url).toBe("https://www.coastalherald.example/business/2025/03/14/valdora-port-reopens");

    const paragraphs = article.body.split("\n\n");
    expect(paragraphs).toHaveLength(7);
    expect(paragraphs[0]).toMatch(
      new RegExp(`^The Port of Valdora will reopen to container ships in May \\(ref ${marker}\\)`),
    );
    expect(paragraphs[2]).toBe("Repairs ahead of schedule");
    expect(paragraphs[6]).toBe(
      "The union representing the dockers said wages would rise by 4.5% under the new agreement, which runs until 2027.",
    );
    expect(article.body).not.toMatch(PAGE_CHROME);

    expect(claims.length).toBeGreaterThanOrEqual(4);
    for (const claim of claims) expect(claim.text).not.toMatch(PAGE_CHROME);
  });

  it("takes title, publisher and date from a NewsArticle in a JSON-LD @graph when the page has no such tags", async () => {
    const { html } = savedPage("vaccines-jsonld.html", "Measles vaccination coverage in the four northern districts");
    const { decoded, article } = await importSavedPage("measles.htm", html);
    expect(decoded.byline).toBe("Lena Okafor and Dev Patel");
    expect(article.title).toBe("Measles vaccination reaches 94% in northern districts");
    expect(article.publisher).toBe("Daily Meridian");
    expect(article.publishedAt?.toISOString()).toBe("2024-11-02T00:00:00.000Z");
    expect(article.body.split("\n\n")).toHaveLength(6);
    expect(article.body).not.toMatch(PAGE_CHROME);
  });

  it("refuses a page with no article on the file field, not with a server error", async () => {
    const frontPage = `<html><body><div>${"<p><a href='/x'>Another headline on the front page</a></p>".repeat(20)}</div></body></html>`;
    const error = await decodeUploadOffLoop("front.html", new TextEncoder().encode(frontPage)).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "VALIDATION_FAILED",
      details: { fields: { file: [expect.stringMatching(/No article was found/)] } },
    });
  });
});

describe("a 1 MB saved page", () => {
  it("is read on the worker pool: the event loop never stalls while the article is found", async () => {
    const bytes = new TextEncoder().encode(largeNewsPage());
    const inlineStarted = performance.now();
    const inline = decodeUpload("large.html", bytes);
    const inlineMs = performance.now() - inlineStarted;

    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const offLoop = await decodeUploadOffLoop("large.html", bytes);
    delay.disable();
    expect(offLoop).toEqual(inline);
    expect(offLoop.text.split("\n\n")).toHaveLength(60);
    // Inline the same work holds the loop for inlineMs (about 0.7 s idle, more under load); off
    // the loop only decoding the bytes and copying strings to and from the thread remain.
    expect(delay.max / 1e6, `longest stall (ms); inline took ${inlineMs.toFixed(0)} ms`).toBeLessThan(
      Math.min(400, inlineMs),
    );
  }, 60_000);
});

describe("POST /api/v1/articles refuses text that is not language", () => {
  it("answers 400 with a message on the body field, and imports nothing", async () => {
    const editor = await makeUser("EDITOR");
    const { token } = await createApiToken(editor, { name: "language test" });
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const noise = Array.from({ length: 1500 }, () => String.fromCodePoint(0x21 + Math.floor(random() * 0x2f00))).join(
      "",
    );
    const answer = await callRoute(POST, {
      method: "POST",
      url: "/api/v1/articles",
      token,
      json: { title: "Noise", body: noise },
    });
    const error = expectFieldErrors(answer, ["body"]);
    expect(error.fields?.body?.[0]).toMatch(/^This text does not look like language\./);
    expect(await db.article.count({ where: { importedById: editor.id } })).toBe(0);

    // Real text in another script is language.
    const arabic = await callRoute(POST, {
      method: "POST",
      url: "/api/v1/articles",
      token,
      json: { title: "Arabic", body: `قال مسؤولون إن ١٢٠٠ شخص غادروا مدينة حمص يوم الثلاثاء ${uniqueSuffix()}.` },
    });
    expect(arabic.status).toBe(201);
  });
});
