// Import: one transaction, duplicate detection (lib and API), input limits, stored body.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/articles/route";
import { bodySha256, normaliseBody } from "@/lib/articles/body";
import { duplicateArticleId, importArticle } from "@/lib/articles/mutations";
import { MAX_BODY_BYTES } from "@/lib/articles/schema";
import { decodeUpload } from "@/lib/articles/upload";
import { db } from "@/lib/db/client";
import { createApiToken } from "@/lib/tokens/mutations";
import { makeUser, uniqueSuffix } from "./factories";
import { refusal } from "./refusal";

const FORCE_FAILURE = "FORCE-INVALID-CLAIM-ROW";

// The database refuses a claim of an article whose body holds the marker: the claim rows fail
// after the article row was written, inside the import's transaction. A trigger of this file's
// own (it touches no other file's rows), rather than a replaced module: integration files share
// their modules (vitest.config.ts).
beforeAll(async () => {
  await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION claimledger_test_refuse_marked_claim() RETURNS trigger AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM "Article" a WHERE a.id = NEW."articleId" AND strpos(a.body, '${FORCE_FAILURE}') > 0) THEN
        RAISE EXCEPTION 'claim row refused by the test';
      END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS claimledger_test_refuse_marked_claim ON "Claim"`);
  await db.$executeRawUnsafe(
    `CREATE TRIGGER claimledger_test_refuse_marked_claim BEFORE INSERT ON "Claim" FOR EACH ROW EXECUTE FUNCTION claimledger_test_refuse_marked_claim()`,
  );
});

afterAll(async () => {
  await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS claimledger_test_refuse_marked_claim ON "Claim"`);
  await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS claimledger_test_refuse_marked_claim()`);
});

const uniqueBody = () =>
  `Officials said ${Math.floor(Math.random() * 9000) + 1000} people were evacuated from Homs on Tuesday (${uniqueSuffix()}).\n\nThe ministry reported 97.29% vaccination coverage in Damascus in 2023.`;

describe("importArticle", () => {
  it("stores the body exactly as imported after normalisation, with claims anchored in it", async () => {
    const editor = await makeUser("EDITOR");
    const raw = `\uFEFF${uniqueBody().replace(/\n/g, "\r\n")}\r\n`;
    const { article, claims } = await importArticle(editor, { title: "  Normalised  ", body: raw });
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.body).toBe(normaliseBody(raw));
    expect(stored.body).not.toContain("\r");
    expect(stored.bodySha256).toBe(bodySha256(stored.body));
    expect(stored.title).toBe("Normalised");
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(stored.body.slice(claim.start, claim.end)).toBe(claim.text);
    expect(claims.map((c) => c.ordinal)).toEqual(claims.map((_, i) => i));
    const audit = await db.auditEvent.findMany({ where: { entityType: "Article", entityId: article.id } });
    expect(audit.map((a) => a.action)).toEqual(["article.imported"]);
  });

  it("is one transaction: a claim row that fails leaves neither the article nor any claim", async () => {
    const editor = await makeUser("EDITOR");
    const body = `${uniqueBody()}\n\n${FORCE_FAILURE}`;
    const before = await db.claim.count({ where: { createdById: editor.id } });
    await expect(importArticle(editor, { title: "Half saved?", body })).rejects.toThrow();
    expect(await db.article.findUnique({ where: { bodySha256: bodySha256(body) } })).toBeNull();
    expect(await db.article.count({ where: { importedById: editor.id } })).toBe(0);
    expect(await db.claim.count({ where: { createdById: editor.id } })).toBe(before);
    expect(await db.auditEvent.count({ where: { actorId: editor.id, action: "article.imported" } })).toBe(0);
  });

  it("refuses the same body twice, naming the existing article", async () => {
    const editor = await makeUser("EDITOR");
    const body = uniqueBody();
    const first = await importArticle(editor, { title: "First", body });
    // Differences the normalisation removes still count as the same text.
    const error = await refusal(importArticle(editor, { title: "Second", body: `\uFEFF${body.replace(/\n/g, "\r\n")}` }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("First");
    expect(duplicateArticleId(error)).toBe(first.article.id);
    expect(await db.article.count({ where: { importedById: editor.id } })).toBe(1);
  });

  it("enforces the limits: empty body, over 2 MB, title over 300, URL not http(s)", async () => {
    const editor = await makeUser("EDITOR");
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ title: "Empty", body: " \n\t " }, "body", /empty/],
      [{ title: "Huge", body: "é".repeat(MAX_BODY_BYTES / 2 + 1) }, "body", /2 MB/],
      [{ title: "x".repeat(301), body: uniqueBody() }, "title", /300/],
      [{ title: "FTP", body: uniqueBody(), url: "ftp://example.org/a" }, "url", /http/],
      [{ title: "JS", body: uniqueBody(), url: "javascript:alert(1)" }, "url", /http/],
    ];
    for (const [input, field, message] of cases) {
      const error = await refusal(importArticle(editor, input));
      expect(error.code).toBe("VALIDATION_FAILED");
      expect(error.details.fields?.[field]?.[0]).toMatch(message);
    }
    // Exactly 300 characters and an https URL are fine.
    await importArticle(editor, { title: "y".repeat(300), body: uniqueBody(), url: "https://example.org/a" });
    expect(await db.article.count({ where: { importedById: editor.id } })).toBe(1);
  });

  it("stores a publication date, and refuses ones PostgreSQL cannot store (year 0000) with a field message", async () => {
    const editor = await makeUser("EDITOR");
    for (const bad of ["0000-01-01", "0000-06-15T12:00:00Z", "0999-12-31", "2024-02-30", "yesterday", 20240101]) {
      const error = await refusal(importArticle(editor, { title: "Bad date", body: uniqueBody(), publishedAt: bad }));
      expect(error.code, String(bad)).toBe("VALIDATION_FAILED");
      expect(error.details.fields?.publishedAt?.[0], String(bad)).toMatch(/date/);
    }
    expect(await db.article.count({ where: { importedById: editor.id } })).toBe(0);
    const day = await importArticle(editor, { title: "Dated", body: uniqueBody(), publishedAt: "2024-12-07" });
    expect(day.article.publishedAt?.toISOString()).toBe("2024-12-07T00:00:00.000Z");
    const moment = await importArticle(editor, { title: "Timed", body: uniqueBody(), publishedAt: "2024-12-07T18:30:00+02:00" });
    expect(moment.article.publishedAt?.toISOString()).toBe("2024-12-07T16:30:00.000Z");
    const none = await importArticle(editor, { title: "Undated", body: uniqueBody(), publishedAt: "" });
    expect(none.article.publishedAt).toBeNull();
  });

  it("refuses reviewers", async () => {
    const reviewer = await makeUser("REVIEWER");
    const error = await refusal(importArticle(reviewer, { title: "Nope", body: uniqueBody() }));
    expect(error.code).toBe("FORBIDDEN");
    expect(await db.article.count({ where: { importedById: reviewer.id } })).toBe(0);
  });

  it("imports the text of an uploaded HTML file", async () => {
    const editor = await makeUser("EDITOR");
    const marker = uniqueSuffix();
    const html = `<html><head><title>Upload ${marker}</title></head><body><nav>Menu</nav><script>track()</script>
      <p>Officials said 4,100 people fled the floods in ${marker}.</p><p hidden>Secret draft</p></body></html>`;
    const upload = decodeUpload("story.html", new TextEncoder().encode(html));
    const { article, claims } = await importArticle(editor, { title: upload.title, body: upload.text });
    expect(article.title).toBe(`Upload ${marker}`);
    expect(article.body).toBe(`Officials said 4,100 people fled the floods in ${marker}.`);
    expect(claims.map((c) => c.text)).toEqual([article.body]);
  });
});

describe("POST /api/v1/articles", () => {
  async function post(token: string, body: unknown) {
    const request = new NextRequest("http://localhost/api/v1/articles", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return POST(request, { params: Promise.resolve({}) });
  }

  it("answers 201, then 409 with the existing article's id for the same body", async () => {
    const editor = await makeUser("EDITOR");
    const { token } = await createApiToken(editor, { name: "import test" });
    const body = uniqueBody();
    const created = await post(token, { title: "Via API", body });
    expect(created.status).toBe(201);
    const { article } = (await created.json()) as { article: { id: string } };
    const again = await post(token, { title: "Again", body });
    expect(again.status).toBe(409);
    const payload = (await again.json()) as { error: { code: string; articleId: string } };
    expect(payload.error).toMatchObject({ code: "CONFLICT", articleId: article.id });
  });

  it("answers 400 with a field message for year 0000, where PostgreSQL would have failed", async () => {
    const editor = await makeUser("EDITOR");
    const { token } = await createApiToken(editor, { name: "import test" });
    const response = await post(token, { title: "Year zero", body: uniqueBody(), publishedAt: "0000-01-01" });
    expect(response.status).toBe(400);
    const payload = (await response.json()) as { error: { code: string; fields: Record<string, string[]> } };
    expect(payload.error.code).toBe("VALIDATION_FAILED");
    expect(payload.error.fields.publishedAt[0]).toMatch(/between the years 1000 and 9999/);
    expect(await db.article.count({ where: { importedById: editor.id } })).toBe(0);
  });

  it("answers 400 with field errors for a non-http URL", async () => {
    const editor = await makeUser("EDITOR");
    const { token } = await createApiToken(editor, { name: "import test" });
    const response = await post(token, { title: "Bad URL", body: uniqueBody(), url: "file:///etc/passwd" });
    expect(response.status).toBe(400);
    const payload = (await response.json()) as { error: { fields: Record<string, string[]> } };
    expect(payload.error.fields.url[0]).toMatch(/http/);
  });
});
