// A report of several articles is read in batches across articles (lib/reports/range-data.ts);
// one article's report is read on its own (lib/reports/data.ts). The two must write the same
// bytes for the same data: here a multi-article export, in every text format and with chunks
// small enough to split the articles several ways (an article larger than a chunk read on its
// own), against the same articles exported one by one. Deleted claims and broken histories
// included, since the article's verification counts them whether or not the report lists them.
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/identity";
import { assignClaims } from "@/lib/assignments/mutations";
import { db } from "@/lib/db/client";
import { addEvidence } from "@/lib/evidence/mutations";
import { renderCsv } from "@/lib/reports/csv";
import { articleIdsInRange, loadReportArticle } from "@/lib/reports/data";
import { renderJson } from "@/lib/reports/json";
import { reportContext } from "@/lib/reports/mutations";
import type { ReportContext } from "@/lib/reports/model";
import { rangeReportSources } from "@/lib/reports/range-data";
import { renderReport } from "@/lib/reports/render";
import type { CsvKind, ReportFormat } from "@/lib/reports/schema";
import { setVerdict } from "@/lib/verdicts/mutations";
import { makeArticle, makeUser } from "./factories";
import { reviewedArticle } from "./reports-fixtures";
import { text, collect } from "./report-text";

const LONG_BODY = Array.from({ length: 8 }, (_, i) => `Officials said ${100 + i} people were evacuated from the city of Homs on day ${i + 1}.`).join("\n\n");

let editor: CurrentUser;
let context: ReportContext;
let articleIds: string[];

/** Deletes status change rows behind the append-only trigger (a tampered history). */
async function deleteHistoryRow(id: string) {
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe('ALTER TABLE "StatusChange" DISABLE TRIGGER "StatusChange_append_only"');
    try {
      await tx.$executeRaw`DELETE FROM "StatusChange" WHERE id = ${id}`;
    } finally {
      await tx.$executeRawUnsafe('ALTER TABLE "StatusChange" ENABLE TRIGGER "StatusChange_append_only"');
    }
  });
}

/** What one article adds to a multi-article file: its part of the single-article file. */
function articlePart(format: ReportFormat, single: string): string {
  if (format === "json") {
    const start = single.indexOf('"articles":[') + '"articles":['.length;
    expect(single.endsWith("]}\n")).toBe(true);
    return single.slice(start, -"]}\n".length);
  }
  // CSV: everything after the header row.
  return single.slice(single.indexOf("\r\n") + 2);
}

function joinParts(format: ReportFormat, template: string, parts: string[]): string {
  if (format === "json") {
    const head = template.slice(0, template.indexOf('"articles":[') + '"articles":['.length);
    return `${head}${parts.join(",")}]}\n`;
  }
  return template.slice(0, template.indexOf("\r\n") + 2) + parts.join("");
}

beforeAll(async () => {
  const scenario = await reviewedArticle();
  editor = scenario.editor;
  const reviewer = await makeUser("REVIEWER");

  // A second article: a claim with a verdict that was then deleted behind the app's back (its
  // history still counts in the article's verification), and one whose history lost its last row.
  const second = await makeArticle(editor, LONG_BODY);
  const [a, b] = second.claims;
  await assignClaims(editor, { claimIds: [a.id, b.id], reviewerId: reviewer.id });
  for (const claim of [a, b]) {
    const added = await addEvidence(reviewer, claim.id, { url: `https://example.org/${claim.id}`, title: "Wire", stance: "SUPPORTS", version: 1 });
    const first = await setVerdict(reviewer, claim.id, { status: "CORROBORATED", rationale: "Two wires agree.", version: added.claim.version });
    await setVerdict(reviewer, claim.id, { status: "UNVERIFIED", rationale: "One wire retracted.", version: first.claim.version });
  }
  await db.claim.update({ where: { id: a.id }, data: { deletedAt: new Date() } });
  const last = await db.statusChange.findFirstOrThrow({ where: { claimId: b.id, seq: 2 } });
  await deleteHistoryRow(last.id);

  // A third with nothing done to it, and a fourth larger than the smallest chunk below.
  const third = await makeArticle(editor);
  const fourth = await makeArticle(editor, LONG_BODY);
  articleIds = [scenario.article.id, second.article.id, third.article.id, fourth.article.id];
  context = reportContext(editor, { type: "range", from: "2020-01-01", to: "2030-12-31", criterion: "test" }, new Date("2026-01-02T03:04:05Z"));
});

describe("a multi-article export writes what the per-article exports write", () => {
  const cases: [ReportFormat, CsvKind][] = [
    ["json", "claims"],
    ["csv", "claims"],
    ["csv", "history"],
  ];

  it.each(cases)("%s (%s): the range export equals the articles exported one by one", async (format, kind) => {
    const singles = await Promise.all(articleIds.map((id) => text(renderReport(format, kind, context, [id]))));
    const expected = joinParts(format, singles[0], singles.map((single) => articlePart(format, single)));
    expect(await text(renderReport(format, kind, context, articleIds))).toBe(expected);
    // Chunks as small as the smallest article (the others read alone), as large as the largest
    // (articles grouped two or three to a chunk), and holding them all.
    const counts = await Promise.all(articleIds.map((articleId) => db.claim.count({ where: { articleId } })));
    const sizes = [Math.min(...counts), Math.max(...counts), counts.reduce((a, b) => a + b, 0)];
    expect(new Set(counts).size, "articles of different sizes").toBeGreaterThan(1);
    for (const chunkClaims of sizes) {
      const includeDeleted = format === "json";
      const sources = rangeReportSources(articleIds, { includeDeleted, articleBody: format === "json", chunkClaims });
      const written = await collect(format === "json" ? renderJson(context, sources) : renderCsv(kind, sources));
      expect(written, `chunks of ${chunkClaims} claims`).toBe(expected);
    }
  });

  it("ClaimReview: the same reviews in the same order", async () => {
    const singles = await Promise.all(articleIds.map(async (id) => JSON.parse(await text(renderReport("claimreview", "claims", context, [id])))));
    expect(JSON.parse(await text(renderReport("claimreview", "claims", context, articleIds)))).toEqual(singles.flat());
  });

  it("the article's verification counts deleted claims' histories also when the report leaves them out", async () => {
    const [, second] = articleIds;
    const alone = await loadReportArticle(second);
    expect(alone.verification.ok).toBe(false);
    expect(alone.verification.checked).toBe(3);
    for (const includeDeleted of [false, true]) {
      for await (const { article } of rangeReportSources(articleIds, { includeDeleted, articleBody: true, chunkClaims: 50 })) {
        if (article.id === second) expect(article.verification).toEqual(alone.verification);
      }
    }
  });

  it("lists only the articles the actor may export (the access rule is part of the query)", async () => {
    const from = new Date(Date.now() - 86_400_000);
    const to = new Date(Date.now() + 86_400_000);
    expect(await articleIdsInRange(editor, from, to)).toEqual(expect.arrayContaining(articleIds));
    expect(await articleIdsInRange(await makeUser("REVIEWER"), from, to)).toEqual([]);
  });
});
