// HTML → readable plain text for import. Pure: a string in, a string out.
//
// Two steps: htmlparser2 builds the DOM and we cut out everything a reader does not see (scripts,
// styles, navigation, form controls, elements hidden by the `hidden` attribute, aria-hidden="true"
// or an inline display:none / visibility:hidden), then html-to-text lays the rest out as text
// (paragraphs, lists, tables, entities). html-to-text alone can skip elements only by CSS
// selector, which cannot read inline styles reliably ("display : none", upper case, !important).
import { convert } from "html-to-text";
import { DomUtils, parseDocument } from "htmlparser2";

type DomNode = ReturnType<typeof parseDocument>["children"][number];
type DomElement = Extract<DomNode, { attribs: Record<string, string> }>;

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

function firstText(elements: DomElement[]): string | undefined {
  for (const element of elements) {
    const text = DomUtils.textContent(element).replace(/\s+/g, " ").trim();
    if (text) return text;
  }
  return undefined;
}

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

export function htmlToText(html: string): HtmlText {
  const document = parseDocument(html, { decodeEntities: true });
  const elements = DomUtils.findAll(() => true, document.children);
  const title = firstText(elements.filter((e) => e.name === "title")) ?? firstText(elements.filter((e) => e.name === "h1"));

  for (const element of DomUtils.findAll(isHiddenElement, document.children)) DomUtils.removeElement(element);
  const visible = DomUtils.getOuterHTML(document.children);
  const text = convert(visible, converterOptions)
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text, title: title?.slice(0, 300) };
}
