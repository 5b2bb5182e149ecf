import { describe, expect, it } from "vitest";
import { copyFromLine, loadOrder, parseCopyFromLine, quoteIdent, setvalLine } from "@/lib/backup/format";

describe("loadOrder", () => {
  it("puts every table after the tables it references, ties alphabetically", () => {
    const order = loadOrder(
      ["Comment", "Mention", "User", "Claim", "Article", "LoginAttempt"],
      [
        { table: "Article", references: "User" },
        { table: "Claim", references: "Article" },
        { table: "Claim", references: "User" },
        { table: "Comment", references: "Claim" },
        { table: "Comment", references: "User" },
        { table: "Mention", references: "Comment" },
        { table: "Mention", references: "User" },
      ],
    );
    expect(order).toEqual(["LoginAttempt", "User", "Article", "Claim", "Comment", "Mention"]);
  });

  it("ignores self-references and keys to tables outside the schema", () => {
    expect(
      loadOrder(
        ["B", "A"],
        [
          { table: "A", references: "A" },
          { table: "B", references: "Elsewhere" },
        ],
      ),
    ).toEqual(["A", "B"]);
  });

  it("refuses a cycle between tables, naming them", () => {
    expect(() =>
      loadOrder(
        ["A", "B", "C"],
        [
          { table: "A", references: "B" },
          { table: "B", references: "A" },
        ],
      ),
    ).toThrow(/cycle.*A, B/);
  });
});

describe("COPY lines", () => {
  it("round-trips table and column names, quotes included", () => {
    const line = copyFromLine('Odd "Table"', ["id", 'we"ird', "createdAt"]);
    expect(line).toBe('COPY "Odd ""Table""" ("id", "we""ird", "createdAt") FROM stdin;');
    expect(parseCopyFromLine(line)).toEqual({ table: 'Odd "Table"', columns: ["id", 'we"ird', "createdAt"] });
  });

  it("reads nothing else as a COPY line", () => {
    expect(parseCopyFromLine('COPY "User" ("id") FROM stdin; DROP TABLE "User";')).toBeNull();
    expect(parseCopyFromLine("COPY User (id) FROM stdin;")).toBeNull();
    expect(parseCopyFromLine('COPY "User" ("id") TO stdout;')).toBeNull();
  });

  it("writes setval with the sequence name as a quoted identifier inside a literal", () => {
    expect(quoteIdent("a")).toBe('"a"');
    expect(setvalLine({ name: "it's", lastValue: "41", isCalled: true })).toBe(
      `SELECT pg_catalog.setval('"it''s"', 41, true);\n`,
    );
  });
});
