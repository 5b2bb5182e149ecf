// Cursor pagination for the API's lists: `limit` (1 to MAX_PAGE_SIZE, default DEFAULT_PAGE_SIZE),
// an opaque `cursor` naming the last row of the previous page, and `next` in the answer (null on
// the last page). Keyset, not offset: rows added while a client walks the list cause neither gaps
// nor repeats, because each page starts after a row, not at a position. Each list orders by its
// own columns with the id last, so the order is total and stable. Framework-free.
import { z } from "zod";
import { AppError } from "@/lib/errors";

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
const CURSOR_PREFIX = "c1.";

export const pageQuerySchema = z.object({
  limit: z.coerce
    .number({ error: "limit must be a whole number." })
    .int({ error: "limit must be a whole number." })
    .min(1, { error: "limit must be at least 1." })
    .max(MAX_PAGE_SIZE, { error: `limit may be at most ${MAX_PAGE_SIZE}.` })
    .default(DEFAULT_PAGE_SIZE),
  cursor: z.string().max(400, { error: "cursor is not one this API gave." }).optional(),
});

export interface PageQuery {
  limit: number;
  /** The id of the row the page starts after. */
  after?: string;
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

/** An opaque cursor: clients pass it back as given and never build one. */
export const encodeCursor = (id: string) => CURSOR_PREFIX + Buffer.from(id, "utf8").toString("base64url");

function decodeCursor(cursor: string): string {
  const id = cursor.startsWith(CURSOR_PREFIX)
    ? Buffer.from(cursor.slice(CURSOR_PREFIX.length), "base64url").toString("utf8")
    : "";
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
    const message = "cursor is not one this API gave: pass the `next` value of the previous page unchanged.";
    throw new AppError("VALIDATION_FAILED", message, { fields: { cursor: [message] } });
  }
  return id;
}

/** `limit` and `cursor` from a query string; 400 with field messages when either is unusable. */
export function parsePageQuery(params: URLSearchParams): PageQuery {
  const parsed = pageQuerySchema.safeParse({
    limit: params.get("limit") ?? undefined,
    cursor: params.get("cursor") ?? undefined,
  });
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    throw new AppError("VALIDATION_FAILED", "The page parameters are not valid.", { fields });
  }
  return { limit: parsed.data.limit, ...(parsed.data.cursor ? { after: decodeCursor(parsed.data.cursor) } : {}) };
}

/** Prisma's keyset arguments for a page: one row more than asked, to know whether another page follows. */
export function prismaPageArgs(query: PageQuery) {
  return { take: query.limit + 1, ...(query.after ? { cursor: { id: query.after }, skip: 1 } : {}) };
}

/** The page from rows fetched with prismaPageArgs. */
export function toPage<T extends { id: string }>(rows: T[], query: PageQuery): Page<T> {
  const items = rows.slice(0, query.limit);
  return { items, next: rows.length > query.limit ? encodeCursor(items[items.length - 1].id) : null };
}

type CreationKey = { id: string; createdAt: Date };

/**
 * The keyset condition for lists ordered by (createdAt, id), as a Prisma `where` for any model
 * with those columns: the rows after the cursor's row (fetched by the list), in the list's
 * direction. No row (the cursor's row is gone) → nothing follows. A condition on the row's
 * values, not Prisma's cursor + skip, which skips a row when the cursor's own row has stopped
 * matching the list's filters.
 */
export function afterCreation(row: CreationKey | null, direction: "asc" | "desc") {
  if (!row) return { id: { in: [] as string[] } };
  const { id, createdAt } = row;
  return direction === "asc"
    ? { OR: [{ createdAt: { gt: createdAt } }, { createdAt, id: { gt: id } }] }
    : { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] };
}
