import { describe, expect, it } from "vitest";
import { articleListFiltersSchema, articleListHref } from "@/lib/dashboard/schema";

const parse = (input: Record<string, string>) => articleListFiltersSchema.parse(input);

describe("articleListHref (the pager's links)", () => {
  it("keeps every filter and the sort, and changes only the page", () => {
    const input = {
      q: 'Homs "army checkpoints" & co',
      status: "DISPUTED",
      state: "open",
      reviewer: "cm0abcdefghijklmnopqrstuv",
      overdue: "1",
      from: "2024-01-01",
      to: "2024-02-01",
      sort: "title",
      page: "2",
    };
    const filters = parse(input);
    const next = new URL(articleListHref(filters, 3), "http://x");
    expect(next.pathname).toBe("/articles");
    const params = Object.fromEntries(next.searchParams);
    expect(params).toEqual({ ...input, page: "3" });
    // Round trip: the link's filters are the current ones on the other page.
    expect(parse(params)).toEqual({ ...filters, page: 3 });
  });

  it("leaves page 1 and absent filters out of the URL", () => {
    expect(articleListHref(parse({ page: "4" }), 1)).toBe("/articles?sort=imported-desc");
    expect(articleListHref(parse({ overdue: "0" }), 2)).toBe("/articles?overdue=0&sort=imported-desc&page=2");
  });
});
