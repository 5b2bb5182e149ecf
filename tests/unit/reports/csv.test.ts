import { describe, expect, it } from "vitest";
import { CLAIM_COLUMNS, csvRow, escapeCsvCell, HISTORY_COLUMNS, neutraliseFormula, renderCsv } from "@/lib/reports/csv";
import { collect, fixtureSources } from "./fixtures";

/** A strict RFC 4180 reader, written independently of the writer, to read exports back. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === "") {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quote");
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
      if (i < text.length && text[i] !== "," && text.slice(i, i + 2) !== "\r\n") throw new Error(`junk after quote at ${i}`);
    } else if (text[i] === ",") {
      record.push(field);
      field = "";
      i++;
    } else if (text.slice(i, i + 2) === "\r\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 2;
    } else {
      if (text[i] === "\n" || text[i] === "\r" || text[i] === '"') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
      field += text[i++];
    }
  }
  if (field !== "" || record.length) throw new Error("last record not terminated by CRLF");
  return records;
}

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
    expect(records).toHaveLength(4);
    const rows = records.slice(1).map((cells) => Object.fromEntries(CLAIM_COLUMNS.map((name, i) => [name, cells[i]])));
    expect(rows.map((row) => row.claim_id)).toEqual(["c-1", "c-2", "c-3"]);
    expect(rows[0]).toMatchObject({
      claim_number: "1",
      status: "CORROBORATED",
      verdict_by: "Rita Reviewer",
      rationale: 'Confirmed by UN OCHA, "final" figure',
      current_sources: "1",
      removed_sources: "1",
      source_urls: "SUPPORTS: https://example.org/ocha",
      history_events: "3",
      history_verified: "true",
    });
    // A claim whose text starts with "=" and holds a comma and a newline survives, defused.
    expect(rows[1].text).toBe("'=1+1 rebels, captured the airport\nnear Hama.");
    expect(rows[2]).toMatchObject({ status: "UNVERIFIED", verdict_at: "", history_events: "0" });
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
    expect(rows.map((row) => `${row.claim_id}#${row.seq}:${row.to_status}`)).toEqual([
      "c-1#1:CORROBORATED",
      "c-1#2:UNVERIFIED",
      "c-1#3:CORROBORATED",
      "c-2#1:DISPUTED",
    ]);
    expect(rows[1].prev_hash).toBe(rows[0].hash);
    expect(rows[0].prev_hash).toBe("");
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.hash) && row.link_verified === "true")).toBe(true);
  });
});
