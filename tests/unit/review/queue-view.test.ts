import { describe, expect, it } from "vitest";
import {
  DEFAULT_QUEUE_VIEW,
  QUEUE_PAGE_SIZE,
  isDefaultQueueView,
  neighboursIn,
  parseQueuePage,
  queuePageCount,
  queueSortKeys,
  queueViewSchema,
  readStoredQueueView,
} from "@/lib/review/queue-view";

describe("queue view: parsing what the form sends and what was stored", () => {
  it("accepts every sort and filter the form offers", () => {
    const view = { sort: "worthiness", status: "DISPUTED", articleId: "cm1abc", due: "overdue" };
    expect(queueViewSchema.parse(view)).toEqual(view);
  });

  it("refuses unknown options with a message per field", () => {
    const result = queueViewSchema.safeParse({ sort: "random", status: "DONE", articleId: "x'; DROP", due: "soon" });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(fields).toEqual({
      sort: "Choose how to sort the queue.",
      status: "Choose a status from the list.",
      articleId: "Choose an article from the list.",
      due: "Choose a due-date filter from the list.",
    });
  });

  it("reads a stored view field by field: nothing stored, junk, or a retired option fall back to the default", () => {
    expect(readStoredQueueView(null)).toEqual(DEFAULT_QUEUE_VIEW);
    expect(readStoredQueueView("due")).toEqual(DEFAULT_QUEUE_VIEW);
    expect(readStoredQueueView({ sort: "article", due: "next-week", extra: 1 })).toEqual({
      ...DEFAULT_QUEUE_VIEW,
      sort: "article",
    });
    expect(isDefaultQueueView(DEFAULT_QUEUE_VIEW)).toBe(true);
    expect(isDefaultQueueView({ ...DEFAULT_QUEUE_VIEW, status: "PENDING" })).toBe(false);
  });

  it("defaults to overdue first (due date ascending, undated last)", () => {
    expect(DEFAULT_QUEUE_VIEW.sort).toBe("due");
    expect(queueSortKeys("due")[0]).toEqual({ key: "dueAt", direction: "asc", nulls: "last" });
  });
});

describe("queue order", () => {
  it("ends every sort in creation time and id, so pages and next/previous agree on one total order", () => {
    for (const sort of ["due", "article", "worthiness"] as const) {
      expect(
        queueSortKeys(sort)
          .slice(-2)
          .map((key) => key.key),
      ).toEqual(["createdAt", "id"]);
    }
  });

  it("sorts by article in the article's reading order, and by worthiness highest first then by due date", () => {
    expect(queueSortKeys("article").map((key) => key.key)).toEqual([
      "articleTitle",
      "articleId",
      "claimOrdinal",
      "createdAt",
      "id",
    ]);
    expect(queueSortKeys("worthiness").slice(0, 2)).toEqual([
      { key: "score", direction: "desc", nulls: "last" },
      { key: "dueAt", direction: "asc", nulls: "last" },
    ]);
  });
});

describe("next and previous claim", () => {
  const ordered = ["c1", "c2", "c3"];

  it("gives the neighbours and the position inside the list", () => {
    expect(neighboursIn(ordered, "c1")).toEqual({ previous: null, next: "c2", position: 1, total: 3 });
    expect(neighboursIn(ordered, "c2")).toEqual({ previous: "c1", next: "c3", position: 2, total: 3 });
    expect(neighboursIn(ordered, "c3")).toEqual({ previous: "c2", next: null, position: 3, total: 3 });
  });

  it("offers the first claim as next when the current one is not in the list, and nothing in an empty one", () => {
    expect(neighboursIn(ordered, "gone")).toEqual({ previous: null, next: "c1", position: null, total: 3 });
    expect(neighboursIn([], "gone")).toEqual({ previous: null, next: null, position: null, total: 0 });
    expect(neighboursIn(["only"], "only")).toEqual({ previous: null, next: null, position: 1, total: 1 });
  });
});

describe("queue pages", () => {
  it("counts pages of 50 (always at least one) and reads a page number leniently", () => {
    expect(QUEUE_PAGE_SIZE).toBe(50);
    expect([0, 1, 50, 51, 650].map(queuePageCount)).toEqual([1, 1, 1, 2, 13]);
    expect(["2", ["3"], "0", "-1", "1.5", "abc", undefined, "9999999"].map(parseQueuePage)).toEqual([
      2, 3, 1, 1, 1, 1, 1, 1,
    ]);
  });
});
