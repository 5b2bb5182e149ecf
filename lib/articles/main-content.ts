// The article in a page: Mozilla's Readability (the reader view of Firefox) over linkedom, a
// server-side DOM. Pure: HTML in, the article's HTML out. docs/import.md says why these two
// (linkedom parsed and read a 1 MB page in about a tenth of jsdom's time with the same result).
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface MainContent {
  /** The article's HTML (Readability's cleaned copy), without the headline when it repeats the title. */
  html: string;
  /** The byline Readability found in the markup ("By …" lines, rel="author"), when it found one. */
  byline?: string;
}

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The main content of a page given as the inner HTML of its <body>, or null when nothing in it
 * reads as an article. `title` is the page's own headline: Readability drops a heading that
 * repeats it, since the title is imported on its own.
 */
export function mainContent(bodyHtml: string, title?: string): MainContent | null {
  const page = `<!DOCTYPE html><html><head><title>${escapeText(title ?? "")}</title></head><body>${bodyHtml}</body></html>`;
  const { document } = parseHTML(page);
  // JSON-LD is read by lib/articles/page-metadata.ts (scripts are gone by now anyway).
  const article = new Readability(document, { disableJSONLD: true }).parse();
  const html = article?.content;
  if (!html || !article.textContent?.trim()) return null;
  return { html, byline: article.byline?.replace(/\s+/g, " ").trim() || undefined };
}
