// Browser selection → UTF-16 offsets into the article body. The rendered body is the stored
// body verbatim (white-space: pre-wrap) plus claim-number labels marked data-label, so the
// offset of a DOM point is the length of the non-label text before it.
import { selectionToSpan, type Span } from "@/lib/claims/spans";

function bodyTextNodes(root: HTMLElement): TreeWalker {
  return document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest("[data-label]") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
}

/** The body text as rendered, labels left out: equal to the stored article body. */
export function renderedBody(root: HTMLElement): string {
  const walker = bodyTextNodes(root);
  let text = "";
  for (let node = walker.nextNode(); node; node = walker.nextNode()) text += node.nodeValue ?? "";
  return text;
}

/** Offset of the DOM point (node, offset) in the body text; a point inside a label counts as after it. */
export function bodyOffset(root: HTMLElement, node: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(node, offset);
  const walker = bodyTextNodes(root);
  let total = 0;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (text === node) return total + offset;
    if (!before.intersectsNode(text)) break;
    total += text.nodeValue?.length ?? 0;
  }
  return total;
}

export interface BodySelection extends Span {
  text: string;
}

/** The current selection as a claim span, if it lies inside the article body and holds some text. */
export function currentBodySelection(root: HTMLElement): BodySelection | null | "outside" {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return "outside";
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return "outside";
  if (range.collapsed) return null;
  const body = renderedBody(root);
  const span = selectionToSpan(
    body,
    bodyOffset(root, range.startContainer, range.startOffset),
    bodyOffset(root, range.endContainer, range.endOffset),
  );
  return span ? { ...span, text: body.slice(span.start, span.end) } : null;
}
