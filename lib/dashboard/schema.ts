// Filters of the articles list and the article dashboard, read from URL search params. A value
// that does not parse is dropped (the page shows everything) rather than failing the page.
import { z } from "zod";
import { calendarDaySchema, idSchema } from "@/lib/schemas";
import { CLAIM_STATUSES as STATUSES } from "@/lib/workflow/states";
export const ARTICLE_SORTS = ["imported-desc", "imported-asc", "title", "progress", "activity", "overdue"] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

const flag = z.enum(["1", "0"]).transform((value) => value === "1");
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const articleListFiltersSchema = z.object({
  // NUL cannot reach PostgreSQL; a search for it is a search for nothing.
  q: lenient(
    z
      .string()
      .transform((value) => value.replaceAll("\u0000", "").trim())
      .pipe(z.string().max(200))
      .transform((value) => value || undefined),
  ),
  status: lenient(z.enum(STATUSES)),
  state: lenient(z.enum(["open", "finalized"])),
  reviewer: lenient(idSchema),
  overdue: lenient(flag),
  from: lenient(calendarDaySchema),
  to: lenient(calendarDaySchema),
  sort: z.enum(ARTICLE_SORTS).catch("imported-desc").default("imported-desc"),
  // 1-based; anything else (0, -2, "2x", absurdly large) is page 1. Beyond the last page is an empty page.
  page: z
    .string()
    .regex(/^[1-9]\d{0,5}$/)
    .transform(Number)
    .catch(1),
});
export type ArticleListFilters = z.output<typeof articleListFiltersSchema>;
export const ARTICLES_PAGE_SIZE = 50;

export const claimTableFiltersSchema = z.object({
  status: lenient(z.enum(STATUSES)),
  /** A reviewer's id, or "none" for claims without an open assignment. */
  assignee: lenient(z.union([z.literal("none"), idSchema])),
  evidence: lenient(flag),
  overdue: lenient(flag),
});
export type ClaimTableFilters = z.output<typeof claimTableFiltersSchema>;

type SearchParams = Record<string, string | string[] | undefined>;

/** Next.js page searchParams → the first value of each param. */
export function firstValues(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

/** The articles list URL with these filters and sort on another page (the pager's links). */
export function articleListHref(filters: ArticleListFilters, page: number): string {
  const params = new URLSearchParams();
  for (const key of ["q", "status", "state", "reviewer", "from", "to"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.overdue !== undefined) params.set("overdue", filters.overdue ? "1" : "0");
  params.set("sort", filters.sort);
  if (page > 1) params.set("page", String(page));
  return `/articles?${params.toString()}`;
}
