// Filters of the articles list and the article dashboard, read from URL search params. A value
// that does not parse is dropped (the page shows everything) rather than failing the page.
import { z } from "zod";
import { calendarDaySchema, idSchema } from "@/lib/schemas";

const STATUSES = ["UNVERIFIED", "CORROBORATED", "DISPUTED"] as const;
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
});
export type ArticleListFilters = z.output<typeof articleListFiltersSchema>;

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
