// Report downloads a person can find and open: names from the article's date and title
// (Content-Disposition with filename and filename*), and CSV with or without a UTF-8 byte-order
// mark, read back by a real CSV library.
import { parse as parseDisposition } from "content-disposition";
import { parse as parseCsv } from "csv-parse/sync";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as GET_ARTICLE_REPORT } from "@/app/api/v1/articles/[id]/report/route";
import { GET as GET_RANGE } from "@/app/api/v1/reports/route";
import { importArticle } from "@/lib/articles/mutations";
import type { CurrentUser } from "@/lib/auth/identity";
import { db } from "@/lib/db/client";
import { CLAIM_COLUMNS } from "@/lib/reports/csv";
import { createApiToken } from "@/lib/tokens/mutations";
import { callRoute, expectApiError } from "./api-harness";
import { makeUser, uniqueSuffix } from "./factories";

const ARABIC_TITLE = "انسحابات الجيش السوري من حمص";
const ARABIC_BODY =
  "قال المرصد السوري لحقوق الإنسان إن 130 مقاتلاً قتلوا في المعارك من الأحد إلى الثلاثاء. وأعلنت وزارة الدفاع أن الجيش انسحب من ثلاث قرى شمال حمص يوم الخميس.";

let editor: CurrentUser;
let token: string;
let syrian: { id: string };
let arabic: { id: string; createdAt: Date };

beforeAll(async () => {
  editor = await makeUser("EDITOR");
  ({ token } = await createApiToken(editor, { name: "report files" }));
  ({ article: syrian } = await importArticle(editor, {
    title: "Syrian army withdrawals",
    publishedAt: "2024-12-07",
    body: `The Syrian army withdrew from three villages north of Homs on Thursday, the ministry said. Ref ${uniqueSuffix()}.`,
  }));
  const imported = await importArticle(editor, { title: ARABIC_TITLE, body: `${ARABIC_BODY} ${uniqueSuffix()}` });
  arabic = await db.article.findUniqueOrThrow({
    where: { id: imported.article.id },
    select: { id: true, createdAt: true },
  });
});

/** The route's answer with its raw bytes: Response.text() would silently drop a BOM. */
async function download(articleId: string, query: string) {
  const request = new NextRequest(`http://localhost/api/v1/articles/${articleId}/report?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const response = await GET_ARTICLE_REPORT(request, { params: Promise.resolve({ id: articleId }) });
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(response.status, bytes.toString("utf8", 0, 300)).toBe(200);
  // Decoded without dropping the mark, so a test can see whether it is there.
  return { headers: response.headers, bytes, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}

function fileNames(headers: Headers) {
  const header = headers.get("content-disposition") ?? "";
  // Both parameters, the plain one quoted, as the API contract says.
  expect(header).toMatch(/^attachment; filename="[a-z0-9.-]+"; filename\*=UTF-8''\S+$/);
  const ascii = /filename="([^"]+)"/.exec(header)?.[1];
  // content-disposition's parser prefers filename*, as browsers do.
  return { ascii, unicode: parseDisposition(header).parameters.filename, header };
}

describe("report file names", () => {
  it("names each format from the publication date and the title", async () => {
    const expected: Record<string, string> = {
      "format=pdf": "2024-12-07-syrian-army-withdrawals-audit.pdf",
      "format=csv": "2024-12-07-syrian-army-withdrawals-audit-claims.csv",
      "format=csv&kind=history": "2024-12-07-syrian-army-withdrawals-audit-history.csv",
      "format=json": "2024-12-07-syrian-army-withdrawals-audit.json",
      "format=claimreview": "2024-12-07-syrian-army-withdrawals-claimreview.jsonld",
    };
    for (const [query, name] of Object.entries(expected)) {
      const { ascii, unicode } = fileNames((await download(syrian.id, query)).headers);
      expect(ascii, query).toBe(name);
      expect(unicode, query).toBe(name);
    }
  });

  it("gives an Arabic title a transliterated ASCII name and keeps its own script in filename*", async () => {
    const { ascii, unicode, header } = fileNames((await download(arabic.id, "format=pdf")).headers);
    // No publication date: the import day (UTC for an editor who has chosen no zone).
    const day = arabic.createdAt.toISOString().slice(0, 10);
    expect(ascii).toBe(`${day}-nshbt-ljysh-lswry-mn-hms-audit.pdf`);
    expect(unicode).toBe(`${day}-انسحابات-الجيش-السوري-من-حمص-audit.pdf`);
    expect(header).not.toMatch(/[^\x20-\x7e]/);
  });

  it("falls back to the article id for a title with no letters, and caps long titles", async () => {
    const { article: symbols } = await importArticle(editor, {
      title: "★ ★ ★ — «?»",
      publishedAt: "2024-12-07",
      body: `The ministry said 40 people were hurt on Monday. ${uniqueSuffix()}`,
    });
    const named = fileNames((await download(symbols.id, "format=json")).headers);
    expect(named.ascii).toBe(`2024-12-07-article-${symbols.id.toLowerCase()}-audit.json`);
    expect(named.unicode).toBe(named.ascii);

    const { article: long } = await importArticle(editor, {
      title: `${"Very long headline about the withdrawal ".repeat(6)}end`,
      publishedAt: "2024-12-07",
      body: `The army said 12 soldiers withdrew from the town on Friday. ${uniqueSuffix()}`,
    });
    const capped = fileNames((await download(long.id, "format=pdf")).headers);
    expect(capped.ascii).toMatch(/^2024-12-07-very-long-headline-about-the-withdrawal-very-long-[a-z-]*audit\.pdf$/);
    expect(capped.ascii!.length).toBeLessThanOrEqual(100);
    expect(capped.ascii).not.toContain("--");
  });

  it("names a date-range export after its range", async () => {
    const answer = await callRoute(GET_RANGE, {
      method: "GET",
      url: "/api/v1/reports?from=2024-12-01&to=2024-12-31&format=csv&kind=history",
      token,
    });
    expect(answer.status).toBe(200);
    expect(fileNames(answer.headers).ascii).toBe("claimledger-2024-12-01-to-2024-12-31-audit-history.csv");
  });
});

describe("CSV byte-order mark", () => {
  it("starts with a UTF-8 BOM by default, which a CSV library reads as UTF-8 with Arabic intact", async () => {
    const answer = await download(arabic.id, "format=csv");
    expect([...answer.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // A reader told about BOMs (as Excel is) gets clean headers and the exact text.
    const rows = parseCsv(answer.text, { bom: true, columns: true, relax_column_count: false }) as Record<
      string,
      string
    >[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...CLAIM_COLUMNS]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.article_title === ARABIC_TITLE)).toBe(true);
    expect(ARABIC_BODY).toContain(rows[0]?.text.slice(0, 20));
    // The mark is really there: a reader not told about it sees it glued to the first header.
    const raw = parseCsv(answer.text, { bom: false }) as string[][];
    expect(raw[0]?.[0]).toBe("\uFEFFarticle_id");
  });

  it("leaves the BOM out with bom=0, and the file parses the same", async () => {
    const withMark = parseCsv((await download(arabic.id, "format=csv&bom=1")).text, { bom: true, columns: true });
    const answer = await download(arabic.id, "format=csv&bom=0");
    expect(answer.bytes.subarray(0, 11).toString("latin1")).toBe("article_id,");
    const rows = parseCsv(answer.text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...CLAIM_COLUMNS]);
    expect(rows).toEqual(withMark);
  });

  it("does not add a BOM to other formats, and refuses a bad bom value with a field message", async () => {
    const json = await download(syrian.id, "format=json");
    expect(json.text.startsWith("{")).toBe(true);
    const bad = await callRoute(GET_ARTICLE_REPORT, {
      method: "GET",
      url: `/api/v1/articles/${syrian.id}/report?format=csv&bom=yes`,
      params: { id: syrian.id },
      token,
    });
    const error = expectApiError(bad, 400, "VALIDATION_FAILED");
    expect(error.fields?.bom?.[0]).toMatch(/bom as 1 or 0/);
  });
});

describe("date-range exports in the exporter's time zone", () => {
  it("takes whole days where the exporting user is", async () => {
    const { article } = await importArticle(editor, {
      title: "Range edge",
      body: `The ministry said 40 trucks crossed the border at dawn. ${uniqueSuffix()}`,
    });
    // Imported at 12:00 UTC on 1 June: already 2 June in Kiritimati (UTC+14).
    await db.article.update({ where: { id: article.id }, data: { createdAt: new Date("2024-06-01T12:00:00Z") } });
    const exportedIds = async (user: CurrentUser, day: string) => {
      const { exportRangeReport } = await import("@/lib/reports/mutations");
      const file = await exportRangeReport(user, { from: day, to: day, format: "json" });
      const report = JSON.parse(await new Response(file.body).text()) as { articles: { id: string }[] };
      return report.articles.map((entry) => entry.id);
    };
    const kiritimati = { ...editor, timeZone: "Pacific/Kiritimati" };
    expect(await exportedIds(editor, "2024-06-01")).toContain(article.id);
    expect(await exportedIds(kiritimati, "2024-06-01")).not.toContain(article.id);
    expect(await exportedIds(kiritimati, "2024-06-02")).toContain(article.id);
  });
});
