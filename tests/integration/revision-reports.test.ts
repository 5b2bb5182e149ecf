// Reports of a revised article from the real database (docs/reports.md, "Claims in every
// report"): the orphan is listed with the other claims, after them, with its verdict; each claim's
// anchor says which revision its offsets refer to (the orphan's: the one it was last found in), in
// the JSON archive (article and date-range exports, valid against docs/report-schema.json), the
// CSV and the PDF.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { importArticle } from "@/lib/articles/mutations";
import { exportArticleReport, exportRangeReport } from "@/lib/reports/mutations";
import { importRevision } from "@/lib/revisions/mutations";
import { setVerdict } from "@/lib/verdicts/mutations";
import { csvObjects } from "../unit/reports/csv-reader";
import { assignDirectly, makeUser, uniqueSuffix } from "./factories";
import { addSource, claimVersion } from "./review-helpers";
import { text } from "./report-text";

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validateReport = ajv.compile(JSON.parse(readFileSync("docs/report-schema.json", "utf8")));

const EDITED = "The health ministry reported 97.29% vaccination coverage in Damascus in 2023.";
const DELETED = "Police arrested 42 people after the protest in Aleppo, the interior ministry said.";
const KEPT = "The central bank raised its main interest rate to 14.5% on Monday.";


interface JsonClaim {
  number: number;
  text: string;
  start: number;
  end: number;
  status: string;
  anchor: { state: string; revision: number; start: number; end: number };
}
interface JsonArticle {
  id: string;
  body: string;
  revision: number;
  claims: JsonClaim[];
}

let s: Awaited<ReturnType<typeof setup>>;

async function setup() {
  const editor = await makeUser("EDITOR");
  const reviewer = await makeUser("REVIEWER");
  const tail = `Reported from Beirut, ${uniqueSuffix()}.`;
  const original = [EDITED, DELETED, KEPT, tail].join("\n\n");
  const { article, claims } = await importArticle(editor, { title: `Revised report ${uniqueSuffix()}`, body: original });
  const orphan = claims.find((claim) => claim.text === DELETED)!;
  await assignDirectly(orphan.id, reviewer.id, editor.id);
  await addSource(reviewer, orphan.id, "REFUTES");
  await setVerdict(reviewer, orphan.id, { status: "DISPUTED", rationale: "No arrests were recorded.", version: await claimVersion(orphan.id) });
  const revised = [EDITED.replace("97.29%", "97.3%"), KEPT, tail].join("\n\n");
  await importRevision(editor, article.id, { body: revised });
  return { editor, article, original, revised, orphanNumber: orphan.number };
}

beforeAll(async () => {
  s = await setup();
}, 60_000);

function checkArticle(article: JsonArticle) {
  expect(article.revision).toBe(2);
  expect(article.body).toBe(s.revised);
  const byText = (quote: string) => article.claims.find((claim) => claim.text.startsWith(quote.slice(0, 20)))!;
  // The orphan comes after the claims in the text, with its verdict, its offsets in revision 1.
  expect(article.claims.at(-1)).toMatchObject({ number: s.orphanNumber, status: "DISPUTED", anchor: { state: "ORPHANED", revision: 1 } });
  const orphan = byText(DELETED);
  expect(s.original.slice(orphan.anchor.start, orphan.anchor.end)).toBe(DELETED);
  expect([orphan.start, orphan.end]).toEqual([orphan.anchor.start, orphan.anchor.end]);
  const recheck = byText(EDITED);
  expect(recheck.anchor).toMatchObject({ state: "NEEDS_RECHECK", revision: 2 });
  expect(s.revised.slice(recheck.anchor.start, recheck.anchor.end)).toContain("97.3%");
  expect(byText(KEPT).anchor).toMatchObject({ state: "EXACT", revision: 2 });
  expect(s.revised.slice(byText(KEPT).anchor.start, byText(KEPT).anchor.end)).toBe(KEPT);
}

describe("reports of a revised article", () => {
  it("JSON (the article's report): every claim's anchor, valid against the schema", async () => {
    const report = JSON.parse(await text((await exportArticleReport(s.editor, s.article.id, { format: "json" })).body));
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.schemaVersion).toBe(3);
    checkArticle(report.articles[0]);
  });

  it("JSON (a date range, read in batches across articles): the same anchors", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const report = JSON.parse(await text((await exportRangeReport(s.editor, { from: today, to: today, format: "json" })).body));
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    checkArticle(report.articles.find((article: JsonArticle) => article.id === s.article.id));
  }, 60_000);

  it("CSV: the anchor's state and revision on each row, the orphan with the others", async () => {
    const csv = await text((await exportArticleReport(s.editor, s.article.id, { format: "csv", kind: "claims", bom: false })).body);
    const { rows } = csvObjects(csv);
    const orphan = rows.find((row) => row.claim_number === String(s.orphanNumber))!;
    expect(orphan).toMatchObject({ anchor_state: "ORPHANED", anchor_revision: "1", status: "DISPUTED" });
    const inText = rows.filter((row) => row.anchor_state !== "ORPHANED");
    expect(inText.length).toBeGreaterThanOrEqual(2);
    expect(new Set(inText.map((row) => row.anchor_revision))).toEqual(new Set(["2"]));
    expect(new Set(rows.map((row) => row.anchor_state))).toEqual(new Set(["EXACT", "NEEDS_RECHECK", "ORPHANED"]));
    // Listed last, as in every report.
    expect(rows.at(-1)?.claim_number).toBe(String(s.orphanNumber));
  });

  it("PDF: the text's revision, and a quiet line on the orphan and on the claim to re-check", async () => {
    const file = await exportArticleReport(s.editor, s.article.id, { format: "pdf" });
    const bytes = new Uint8Array(await new Response(file.body).arrayBuffer());
    const { text: pages } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    const flat = pages.replace(/\s+/g, " ");
    expect(flat).toContain("Text revision: 2");
    expect(flat).toMatch(/Orphaned: no longer in the article's text; last found in revision 1, characters \d+–\d+/);
    expect(flat).toContain("Needs re-check: its quote changed in a new version of the text");
  }, 120_000);
});
