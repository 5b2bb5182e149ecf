// HTML → readable plain text for import. Pure: a string in, a string out.
//
// Two steps: htmlparser2 builds the DOM and we cut out everything a reader does not see (scripts,
// styles, navigation, form controls, elements hidden by the `hidden` attribute, aria-hidden="true"
// or an inline display:none / visibility:hidden), then html-to-text lays the rest out as text
// (paragraphs, lists, tables, entities). html-to-text alone can skip elements only by CSS
// selector, which cannot read inline styles reliably ("display : none", upper case, !important).
//
// Linear time, and no stack overflow, for any input: the DOM is walked with an explicit stack
// (DomUtils' findAll, removeElement and textContent are quadratic or recursive on deep or wide
// trees), elements nested deeper than MAX_DEPTH keep their text but lose their structure (the
// serialiser and html-to-text recurse per level), and line ends are trimmed by a scan. The parser
// keeps its open elements in an array it grows at the front (quadratic in the nesting depth:
// 66,000 nested <b> took 0.8 s, and 10 MB of them would take hours), so a document nested deeper
// than MAX_PARSE_DEPTH is refused while it is being parsed.
import { convert } from "html-to-text";
import { DomHandler, DomUtils, Parser, type parseDocument } from "htmlparser2";
import { trailingRunStart } from "@/lib/extraction/scan";

type DomDocument = ReturnType<typeof parseDocument>;
type DomNode = DomDocument["children"][number];
type DomElement = Extract<DomNode, { attribs: Record<string, string> }>;
type DomParent = DomDocument | DomElement;

/** Real pages nest a few dozen levels; deeper content is kept as plain text (see above). */
export const MAX_DEPTH = 200;
/** Deeper than this, the document is refused (HtmlTooDeepError). */
export const MAX_PARSE_DEPTH = 1000;

export class HtmlTooDeepError extends Error {
  constructor() {
    super(`The HTML nests its elements more than ${MAX_PARSE_DEPTH.toLocaleString("en-US")} levels deep.`);
    this.name = "HtmlTooDeepError";
  }
}

/** htmlparser2's DomHandler that stops the parse once elements nest deeper than MAX_PARSE_DEPTH. */
class DepthLimitedHandler extends DomHandler {
  override onopentag(name: string, attribs: Record<string, string>) {
    super.onopentag(name, attribs);
    // tagStack holds the document and every open element.
    if (this.tagStack.length - 1 > MAX_PARSE_DEPTH) throw new HtmlTooDeepError();
  }
}

/** parseDocument(html, { decodeEntities: true }), refusing over-deep nesting. */
function parse(html: string): DomDocument {
  const handler = new DepthLimitedHandler();
  new Parser(handler, { decodeEntities: true }).end(html);
  return handler.root;
}

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

const children = (node: DomNode | DomDocument): DomNode[] => ("children" in node ? node.children : []);

/**
 * The nodes under `root` in document order, without recursion (DomUtils.textContent recurses and
 * findAll shifts its stack: quadratic on deep trees). An element `enter` refuses is left out with
 * everything under it.
 */
function descendants(root: DomNode | DomDocument, enter: (element: DomElement) => boolean = () => true): DomNode[] {
  const out: DomNode[] = [];
  const stack = [...children(root)].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (DomUtils.isTag(node) && !enter(node)) continue;
    out.push(node);
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

const textOf = (root: DomNode) =>
  descendants(root)
    .filter(DomUtils.isText)
    .map((node) => node.data)
    .join("");

/**
 * The elements called `name` that are not inside another one, in document order. An inner one's
 * text is part of the outer one's, so for "the first with text" the outer ones are enough, and
 * each node is read once however deeply they nest.
 */
function outermost(root: DomDocument, name: string): DomElement[] {
  const found: DomElement[] = [];
  descendants(root, (element) => {
    if (element.name !== name) return true;
    found.push(element);
    return false;
  });
  return found;
}

function firstText(elements: DomElement[]): string | undefined {
  for (const element of elements) {
    const text = textOf(element).replace(/\s+/g, " ").trim();
    if (text) return text;
  }
  return undefined;
}

function setChildren(parent: DomParent, kids: DomNode[]) {
  kids.forEach((kid, i) => {
    kid.parent = parent;
    kid.prev = kids[i - 1] ?? null;
    kid.next = kids[i + 1] ?? null;
  });
  parent.children = kids;
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

export interface HtmlText {
  text: string;
  /** The document's <title>, else its first <h1>, when it has one. */
  title?: string;
}

/** The readable text of an HTML document; throws HtmlTooDeepError (see MAX_PARSE_DEPTH). */
export function htmlToText(html: string): HtmlText {
  const document = parse(html);
  const title = firstText(outermost(document, "title")) ?? firstText(outermost(document, "h1"));

  keepVisible(document);
  const visible = DomUtils.getOuterHTML(document.children);
  const text = trimLineEnds(convert(visible, converterOptions))
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text, title: title?.slice(0, 300) };
}
