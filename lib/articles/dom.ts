// The few DOM tools the HTML import needs, over htmlparser2's tree, each linear in the size of
// the document and free of recursion: DomUtils' findAll, removeElement and textContent are
// quadratic or recursive on deep or wide trees, and a hostile upload can be both.
import { DomHandler, DomUtils, Parser, type parseDocument } from "htmlparser2";

export type DomDocument = ReturnType<typeof parseDocument>;
export type DomNode = DomDocument["children"][number];
export type DomElement = Extract<DomNode, { attribs: Record<string, string> }>;
export type DomParent = DomDocument | DomElement;

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

/**
 * parseDocument(html, { decodeEntities: true }), refusing over-deep nesting: the parser keeps its
 * open elements in an array it grows at the front (quadratic in the nesting depth: 66,000 nested
 * <b> took 0.8 s, and 10 MB of them would take hours).
 */
export function parseHtml(html: string): DomDocument {
  const handler = new DepthLimitedHandler();
  new Parser(handler, { decodeEntities: true }).end(html);
  return handler.root;
}

export const childrenOf = (node: DomNode | DomDocument): DomNode[] => ("children" in node ? node.children : []);

/**
 * The nodes under `root` in document order. An element `enter` refuses is left out with
 * everything under it.
 */
export function descendants(
  root: DomNode | DomDocument,
  enter: (element: DomElement) => boolean = () => true,
): DomNode[] {
  const out: DomNode[] = [];
  const stack = [...childrenOf(root)].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (DomUtils.isTag(node) && !enter(node)) continue;
    out.push(node);
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

export const textOf = (root: DomNode | DomDocument) =>
  descendants(root)
    .filter(DomUtils.isText)
    .map((node) => node.data)
    .join("");

/**
 * The elements called `name` that are not inside another one, in document order. An inner one's
 * text is part of the outer one's, so for "the first with text" the outer ones are enough, and
 * each node is read once however deeply they nest.
 */
export function outermost(root: DomDocument, name: string): DomElement[] {
  const found: DomElement[] = [];
  descendants(root, (element) => {
    if (element.name !== name) return true;
    found.push(element);
    return false;
  });
  return found;
}

export function firstText(elements: DomElement[]): string | undefined {
  for (const element of elements) {
    const text = textOf(element).replace(/\s+/g, " ").trim();
    if (text) return text;
  }
  return undefined;
}

export function setChildren(parent: DomParent, kids: DomNode[]) {
  kids.forEach((kid, i) => {
    kid.parent = parent;
    kid.prev = kids[i - 1] ?? null;
    kid.next = kids[i + 1] ?? null;
  });
  parent.children = kids;
}

/** Removes the given nodes: one filter per parent, not a splice per node (quadratic when wide). */
export function removeAll(nodes: Iterable<DomNode>) {
  const byParent = new Map<DomParent, Set<DomNode>>();
  for (const node of nodes) {
    const parent = node.parent as DomParent | null;
    if (!parent) continue;
    const set = byParent.get(parent) ?? new Set();
    set.add(node);
    byParent.set(parent, set);
  }
  for (const [parent, gone] of byParent)
    setChildren(
      parent,
      parent.children.filter((child) => !gone.has(child)),
    );
}
