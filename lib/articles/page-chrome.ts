// Page chrome that Readability (lib/articles/main-content.ts) may keep when it sits inside the
// article's container: asides, footers, share bars, newsletter and cookie boxes, related links,
// "Skip to content". Removed before Readability looks at the page, by signals a page states on
// purpose (the element, its ARIA role, words in its class or id), and only where the element
// cannot be the article: it holds no <article>, <main> or <h1>, fewer than three paragraphs of
// prose and under a quarter of the page's text. A class word alone ("related", "social") must
// never delete the story of a site that names its article wrapper oddly.
import { DomUtils } from "htmlparser2";
import { descendants, removeAll, textOf, type DomDocument, type DomElement, type DomNode } from "./dom";

/** Roles of landmarks and widgets that are never the article. */
const CHROME_ROLES = new Set([
  "navigation",
  "banner",
  "contentinfo",
  "complementary",
  "search",
  "dialog",
  "alertdialog",
  "menu",
  "menubar",
  "toolbar",
]);

const CHROME_TAGS = new Set(["aside", "footer"]);

/** Words in a class or id (whole, or one part of "share-tools", "cookie_banner") that name chrome. */
const CHROME_WORDS = new Set([
  "share",
  "sharing",
  "sharebar",
  "social",
  "newsletter",
  "newsletters",
  "subscribe",
  "subscription",
  "signup",
  "cookie",
  "cookies",
  "consent",
  "gdpr",
  "promo",
  "related",
  "recommended",
  "recommendations",
  "readmore",
  "mostread",
  "popular",
  "skip",
  "breadcrumb",
  "breadcrumbs",
  "paywall",
  "toast",
  "ad",
  "ads",
  "advert",
  "advertisement",
  "sponsored",
  "outbrain",
  "taboola",
  "meta", // "entry-meta", "post-meta": "Posted on 2 April 2025 by"
  "byline",
  "bio",
  "tags",
]);

/** "read-more", "most_read": two-word names whose parts alone say nothing. */
const CHROME_PAIRS = new Set(["read more", "most read", "sign up", "skip link", "skip to"]);

/** "Skip to content", "Skip to main content", "Skip navigation". */
const SKIP_LINK_TEXT = /^\s*skip\s+(?:to\b|navigation\b)/i;

/** Words of a paragraph of prose, as opposed to a link list or a caption. */
const PROSE_CHARS = 100;
const MAX_CHROME_SHARE = 0.25;
const MAX_CHROME_PARAGRAPHS = 3;

function namesChrome(element: DomElement): boolean {
  const name = `${element.attribs.class ?? ""} ${element.attribs.id ?? ""}`.toLowerCase();
  for (const token of name.split(/\s+/)) {
    if (!token) continue;
    if (CHROME_WORDS.has(token)) return true;
    const parts = token.split(/[-_]+/).filter(Boolean);
    if (parts.some((part) => CHROME_WORDS.has(part))) return true;
    for (let i = 0; i + 1 < parts.length; i++) if (CHROME_PAIRS.has(`${parts[i]} ${parts[i + 1]}`)) return true;
  }
  return false;
}

function isChrome(element: DomElement): boolean {
  if (CHROME_TAGS.has(element.name)) return true;
  if (CHROME_ROLES.has((element.attribs.role ?? "").trim().toLowerCase())) return true;
  if ((element.attribs["aria-modal"] ?? "").trim().toLowerCase() === "true") return true;
  return namesChrome(element);
}

const holdsArticle = (element: DomElement) =>
  element.name === "article" ||
  element.name === "main" ||
  element.name === "h1" ||
  (element.attribs.role ?? "").trim().toLowerCase() === "main";

const visibleChars = (node: DomNode) => (DomUtils.isText(node) ? node.data.trim().length : 0);

/**
 * Whether a chrome-looking element may go: it holds no article, little prose and a small share
 * of the page's text. Its subtree is read once per candidate; candidates that go are not
 * entered again, so nested ones cost at most the nesting depth (bounded by the parser).
 */
function mayDrop(element: DomElement, pageChars: number): boolean {
  if (holdsArticle(element)) return false;
  let chars = 0;
  let paragraphs = 0;
  const maxChars = pageChars * MAX_CHROME_SHARE;
  // Walked by hand rather than with descendants(): a large candidate stops early.
  const stack = [...element.children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if ("children" in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    chars += visibleChars(node);
    if (chars > maxChars) return false;
    if (!DomUtils.isTag(node)) continue;
    if (holdsArticle(node)) return false;
    if (node.name === "p" && textOf(node).trim().length >= PROSE_CHARS && ++paragraphs >= MAX_CHROME_PARAGRAPHS)
      return false;
  }
  return true;
}

function isSkipLink(element: DomElement): boolean {
  if (element.name !== "a" || !(element.attribs.href ?? "").trim().startsWith("#")) return false;
  const text = textOf(element);
  return text.length < 100 && SKIP_LINK_TEXT.test(text);
}

/** Removes the page's chrome (see above) from the document, in place. */
export function dropPageChrome(document: DomDocument) {
  const pageChars = descendants(document).reduce((sum, node) => sum + visibleChars(node), 0);
  const removed: DomElement[] = [];
  descendants(document, (element) => {
    const chrome = isSkipLink(element) || (isChrome(element) && mayDrop(element, pageChars));
    if (chrome) removed.push(element);
    return !chrome;
  });
  removeAll(removed);
}

/** Labels that open an in-text pointer to another story ("Related: …", "Read more: …"). */
const POINTER_LABEL =
  /^\s*(?:related|read more|read also|also read|see also|more on this(?: story)?|recommended|watch|listen|further reading)\s*[:|–—-]/i;

/** Interface strings that survive as a block of their own inside an article's container. */
const UI_STRING =
  /^\s*(?:advertisement|advert|sponsored|share(?: this(?: article| story| page)?)?(?: on \w+)?|copied!?|copy link|link copied|print(?: this article)?|e-?mail|comments?|skip to (?:main )?content|sign up(?: now)?|subscribe(?: now)?|read more|continue reading|listen to this article|follow us(?: on \w+)?|image|photo|video)\s*$/i;

const POINTER_MAX_CHARS = 300;
const BLOCKS = new Set(["p", "li", "div", "h2", "h3", "h4", "h5", "h6", "span", "strong", "em", "b"]);

/** Each element's visible characters and those inside links, in one pass from the leaves up. */
function measureText(content: DomDocument): Map<DomNode, { chars: number; linked: number }> {
  const nodes = descendants(content);
  const sizes = new Map<DomNode, { chars: number; linked: number }>();
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i];
    const size = sizes.get(node) ?? { chars: 0, linked: 0 };
    if (DomUtils.isText(node)) size.chars = node.data.replace(/\s+/g, "").length;
    if (DomUtils.isTag(node) && node.name === "a") size.linked = size.chars;
    sizes.set(node, size);
    const parent = node.parent;
    if (!parent || parent.type === "root") continue;
    const up = sizes.get(parent as DomNode) ?? { chars: 0, linked: 0 };
    up.chars += size.chars;
    up.linked += size.linked;
    sizes.set(parent as DomNode, up);
  }
  return sizes;
}

/**
 * Removes, from the article Readability picked (parsed as `content`), the blocks that are still
 * page chrome: a pointer to another story ("Related: …", or a short block that is all link) and
 * an interface string on its own ("Advertisement", "Share", "Copied!"). Only short blocks go, so
 * a paragraph of the story that happens to start with "Watch:" and go on is kept.
 */
export function dropInlineChrome(content: DomDocument) {
  const sizes = measureText(content);
  const removed: DomElement[] = [];
  descendants(content, (element) => {
    const size = sizes.get(element);
    if (!BLOCKS.has(element.name) || !size || size.chars === 0 || size.chars > POINTER_MAX_CHARS) return true;
    const text = textOf(element).replace(/\s+/g, " ").trim();
    const chrome =
      UI_STRING.test(text) ||
      (POINTER_LABEL.test(text) && size.linked > 0) ||
      (element.name !== "span" && size.linked >= size.chars * 0.9);
    if (chrome) removed.push(element);
    return !chrome;
  });
  removeAll(removed);
}
