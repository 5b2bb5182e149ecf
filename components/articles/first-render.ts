// Long lists drawn in two steps: the server draws the first items, the browser the rest right after
// hydration. What a server spends on a page grows with the elements it draws (React's rendering,
// garbage collection, escaping and writing the HTML: docs/performance.md, sixth pass), and a
// 250-claim list's cards or rows were most of the page's HTML, most of them below the fold. The
// rows still travel in the page's payload, so the browser draws the rest without asking again;
// once the page has hydrated (and on a client-side navigation) every item is drawn at once.
import { useSyncExternalStore } from "react";

/** Items the server draws of a long list: more than a first screen holds at any width. */
export const SERVER_DRAWN_ITEMS = 30;

const noSubscription = () => () => undefined;

/**
 * False on the server and while the page hydrates, true from the render right after it: React
 * hydrates with the server's answer, then renders again with the browser's.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** The items to draw now, and how many the browser adds once hydrated. Pure. */
export function itemsToDraw<T>(
  items: readonly T[],
  hydrated: boolean,
  first = SERVER_DRAWN_ITEMS,
): { drawn: readonly T[]; later: number } {
  if (hydrated || items.length <= first) return { drawn: items, later: 0 };
  return { drawn: items.slice(0, first), later: items.length - first };
}
