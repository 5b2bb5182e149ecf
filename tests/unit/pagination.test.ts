import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { DEFAULT_PAGE_SIZE, encodeCursor, MAX_PAGE_SIZE, parsePageQuery, toPage } from "@/lib/pagination";

const query = (text: string) => parsePageQuery(new URLSearchParams(text));
const fieldsOf = (text: string) => {
  try {
    query(text);
  } catch (error) {
    return Object.keys((error as AppError).details.fields ?? {});
  }
  return [];
};

describe("page parameters", () => {
  it("defaults the page size and round-trips a cursor", () => {
    expect(query("")).toEqual({ limit: DEFAULT_PAGE_SIZE });
    expect(query(`limit=3&cursor=${encodeCursor("cmx123abc")}`)).toEqual({ limit: 3, after: "cmx123abc" });
  });

  it("refuses page sizes outside 1..max and cursors it did not give, naming the field", () => {
    for (const bad of ["limit=0", "limit=-1", `limit=${MAX_PAGE_SIZE + 1}`, "limit=2.5", "limit=ten"])
      expect(fieldsOf(bad), bad).toEqual(["limit"]);
    for (const bad of [
      "cursor=abc",
      `cursor=c1.${Buffer.from("a b").toString("base64url")}`,
      `cursor=${"x".repeat(500)}`,
    ])
      expect(fieldsOf(bad), bad).toEqual(["cursor"]);
  });

  it("says whether another page follows from the one extra row", () => {
    const rows = [{ id: "a" }, { id: "b" }, { id: "c" }];
    expect(toPage(rows, { limit: 2 })).toEqual({ items: rows.slice(0, 2), next: encodeCursor("b") });
    expect(toPage(rows.slice(0, 2), { limit: 2 })).toEqual({ items: rows.slice(0, 2), next: null });
  });
});
