// Reports after a revision (docs/reports.md, "Claims in every report"): every format lists the
// orphan with the other claims and says which revision each claim's offsets refer to. The JSON
// archive validates against docs/report-schema.json with the anchor; the CSV has the two anchor
// columns; the PDF says "Orphaned … last found in revision N" and "Needs re-check" quietly.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { CLAIM_COLUMNS, renderCsv } from "@/lib/reports/csv";
import { renderJson } from "@/lib/reports/json";
import type { ArticleReportSource, ReportClaim } from "@/lib/reports/model";
import { renderPdf } from "@/lib/reports/pdf";
import { parseCsv } from "../reports/csv-reader";
import { article, claims, collect, context } from "../reports/fixtures";

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validateReport = ajv.compile(JSON.parse(readFileSync("docs/report-schema.json", "utf8")));

// Revision 3 of the fixture's article: C4's quote changed (to re-check), C5's sentence is gone
// since revision 2 (orphaned, its offsets in revision 1 where it was last found).
const revised = { ...article, revision: 3 };
const anchored: ReportClaim[] = claims.map((claim) =>
  claim.number === 4
    ? { ...claim, anchor: { state: "NEEDS_RECHECK", revision: 3, start: 210, end: 250 }, start: 210, end: 250 }
    : claim.number === 5
      ? { ...claim, anchor: { state: "ORPHANED", revision: 1, start: 300, end: 350 } }
      : { ...claim, anchor: { ...claim.anchor, revision: 3 } },
);

async function* sources(): AsyncGenerator<ArticleReportSource> {
  yield { article: revised, claimBatches: async function* () { yield anchored; } };
}

describe("reports of a revised article", () => {
  it("JSON: each claim's anchor and the text's revision, valid against the schema", async () => {
    const report = JSON.parse(await collect(renderJson(context, sources())));
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.schemaVersion).toBe(3);
    const [only] = report.articles;
    expect(only.revision).toBe(3);
    expect(only.claims.map((claim: { number: number; anchor: unknown }) => [claim.number, claim.anchor])).toEqual([
      [1, { state: "EXACT", revision: 3, start: 0, end: claims[0].text.length }],
      [2, { state: "EXACT", revision: 3, start: 100, end: 100 + claims[1].text.length }],
      [4, { state: "NEEDS_RECHECK", revision: 3, start: 210, end: 250 }],
      [5, { state: "ORPHANED", revision: 1, start: 300, end: 350 }],
    ]);
  });

  it("JSON: a claim without its anchor, or with an unknown state, does not validate", async () => {
    const report = JSON.parse(await collect(renderJson(context, sources())));
    const claim = report.articles[0].claims[3];
    claim.anchor.state = "MOVED";
    expect(validateReport(report)).toBe(false);
    delete claim.anchor;
    expect(validateReport(report)).toBe(false);
  });

  it("CSV: anchor_state and anchor_revision on every claim row, the orphan listed with the others", async () => {
    const [header, ...rows] = parseCsv(await collect(renderCsv("claims", sources())));
    expect(header).toEqual([...CLAIM_COLUMNS]);
    const column = (name: string) => header.indexOf(name);
    expect(rows.map((row) => [row[column("claim_number")], row[column("anchor_state")], row[column("anchor_revision")]])).toEqual([
      ["1", "EXACT", "3"],
      ["2", "EXACT", "3"],
      ["4", "NEEDS_RECHECK", "3"],
      ["5", "ORPHANED", "1"],
    ]);
    expect(rows[3][column("start")]).toBe("300");
  });

  it("PDF: the text's revision on the cover, a quiet line on the re-check and the orphan", async () => {
    const bytes = await renderPdf({ context, articles: [{ article: revised, claims: anchored }] });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("Text revision: 3");
    expect(flat).toContain("Orphaned: no longer in the article's text; last found in revision 1, characters 300–350");
    expect(flat).toContain("Characters 210–250 of the article body · Needs re-check: its quote changed in a new version of the text");
    // Claims in place say nothing more than before.
    expect(flat).toContain(`Characters 0–${claims[0].text.length} of the article body · ID c-1`);
  }, 30_000);

  it("PDF: an article never revised shows no revision line", async () => {
    const bytes = await renderPdf({ context, articles: [{ article, claims }] });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    expect(text.replace(/\s+/g, " ")).not.toContain("Text revision");
  }, 30_000);
});
