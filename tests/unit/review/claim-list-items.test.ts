// The article page's claim list rows (lib/review/claim-list-items.ts): what every reader gets, and
// what only an editor of an article open to curation gets (lean: no quote when the statement is
// the quote, and never the quotes or gaps the curation forms load when opened).
import { describe, expect, it } from "vitest";
import { claimListItems } from "@/lib/review/claim-list-items";

const work = { hasVerdict: false, worked: true, openAssignees: ["Rana"] };
const claims = [
  {
    id: "c1",
    number: 1,
    status: "PENDING" as const,
    statement: "Quote one.",
    text: "Quote one.",
    claimant: null,
    version: 3,
    work,
    score: 0.8,
    reasons: ["has a number"],
  },
  {
    id: "c2",
    number: 4,
    status: "CORROBORATED" as const,
    statement: "Reworded two.",
    text: "Quote two.",
    claimant: "the ministry",
    version: 1,
    work,
    score: null,
    reasons: [],
  },
];

describe("claimListItems", () => {
  it("gives readers the number, status, statement, claimant and the re-check flag only", () => {
    const items = claimListItems(claims, { curate: false, needsRecheck: new Set(["c2"]) });
    expect(items).toEqual([
      { id: "c1", number: 1, status: "PENDING", statement: "Quote one.", claimant: null },
      {
        id: "c2",
        number: 4,
        status: "CORROBORATED",
        statement: "Reworded two.",
        claimant: "the ministry",
        recheck: true,
      },
    ]);
  });

  it("gives editors version, work, score and reasons, and the quote only when the wording differs", () => {
    const [first, second] = claimListItems(claims, { curate: true, needsRecheck: new Set() });
    expect(first.curation).toEqual({ version: 3, work, score: 0.8, reasons: ["has a number"] });
    expect(second.curation).toEqual({ version: 1, work, quote: "Quote two.", score: null, reasons: [] });
    expect(Object.keys(first.curation ?? {})).not.toContain("quote");
    expect("recheck" in first).toBe(false);
  });
});
