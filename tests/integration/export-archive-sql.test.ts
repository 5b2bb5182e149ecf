// The all-articles export reads its claims as text PostgreSQL builds (lib/reports/archive-data.ts
// for the JSON archive, table-data.ts for CSV), while one article's export builds objects and
// lets JSON.stringify and the CSV writer make the text (claim-relations.ts). These must write the
// same bytes, also for what JSON escaping, number and timestamp formats and stored JSON make
// tricky: control characters, quotes and backslashes, line and paragraph separators, emoji and
// Arabic, a formula-like statement, a score PostgreSQL writes with an exponent, timestamps on a
// whole second, audit JSON stored with "1.50", an integer-like key and a control character, an
// event without an actor, two events at the same instant, cited sources in an odd shape, a
// snapshot, a comment, a rating label, a removed source and a deleted claim. And the range stays what the access rule and the range
// let through: no rows are filtered after reading.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { assignClaims } from "@/lib/assignments/mutations";
import type { CurrentUser } from "@/lib/auth/identity";
import { db } from "@/lib/db/client";
import { addEvidence } from "@/lib/evidence/mutations";
import { renderCsv } from "@/lib/reports/csv";
import { renderJson } from "@/lib/reports/json";
import type { ReportContext } from "@/lib/reports/model";
import { articleIdsInRange } from "@/lib/reports/data";
import { exportRangeReport, reportContext } from "@/lib/reports/mutations";
import { rangeArchiveSources, rangeReportSources } from "@/lib/reports/range-data";
import { renderReport } from "@/lib/reports/render";
import type { CsvKind, ReportFormat } from "@/lib/reports/schema";
import { setVerdict } from "@/lib/verdicts/mutations";
import { makeArticle, makeUser } from "./factories";
import { refusal } from "./refusal";
import { reviewedArticle } from "./reports-fixtures";
import { text, collect } from "./report-text";

const TRICKY = `He said "no" \\ then\ttabbed\u0001\u001f, a line\u2028separator, 😀 and العربية`;

let editor: CurrentUser;
let context: ReportContext;
let articleIds: string[];
let outOfRange: string;

const id = () => `t${randomUUID().replace(/-/g, "").slice(0, 24)}`;

/** The multi-article file the object path writes: each article exported on its own, joined. */
async function joinedSingles(format: ReportFormat, kind: CsvKind): Promise<string> {
  const singles = await Promise.all(articleIds.map((articleId) => text(renderReport(format, kind, context, [articleId]))));
  if (format === "json") {
    const marker = '"articles":[';
    const head = singles[0].slice(0, singles[0].indexOf(marker) + marker.length);
    return `${head}${singles.map((single) => single.slice(single.indexOf(marker) + marker.length, -"]}\n".length)).join(",")}]}\n`;
  }
  const header = singles[0].slice(0, singles[0].indexOf("\r\n") + 2);
  return header + singles.map((single) => single.slice(single.indexOf("\r\n") + 2)).join("");
}

beforeAll(async () => {
  const scenario = await reviewedArticle();
  editor = scenario.editor;
  const [first, second, third, fourth] = scenario.claims;
  const reviewer = scenario.alice;

  // Wording, score and timestamps the two writers could format differently.
  await db.$executeRaw`UPDATE "Claim" SET statement = ${`=SUM(A1) ${TRICKY}`}, claimant = ${TRICKY}, score = ${0.00001},
    "createdAt" = '2026-01-02 03:04:05', "updatedAt" = '2026-01-02 03:04:05.5' WHERE id = ${first.id}`;
  await db.$executeRaw`UPDATE "Claim" SET score = NULL, prefix = ${TRICKY} WHERE id = ${second.id}`;
  await db.$executeRaw`UPDATE "Claim" SET score = ${123456789.125} WHERE id = ${third.id}`;

  // Audit JSON as it may be stored (not as JSON.stringify writes it), an event without an actor,
  // and two at the same instant (ordered by id).
  const evidence = await db.evidence.findFirstOrThrow({ where: { claimId: first.id, removedAt: null } });
  const at = "2026-01-03 00:00:00";
  await db.$executeRaw`INSERT INTO "AuditEvent" (id, "actorId", action, "entityType", "entityId", before, after, "createdAt")
    VALUES (${`${id()}b`}, NULL, 'evidence.updated', 'Evidence', ${evidence.id},
      ${'{"b": 1.50, "10": [1e2, "x\\u0001y"], "a": null, "é": {"z": -0.0, "y": 12345678.90}}'}::jsonb, ${"[]"}::jsonb, ${at}::timestamp),
    (${`${id()}a`}, ${editor.id}, 'evidence.updated', 'Evidence', ${evidence.id}, NULL, ${`{"note": ${JSON.stringify(TRICKY)}}`}::jsonb, ${at}::timestamp)`;

  // A snapshot of the source, a comment, a rating label, a removed source with a note.
  await db.$executeRaw`INSERT INTO "SourceSnapshot" (id, "evidenceId", "fetchedAt", "requestedUrl", "finalUrl", "httpStatus", sha256, outcome, error, origin)
    VALUES (${id()}, ${evidence.id}, '2026-01-04 05:06:07.008', 'https://example.org/x', 'https://example.org/y', 200, 'abc', 'OK', ${TRICKY}, 'FETCHED')`;
  await db.$executeRaw`INSERT INTO "Comment" (id, "claimId", "authorId", body, "createdAt", "updatedAt")
    VALUES (${id()}, ${second.id}, ${reviewer.id}, ${TRICKY}, '2026-01-05 00:00:00', '2026-01-05 00:00:00')`;
  const label = id();
  await db.$executeRaw`INSERT INTO "RatingLabel" (id, name, "nameKey", description, color, position, verdict, "ratingValue", "createdAt", "updatedAt")
    VALUES (${label}, ${`Mostly "false" ${label}`}, ${label}, '', '#aa0000', 99, 'DISPUTED', 2, now(), now())`;
  await db.$executeRaw`UPDATE "Claim" SET "ratingLabelId" = ${label} WHERE id = ${second.id}`;
  const noted = await addEvidence(editor, fourth.id, { url: "https://example.org/noted?a=1,b=2", title: "Noted", stance: "CONTEXT", version: 1 });
  await db.$executeRaw`UPDATE "Evidence" SET title = ${TRICKY}, note = ${TRICKY}, "removedAt" = now(), "removedById" = ${editor.id} WHERE id = ${noted.evidence.id}`;

  // A second article with a deleted claim that had a verdict.
  const other = await makeArticle(editor);
  const [gone] = other.claims;
  await assignClaims(editor, { claimIds: [gone.id], reviewerId: reviewer.id });
  const added = await addEvidence(reviewer, gone.id, { url: "https://example.org/gone", title: "Wire", stance: "SUPPORTS", version: 1 });
  await setVerdict(reviewer, gone.id, { status: "CORROBORATED", rationale: "Two wires agree.", version: added.claim.version });
  await db.claim.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });
  // A status change citing sources in an odd shape (PostgreSQL leaves them to parseCitedEvidence),
  // appended by hand: its hash and link are wrong (the hash well-formed, as the archive's schema
  // wants, for other files' range exports that read it), which both paths must report alike.
  await db.$executeRaw`INSERT INTO "StatusChange" (id, "claimId", seq, "fromStatus", "toStatus", "actorId", rationale, "citedEvidence", "prevHash", hash)
    VALUES (${id()}, ${gone.id}, 2, 'CORROBORATED', 'CORROBORATED', ${editor.id}, 'odd', ${'[{"id": 7, "url": null}, "loose", [1], {"id": "e\\u0001", "url": "https://example.org/a\\"b"}]'}::jsonb, 'x', ${"ab".repeat(32)})`;

  // A third imported long before the range, with nothing recorded in it: not exported.
  const old = await makeArticle(editor);
  await db.article.update({ where: { id: old.article.id }, data: { createdAt: new Date("2001-02-03T00:00:00Z") } });
  outOfRange = old.article.id;

  articleIds = [scenario.article.id, other.article.id];
  context = reportContext(editor, { type: "range", from: "2020-01-01", to: "2030-12-31", criterion: "test" }, new Date("2026-01-02T03:04:05Z"));
});

describe("the export read as text by PostgreSQL writes what the object path writes", () => {
  it("JSON archive, whole and in chunks of every size", async () => {
    const expected = await joinedSingles("json", "claims");
    // The fixture reaches the archive (else this would compare nothing tricky).
    expect(expected).toContain(JSON.stringify(TRICKY));
    expect(expected).toContain('"score":0.00001');
    expect(expected).toContain('"before":{"10":[100,"x\\u0001y"],"a":null,"b":1.5,"é":{"y":12345678.9,"z":0}}');
    expect(expected).toContain('"createdAt":"2026-01-02T03:04:05.000Z"');
    expect(expected).toContain('"citedEvidence":[{"id":"7","url":"null"},{"id":"undefined","url":"undefined"},{"id":"e\\u0001","url":"https://example.org/a\\"b"}]');
    expect(await text(renderReport("json", "claims", context, articleIds))).toBe(expected);
    const counts = await Promise.all(articleIds.map((articleId) => db.claim.count({ where: { articleId } })));
    for (const chunkClaims of [1, Math.min(...counts), counts[0] + counts[1]]) {
      expect(await collect(renderJson(context, rangeArchiveSources(articleIds, { chunkClaims }))), `chunks of ${chunkClaims} claims`).toBe(expected);
    }
  });

  it.each([["claims"], ["history"]] as [CsvKind][])("CSV (%s), whole and in chunks", async (kind) => {
    const expected = await joinedSingles("csv", kind);
    expect(await text(renderReport("csv", kind, context, articleIds))).toBe(expected);
    for (const chunkClaims of [1, 1000]) {
      const sources = rangeReportSources(articleIds, { includeDeleted: false, articleBody: false, detail: "table", csv: kind, chunkClaims });
      expect(await collect(renderCsv(kind, sources)), `chunks of ${chunkClaims} claims`).toBe(expected);
    }
  });

  it("ClaimReview", async () => {
    const singles = await Promise.all(articleIds.map((articleId) => text(renderReport("claimreview", "claims", context, [articleId]))));
    const combined = await text(renderReport("claimreview", "claims", context, articleIds));
    expect(JSON.parse(combined)).toEqual(singles.flatMap((single) => JSON.parse(single)));
  });
});

describe("what a range export holds is decided in the query", () => {
  it("an editor's export lists the articles in the range and leaves out one outside it", async () => {
    // What exportRangeReport renders, without recording an export (other test files count those).
    const inRange = await articleIdsInRange(editor, new Date("2020-01-01T00:00:00Z"), new Date("2100-01-01T00:00:00Z"));
    expect(inRange).toEqual(expect.arrayContaining(articleIds));
    expect(inRange).not.toContain(outOfRange);
    const archive = JSON.parse(await text(renderReport("json", "claims", context, inRange))) as { articles: { id: string }[] };
    expect(archive.articles.map((article) => article.id)).toEqual(inRange);
  });

  it("a reviewer may not export a range", async () => {
    const reviewer = await makeUser("REVIEWER");
    expect((await refusal(exportRangeReport(reviewer, { from: "2020-01-01", to: "2099-12-31", format: "json" }))).code).toBe("FORBIDDEN");
    expect(await articleIdsInRange(reviewer, new Date("2020-01-01T00:00:00Z"), new Date("2100-01-01T00:00:00Z"))).toEqual([]);
  });
});
