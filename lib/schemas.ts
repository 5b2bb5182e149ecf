// Building blocks shared by the input schemas of every domain. Imports nothing server-side, so
// forms can use them too.
import { z } from "zod";
import { AppError } from "./errors";

/** An unpaired UTF-16 surrogate: JavaScript allows it, UTF-8 (and so PostgreSQL) cannot store it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a string cannot be stored exactly as given, or null. PostgreSQL refuses NUL; a lone
 * surrogate would be stored as U+FFFD, silently changing text (and breaking any hash over it).
 */
export function unstorableTextReason(value: string): string | null {
  if (value.includes("\u0000")) return "Text must not contain NUL characters.";
  if (LONE_SURROGATE.test(value)) return "Text must not contain unpaired surrogate characters (invalid Unicode).";
  return null;
}

/** Ids are cuids; anything else (undefined, numbers, huge strings) is refused before any query. */
export const idSchema = z
  .string({ error: "An id is required." })
  .trim()
  .min(1, { error: "An id is required." })
  .max(64, { error: "That id is not valid." })
  .regex(/^[A-Za-z0-9_-]+$/, { error: "That id is not valid." });

/**
 * Checks an id that reached lib/ outside a schema (route params, server-action arguments, which
 * a client can set to anything). Without it, an `undefined` id would drop out of a Prisma
 * `where` and match every row.
 */
export function assertId(value: unknown, what = "id"): string {
  const result = idSchema.safeParse(value);
  if (!result.success)
    throw new AppError("VALIDATION_FAILED", `The ${what} is missing or not valid.`, {
      fields: { [what]: [`The ${what} is missing or not valid.`] },
    });
  return result.data;
}

// Four-digit years only: zod accepts year 0000, which PostgreSQL refuses (and would answer 500).
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;
const sensibleYear = (date: Date) => date.getUTCFullYear() >= MIN_YEAR && date.getUTCFullYear() <= MAX_YEAR;

/**
 * An optional date given as YYYY-MM-DD or an ISO 8601 date-time (a Date passes too); "" and
 * null mean none. Output: Date or null.
 */
export function optionalDateSchema(label: string) {
  const message = `Enter ${label} as YYYY-MM-DD or an ISO 8601 date-time.`;
  return z
    .union([z.date(), z.literal(""), z.null(), z.iso.date(), z.iso.datetime({ offset: true })], { error: message })
    .optional()
    .transform((value) => (value instanceof Date ? value : value ? new Date(value) : null))
    .refine((date) => date === null || (!Number.isNaN(date.getTime()) && sensibleYear(date)), {
      error: `${label[0]?.toUpperCase()}${label.slice(1)} must be a real date between the years ${MIN_YEAR} and ${MAX_YEAR}.`,
    });
}

/** A calendar day YYYY-MM-DD that exists (no 2024-02-30), with a four-digit year from 1000. */
export const calendarDaySchema = z
  .string({ error: "Give the date as YYYY-MM-DD." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Give the date as YYYY-MM-DD." })
  .refine(
    (value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && sensibleYear(date);
    },
    { error: "This date does not exist." },
  );
