// A saved web page → the article's plain text and the page's metadata, for import. Pure: a string
// in, data out.
//
// Steps: htmlparser2 builds the DOM (refusing absurd nesting, lib/articles/dom.ts); the page's
// metadata is read from its <head> and JSON-LD (page-metadata.ts); everything a reader does not
// see is cut (scripts, styles, navigation, form controls, elements hidden by the `hidden`
// attribute, aria-hidden="true" or an inline display:none / visibility:hidden), then the page's
// chrome (page-chrome.ts); Readability picks the article out of what is left (main-content.ts);
// and html-to-text lays it out as text (paragraphs, headings, lists, tables, entities).
// html-to-text alone can skip elements only by CSS selector, which cannot read inline styles
// reliably ("display : none", upper case, !important).
//
// Linear time, and no stack overflow, for any input: the DOM is walked with explicit stacks,
// elements nested deeper than MAX_DEPTH keep their text but lose their structure (the
// serialiser, linkedom and html-to-text recurse per level), and line ends are trimmed by a scan.
import { convert } from "html-to-text";
import { DomUtils } from "htmlparser2";
import { trailingRunStart } from "@/lib/extraction/scan";
import {
  descendants,
  firstText,
  outermost,
  parseHtml,
  setChildren,
  textOf,
  type DomDocument,
  type DomElement,
  type DomParent,
} from "./dom";
import { mainContent } from "./main-content";
import { dropInlineChrome, dropPageChrome } from "./page-chrome";
import { pageMetadata, type PageFacts, type PageMetadata } from "./page-metadata";

export { HtmlTooDeepError, MAX_PARSE_DEPTH } from "./dom";

/** Real pages nest a few dozen levels; deeper content is kept as plain text (see above). */
export const MAX_DEPTH = 200;

/** Elements whose content is never article text. */
const DROPPED_TAGS = new Set([
  "head",
  "title",
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "iframe",
  "object",
  "embed",
  "svg",
  "canvas",
  "button",
  "input",
  "select",
  "textarea",
  "dialog",
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!\s*important\s*)?(?:;|$)/i;

export function isHiddenElement(element: DomElement): boolean {
  if (DROPPED_TAGS.has(element.name.toLowerCase())) return true;
  const { attribs } = element;
  if ("hidden" in attribs) return true;
  if ((attribs["aria-hidden"] ?? "").trim().toLowerCase() === "true") return true;
  return HIDDEN_STYLE.test(attribs.style ?? "");
}

/**
 * Drops hidden elements (one filter per parent, not a splice per element) and flattens what lies
 * deeper than MAX_DEPTH into its visible text nodes.
 */
function keepVisible(document: DomDocument) {
  const stack: Array<[DomParent, number]> = [[document, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [parent, depth] = entry;
    const kept = parent.children.filter((child) => !(DomUtils.isTag(child) && isHiddenElement(child)));
    if (kept.length !== parent.children.length) setChildren(parent, kept);
    for (const child of kept) {
      if (!DomUtils.isTag(child)) continue;
      if (depth + 1 < MAX_DEPTH) stack.push([child, depth + 1]);
      else setChildren(child, descendants(child, (element) => !isHiddenElement(element)).filter(DomUtils.isText));
    }
  }
}

/**
 * Elements that group blocks: where a page has none (a text exported as bare paragraphs,
 * headings and line breaks), all of it is the article and Readability has nothing to choose
 * from, so it is not asked: it could only drop short paragraphs it does not score.
 */
const CONTAINER_TAGS = new Set([
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "table",
  "ul",
  "ol",
  "dl",
  "figure",
  "form",
  "center",
  "details",
]);

const hasContainers = (document: DomDocument) =>
  descendants(document).some((node) => DomUtils.isTag(node) && CONTAINER_TAGS.has(node.name.toLowerCase()));

const BYLINE_REL = /(?:^|\s)author(?:\s|$)/i;
const BYLINE_CLASS = /(?:^|\s)(?:author|byline|author-name)(?:\s|$)/i;

const JSON_LD = /^\s*application\/ld\+json\s*(?:;|$)/i;

/** What the page says about itself (PageFacts), read before the <head> and scripts are dropped. */
function pageFacts(document: DomDocument): PageFacts {
  const metas: PageFacts["metas"] = [];
  const jsonLd: string[] = [];
  let canonical: string | undefined;
  let bylineElement: DomElement | undefined;
  for (const node of descendants(document)) {
    if (!DomUtils.isTag(node)) continue;
    const { attribs } = node;
    if (!bylineElement && (BYLINE_REL.test(attribs.rel ?? "") || BYLINE_CLASS.test(attribs.class ?? "")))
      bylineElement = node;
    if (node.name === "meta" && attribs.content !== undefined) {
      for (const key of [attribs.property, attribs.name, attribs.itemprop]) {
        if (key) metas.push({ key: key.trim().toLowerCase(), content: attribs.content });
      }
    } else if (node.name === "script" && JSON_LD.test(attribs.type ?? "")) {
      jsonLd.push(textOf(node));
    } else if (node.name === "link" && !canonical && /(?:^|\s)canonical(?:\s|$)/i.test(attribs.rel ?? "")) {
      canonical = attribs.href?.trim();
    }
  }
  return {
    metas,
    jsonLd,
    canonical,
    documentTitle: firstText(outermost(document, "title")),
    firstHeading: firstText(outermost(document, "h1")),
    bylineText: bylineElement ? textOf(bylineElement) : undefined,
  };
}

/** The <body>'s content (or the whole document's, for a fragment), as markup. */
function bodyHtml(document: DomDocument): string {
  const container = outermost(document, "body")[0] ?? outermost(document, "html")[0] ?? document;
  // Characters stay as they are ("utf8"): the default writes every non-ASCII one as an entity,
  // which makes a page of CJK or Arabic text eight times longer for the next parser.
  return DomUtils.getOuterHTML(container.children, { encodeEntities: "utf8" });
}

/** Beyond this share of its text in links, "the article" is a menu or a list of headlines. */
const MAX_LINK_SHARE = 0.5;

/** Whether Readability's pick is mostly link text: a front page or a menu, not a story. */
function isLinkList(content: DomDocument): boolean {
  const length = (text: string) => text.replace(/\s+/g, "").length;
  const total = length(textOf(content));
  const linked = outermost(content, "a").reduce((sum, link) => sum + length(textOf(link)), 0);
  return total === 0 || linked / total > MAX_LINK_SHARE;
}

/** The `[ \t]+$` of every line (as /gm reads lines: \n, \r, U+2028, U+2029 end one) removed. */
function trimLineEnds(text: string): string {
  return text
    .split(/([\n\r\u2028\u2029])/)
    .map((piece) => piece.slice(0, trailingRunStart(piece, isSpaceOrTab)))
    .join("");
}

const isSpaceOrTab = (char: string) => char === " " || char === "\t";

const converterOptions = {
  wordwrap: false as const,
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
    { selector: "h3", options: { uppercase: false } },
    { selector: "h4", options: { uppercase: false } },
    { selector: "h5", options: { uppercase: false } },
    { selector: "h6", options: { uppercase: false } },
    { selector: "table", options: { uppercaseHeaderCells: false } },
    { selector: "ul", options: { itemPrefix: "- " } },
  ],
};

const layOut = (html: string) =>
  trimLineEnds(convert(html, converterOptions))
    .replace(/\n{3,}/g, "\n\n")
    .trim();

export interface HtmlText {
  /** The article's text: paragraphs separated by blank lines, headings on their own lines. */
  text: string;
  /** The page's headline without the site's name (page-metadata.ts), else its first <h1>. */
  title?: string;
  metadata: PageMetadata;
  /** Why `text` is empty although the page has visible text: no markup at all, or no article in it. */
  missing?: "markup" | "article";
}

/** The article in an HTML document and its metadata; throws HtmlTooDeepError (see MAX_PARSE_DEPTH). */
export function htmlToText(html: string): HtmlText {
  const document = parseHtml(html);
  const found = pageMetadata(pageFacts(document));
  const title = found.title?.slice(0, 300);

  if (!descendants(document).some(DomUtils.isTag)) {
    return { text: "", title, metadata: found, missing: html.trim() ? "markup" : undefined };
  }
  keepVisible(document);
  dropPageChrome(document);
  const visible = bodyHtml(document);
  if (!hasContainers(document)) return { text: layOut(visible), title, metadata: found };
  const article = mainContent(visible, title);
  const content = article ? parseHtml(article.html) : undefined;
  if (!article || !content || isLinkList(content)) {
    const anyText = layOut(visible) !== "";
    return { text: "", title, metadata: found, missing: anyText ? "article" : undefined };
  }
  dropInlineChrome(content);
  const byline = found.byline ?? article.byline?.replace(/^by\s+/i, "").slice(0, 200);
  const text = layOut(DomUtils.getOuterHTML(content.children, { encodeEntities: "utf8" }));
  return { text, title, metadata: { ...found, byline } };
}
