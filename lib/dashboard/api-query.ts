// Filters of the API's lists (GET /api/v1/articles, /claims, /articles/{id}/claims). The pages
// read the same filters leniently (a hand-edited URL shows everything); the API is strict: a value
// that does not parse is a 400 naming the parameter, so an integration never silently gets an
// unfiltered list. Framework-free.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { calendarDaySchema, idSchema } from "@/lib/schemas";
import { CLAIM_STATUSES } from "@/lib/workflow/states";
import type { ArticleListFilters, ClaimTableFilters } from "./schema";

const flag = (name: string) =>
  z
    .enum(["true", "false"], { error: `${name} must be true or false.` })
    .transform((value) => value === "true")
    .optional();
const status = z.enum(CLAIM_STATUSES, { error: `status must be one of ${CLAIM_STATUSES.join(", ")}.` }).optional();

export const articleQuerySchema = z.object({
  q: z
    .string()
    .transform((value) => value.replaceAll("\u0000", "").trim())
    .pipe(z.string().max(200, { error: "q may be at most 200 characters." }))
    .transform((value) => value || undefined)
    .optional(),
  status,
  state: z.enum(["open", "finalized"], { error: "state must be open or finalized." }).optional(),
  reviewer: idSchema.optional(),
  overdue: flag("overdue"),
  from: calendarDaySchema.optional(),
  to: calendarDaySchema.optional(),
});

export const claimQuerySchema = z.object({
  status,
  assignee: z.union([z.literal("none"), idSchema], { error: 'assignee must be a user id or "none".' }).optional(),
  evidence: flag("evidence"),
  overdue: flag("overdue"),
});

function parseQuery<T extends z.ZodObject>(schema: T, params: URLSearchParams): z.output<T> {
  const given = Object.fromEntries(
    Object.keys(schema.shape).flatMap((key) => (params.has(key) ? [[key, params.get(key)]] : [])),
  );
  const parsed = schema.safeParse(given);
  if (parsed.success) return parsed.data;
  const fields = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
  throw new AppError("VALIDATION_FAILED", "The list's filters are not valid.", { fields });
}

export const parseArticleQuery = (params: URLSearchParams): Omit<ArticleListFilters, "sort" | "page"> =>
  parseQuery(articleQuerySchema, params);

export const parseClaimQuery = (params: URLSearchParams): ClaimTableFilters => parseQuery(claimQuerySchema, params);
