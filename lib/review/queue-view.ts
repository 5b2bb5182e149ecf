// My queue's view: how a reviewer sorts and filters their open assignments, remembered on their
// user row (User.queueView), and the pure rules around it: parsing (the form, the stored JSON),
// the order each sort means, and what a claim's neighbours in that order are (next/previous claim).
// Browser-safe: the queue form imports the schema; lib/review/queue.ts turns it into a query.
import { z } from "zod";
import { CLAIM_STATUSES } from "@/lib/workflow/states";

export const QUEUE_SORTS = ["due", "article", "worthiness"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export const QUEUE_DUE_FILTERS = ["all", "overdue", "dated", "undated"] as const;
export type QueueDueFilter = (typeof QUEUE_DUE_FILTERS)[number];

/** Rows a queue page shows: the cost of the page stays flat however long the queue grows. */
export const QUEUE_PAGE_SIZE = 50;

const articleIdSchema = z
  .string({ error: "Choose an article from the list." })
  .trim()
  .max(64, { error: "Choose an article from the list." })
  .regex(/^[A-Za-z0-9_-]*$/, { error: "Choose an article from the list." });

export const queueViewSchema = z.object({
  sort: z.enum(QUEUE_SORTS, { error: "Choose how to sort the queue." }),
  // "all", or one status: not yet reviewed, or a verdict (a re-review after a reopen or reassign).
  status: z.enum(["all", ...CLAIM_STATUSES] as const, { error: "Choose a status from the list." }),
  // "" for every article.
  articleId: articleIdSchema,
  due: z.enum(QUEUE_DUE_FILTERS, { error: "Choose a due-date filter from the list." }),
});
export type QueueView = z.output<typeof queueViewSchema>;

/** Overdue first, then by due date: what a reviewer sees until they choose otherwise. */
export const DEFAULT_QUEUE_VIEW: QueueView = { sort: "due", status: "all", articleId: "", due: "all" };

/**
 * The remembered view as stored (JSON from the database, possibly written by an older release or
 * naming an option that no longer exists): each valid field is kept, anything else is the default.
 */
export function readStoredQueueView(stored: unknown): QueueView {
  if (typeof stored !== "object" || stored === null) return DEFAULT_QUEUE_VIEW;
  const record = stored as Record<string, unknown>;
  const view = { ...DEFAULT_QUEUE_VIEW };
  for (const key of Object.keys(DEFAULT_QUEUE_VIEW) as (keyof QueueView)[]) {
    const parsed = queueViewSchema.shape[key].safeParse(record[key]);
    if (parsed.success) Object.assign(view, { [key]: parsed.data });
  }
  return view;
}

export const isDefaultQueueView = (view: QueueView) =>
  (Object.keys(DEFAULT_QUEUE_VIEW) as (keyof QueueView)[]).every((key) => view[key] === DEFAULT_QUEUE_VIEW[key]);

/**
 * The order each sort means, as sort keys, every one ending in the assignment's creation time and
 * id so the order is total (the same on every page and for next/previous).
 * - due: overdue first, then by due date, undated last. Overdue items have the earliest due dates,
 *   so due date ascending is that order for any "now".
 * - article: by article (title, then id), and within it in the article's reading order.
 * - worthiness: most check-worthy first (extraction's score; claims an editor added have none and
 *   come last), then by due date.
 */
export type QueueSortKey =
  | { key: "dueAt"; direction: "asc" | "desc"; nulls: "first" | "last" }
  | { key: "articleTitle" | "articleId" | "claimOrdinal" | "createdAt" | "id"; direction: "asc" }
  | { key: "score"; direction: "desc"; nulls: "last" };

export function queueSortKeys(sort: QueueSort): QueueSortKey[] {
  const tail: QueueSortKey[] = [
    { key: "createdAt", direction: "asc" },
    { key: "id", direction: "asc" },
  ];
  const due: QueueSortKey = { key: "dueAt", direction: "asc", nulls: "last" };
  switch (sort) {
    case "due":
      return [due, ...tail];
    case "article":
      return [
        { key: "articleTitle", direction: "asc" },
        { key: "articleId", direction: "asc" },
        { key: "claimOrdinal", direction: "asc" },
        ...tail,
      ];
    case "worthiness":
      return [{ key: "score", direction: "desc", nulls: "last" }, due, ...tail];
  }
}

/** Where a claim sits in an ordered list of claim ids, and the claims before and after it. */
export interface Neighbours {
  previous: string | null;
  next: string | null;
  /** 1-based position of the claim, or null when it is not in the list. */
  position: number | null;
  total: number;
}

/**
 * The claims before and after `current` in `ordered` (claim ids in order). A claim that is not in
 * the list (it left the queue) has no position; `next` is then the list's first claim, so there
 * is always a way on while work remains. The definition of the neighbours: queueNeighbours
 * (lib/review/queue.ts) reads them by keyset without reading the list, and its tests and
 * scripts/bench-queue-neighbours.ts hold it to this over the whole queue.
 */
export function neighboursIn(ordered: readonly string[], current: string): Neighbours {
  const index = ordered.indexOf(current);
  if (index === -1) return { previous: null, next: ordered[0] ?? null, position: null, total: ordered.length };
  return {
    previous: index > 0 ? ordered[index - 1] : null,
    next: index < ordered.length - 1 ? ordered[index + 1] : null,
    position: index + 1,
    total: ordered.length,
  };
}

/** The number of pages a list of `total` rows takes (at least one, so page 1 always exists). */
export const queuePageCount = (total: number) => Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));

/** A page number from the URL: a whole number from 1, else 1. */
export function parseQueuePage(value: unknown): number {
  const text = Array.isArray(value) ? value[0] : value;
  if (typeof text !== "string" || !/^[1-9][0-9]{0,5}$/.test(text)) return 1;
  return Number(text);
}
