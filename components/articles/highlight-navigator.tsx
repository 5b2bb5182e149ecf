"use client";
// Between a highlight in the article text and its claim card, both ways: clicking a highlight (or
// its [C4] label) scrolls to its card and focuses it; the card's number link goes back to the
// highlight and focuses it. Focus, not only the address's #fragment, so keyboard and screen-reader
// users land where they look, and the next Tab continues from there. A drag that selects text
// inside a highlight is not a click on it (the selection tool needs those).
import { useEffect } from "react";
import { ARTICLE_BODY_ID } from "./article-text";

const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

function targetOf(element: Element): string | null {
  const link = element.closest<HTMLAnchorElement>('a[href^="#claim-"]');
  if (link) return link.getAttribute("href")?.slice(1) ?? null;
  const mark = element.closest<HTMLElement>(`#${ARTICLE_BODY_ID} mark.claim`);
  if (!mark || !document.getSelection()?.isCollapsed) return null;
  return `claim-item-${mark.id.slice("claim-".length)}`;
}

export function HighlightNavigator() {
  useEffect(() => {
    function onClick(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      if (!(event.target instanceof Element)) return;
      const id = targetOf(event.target);
      const destination = id ? document.getElementById(id) : null;
      if (!id || !destination) return;
      event.preventDefault();
      if (window.location.hash !== `#${id}`) window.history.pushState(null, "", `#${id}`);
      destination.scrollIntoView({ block: "center", behavior: reducedMotion() ? "auto" : "smooth" });
      destination.focus({ preventScroll: true });
    }
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);
  return null;
}
