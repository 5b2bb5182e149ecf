import { describe, expect, it } from "vitest";
import { CLAIM_COLUMNS, claimCsvRow, csvRow, escapeCsvCell, HISTORY_COLUMNS, neutraliseFormula, renderCsv } from "@/lib/reports/csv";
import type { ReportClaim } from "@/lib/reports/model";
import { parseCsv } from "./csv-reader";
import { article, claims, collect, fixtureSources } from "./fixtures";

describe("CSV cells", () => {
  it("quotes commas, quotes and line breaks, doubling inner quotes", () => {
    expect(escapeCsvCell("plain")).toBe("plain");
    expect(escapeCsvCell("a,b")).toBe('"a,b"');
    expect(escapeCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(escapeCsvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(escapeCsvCell("cr\r\nlf")).toBe('"cr\r\nlf"');
    expect(escapeCsvCell(null)).toBe("");
    expect(escapeCsvCell(undefined)).toBe("");
    expect(escapeCsvCell(42)).toBe("42");
    expect(escapeCsvCell(false)).toBe("false");
    expect(escapeCsvCell(new Date("2024-12-08T09:00:00Z"))).toBe("2024-12-08T09:00:00.000Z");
  });

  it("neutralises text a spreadsheet would run as a formula", () => {
    for (const dangerous of ["=SUM(A1:A2)", "+1", "-1+2", "@cmd", "\tx", "\rx"]) {
      expect(neutraliseFormula(dangerous)).toBe(`'${dangerous}`);
    }
    expect(neutraliseFormula("1,200 people")).toBe("1,200 people");
    expect(neutraliseFormula("a=b")).toBe("a=b");
    expect(escapeCsvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(escapeCsvCell("\rx")).toBe(`"'\rx"`);
  });

  it("ends every record with CRLF", () => {
    expect(csvRow(["a", "b,c", 1])).toBe('a,"b,c",1\r\n');
  });
});

describe("CSV reports from fixed data", () => {
  it("claims: a header and one row per claim, which read back to the original text", async () => {
    const records = parseCsv(await collect(renderCsv("claims", fixtureSources())));
    expect(records[0]).toEqual([...CLAIM_COLUMNS]);
    // The number and claimant follow the claim id, the statement (what a reader reads) comes
    // before the quote; the status's words follow its code.
    expect(records[0].slice(0, 11)).toEqual([
      "article_id",
      "article_title",
      "claim_id",
      "claim_number",
      "claimant",
      "statement",
      "text",
      "start",
      "end",
      "status",
      "status_label",
    ]);
    expect(records).toHaveLength(5);
    const rows = records.slice(1).map((cells) => Object.fromEntries(CLAIM_COLUMNS.map((name, i) => [name, cells[i]])));
    expect(rows.map((row) => row.claim_id)).toEqual(["c-1", "c-2", "c-4", "c-5"]);
    // The permanent number, not the reading order.
    expect(rows.map((row) => row.claim_number)).toEqual(["1", "2", "4", "5"]);
    expect(rows[0]).toMatchObject({
      claimant: "The health ministry",
      status: "CORROBORATED",
      status_label: "Corroborated",
      verdict_by: "Rita Reviewer",
      rationale: 'Confirmed by UN OCHA, "final" figure',
      current_sources: "1",
      removed_sources: "1",
      source_urls: "SUPPORTS: https://example.org/ocha",
      history_events: "3",
      history_verified: "true",
    });
    // A claim whose text (and claimant) starts with "=" and holds a comma and a newline survives, defused.
    expect(rows[1].text).toBe("'=1+1 rebels, captured the airport\nnear Hama.");
    expect(rows[1].claimant).toBe("'=Abu Mohammed, a local commander");
    // Not yet reviewed: listed as such, with no verdict and no claimant recorded.
    expect(rows[2]).toMatchObject({ claimant: "", status: "PENDING", status_label: "Not yet reviewed", verdict_at: "", verdict_by: "", rationale: "", history_events: "0" });
    // Unverified is a verdict, with who and why.
    expect(rows[3]).toMatchObject({ status: "UNVERIFIED", status_label: "Unverified", verdict_by: "Rita Reviewer", rationale: "No independent source either way" });
  });

  it("claims: a claim whose verdict was taken back has no verdict columns", async () => {
    const [first] = claims;
    const takenBack: ReportClaim = { ...first, status: "PENDING", history: first.history.slice(0, 2) };
    const row = Object.fromEntries(CLAIM_COLUMNS.map((name, i) => [name, parseCsv(claimCsvRow(article, takenBack))[0][i]]));
    expect(row).toMatchObject({ status: "PENDING", status_label: "Not yet reviewed", verdict_at: "", verdict_by: "", rationale: "", history_events: "2" });
  });

  it("history: the article's finalize/reopen events, then one row per status change with hashes, in seq order", async () => {
    const records = parseCsv(await collect(renderCsv("history", fixtureSources())));
    expect(records[0]).toEqual([...HISTORY_COLUMNS]);
    expect(records[0].at(-1)).toBe("event");
    const all = records.slice(1).map((cells) => Object.fromEntries(HISTORY_COLUMNS.map((name, i) => [name, cells[i]])));
    // Finalize/reopen only: the export event is not part of the review history.
    expect(all.slice(0, 3)).toEqual(
      [
        ["article.finalized", "2024-12-09T08:00:00.000Z", "Eddie Editor", "editor@example.org"],
        ["article.reopened", "2024-12-09T15:30:00.000Z", "Ada Admin", "ada@example.org"],
        ["article.finalized", "2024-12-10T10:00:00.000Z", "Eddie Editor", "editor@example.org"],
      ].map(([event, created_at, actor_name, actor_email]) => ({
        ...Object.fromEntries(HISTORY_COLUMNS.map((name) => [name, ""])),
        article_id: "a-1",
        event,
        created_at,
        actor_name,
        actor_email,
      })),
    );
    const rows = all.slice(3);
    expect(rows.every((row) => row.event === "status_change")).toBe(true);
    expect(rows.map((row) => `${row.claim_id}/C${row.claim_number}#${row.seq}:${row.from_status}>${row.to_status}`)).toEqual([
      "c-1/C1#1:PENDING>CORROBORATED",
      "c-1/C1#2:CORROBORATED>PENDING",
      "c-1/C1#3:PENDING>CORROBORATED",
      // Stored as UNVERIFIED (a chain from before PENDING existed); a first row reads as PENDING.
      "c-2/C2#1:PENDING>DISPUTED",
      "c-5/C5#1:PENDING>UNVERIFIED",
    ]);
    expect(rows[1].prev_hash).toBe(rows[0].hash);
    expect(rows[0].prev_hash).toBe("");
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.hash) && row.link_verified === "true")).toBe(true);
  });
});
