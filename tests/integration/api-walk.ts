// Walking a paged API list to its end, with a hook between pages (to add or change rows while the
// client walks, as a real client would see them change).
import { expect } from "vitest";
import { callRoute, type RouteHandler } from "./api-harness";

/** Every item of every page, in order; `between` runs after each page with that page's items. */
export async function walk<T>(
  handler: RouteHandler,
  path: string,
  key: string,
  token: string,
  limit: number,
  between: (page: T[]) => Promise<unknown>,
  params: Record<string, string> = {},
) {
  const seen: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const query: string = `limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const answer = await callRoute(handler, {
      method: "GET",
      url: `${path}${path.includes("?") ? "&" : "?"}${query}`,
      token,
      params,
    });
    expect(answer.status, answer.text.slice(0, 200)).toBe(200);
    const body = answer.body as Record<string, unknown> & { next: string | null };
    const items = body[key] as T[];
    expect(items.length).toBeLessThanOrEqual(limit);
    seen.push(...items);
    cursor = body.next;
    pages += 1;
    await between(items);
  } while (cursor && pages < 500);
  return { seen, pages };
}
