// The article text as the browser gets it: in its language and direction, every claim marked, and
// its text (claim numbers and directional-control markers left out, as the selection tool reads
// it) exactly the stored body, so selection offsets stay UTF-16 offsets into the body. A control
// character stays in the text but isolated, so it cannot re-order its neighbours.
import { parseHTML } from "linkedom";
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { ARTICLE_BODY_ID, ArticleText } from "@/components/articles/article-text";
import { renderedBody } from "@/components/articles/selection";
import { messagesFor } from "@/lib/i18n/messages";

const ARABIC = [
  "دمشق - سانا",
  "وأعلنت وزارة الصحة أن 45 شخصاً أصيبوا في حمص يوم الثلاثاء.",
  "تنويه \u202Eمقلوب\u202C هنا، و\u2067معزول\u2069 هناك 🌸.",
  "وقال المحافظ إن 300 عائلة أُجليت.",
].join("\n\n");

function render(body: string, claims: { id: string; start: number; end: number; number: number }[], language: string) {
  // The interface in Arabic, as an Arabic desk reads it (the markers' titles come from the catalog).
  const provider: ComponentProps<typeof NextIntlClientProvider> = {
    locale: "ar",
    messages: messagesFor("ar"),
    timeZone: "UTC",
    children: createElement(ArticleText, { body, claims, language }),
  };
  const html = renderToStaticMarkup(createElement(NextIntlClientProvider, provider));
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  // selection.ts runs in the browser: give it the document's text walker, filter included (the
  // DOM here, linkedom, ignores a walker's filter; browsers apply it as below).
  Object.assign(globalThis, { document: { createTreeWalker: textWalker }, NodeFilter });
  return document.getElementById(ARTICLE_BODY_ID)!;
}

/** The DOM standard's NodeFilter constants (linkedom's class has only some of them). */
const NodeFilter = { SHOW_TEXT: 4, FILTER_ACCEPT: 1, FILTER_REJECT: 2, FILTER_SKIP: 3 } as const;

/** document.createTreeWalker(root, SHOW_TEXT, filter) as browsers do it, for text nodes. */
function textWalker(root: Node, _show: number, filter: { acceptNode: (node: Node) => number }) {
  const texts: Node[] = [];
  const visit = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) texts.push(child);
      else visit(child);
    }
  };
  visit(root);
  let at = -1;
  return {
    nextNode: () => {
      while (++at < texts.length) if (filter.acceptNode(texts[at]!) === NodeFilter.FILTER_ACCEPT) return texts[at];
      return null;
    },
  };
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, "document");
  Reflect.deleteProperty(globalThis, "NodeFilter");
});

const span = (text: string, id: string, number: number) => {
  const start = ARABIC.indexOf(text);
  return { id, number, start, end: start + text.length };
};

describe("ArticleText", () => {
  it("renders Arabic right to left, with the body's own text as the selection tool reads it", () => {
    const claims = [
      span("وأعلنت وزارة الصحة أن 45 شخصاً أصيبوا في حمص يوم الثلاثاء.", "a", 1),
      span("تنويه \u202Eمقلوب\u202C هنا", "b", 2),
    ];
    const root = render(ARABIC, claims, "ar");
    expect(root.getAttribute("dir")).toBe("rtl");
    expect(root.getAttribute("lang")).toBe("ar");
    expect(renderedBody(root)).toBe(ARABIC);

    // Each highlight holds exactly its span of the body, plus its number as a label.
    for (const claim of claims) {
      const mark = root.querySelector<HTMLElement>(`#claim-${claim.id}`)!;
      const label = mark.querySelector(".claim-label")!;
      expect(label.hasAttribute("data-label")).toBe(true);
      expect(label.textContent).toBe(`[C${claim.number}]`);
      expect(renderedBody(mark)).toBe(ARABIC.slice(claim.start, claim.end));
    }
  });

  it("keeps each directional control in the text, isolated, followed by a visible marker label", () => {
    const root = render(ARABIC, [], "ar");
    const markers = [...root.querySelectorAll("[data-bidi-control]")];
    expect(markers.map((marker) => marker.textContent)).toEqual(["RLO", "PDF", "RLI", "PDI"]);
    for (const marker of markers) {
      expect(marker.hasAttribute("data-label")).toBe(true);
      const control = marker.previousElementSibling!;
      expect(control.getAttribute("style")).toMatch(/unicode-bidi:\s*isolate/);
      expect(control.textContent).toMatch(/^[\u202A-\u202E\u2066-\u2069]$/);
    }
    expect(markers[0]!.getAttribute("title")).toContain("U+202E");
    // The controls still count in the offsets: the selection tool's text is the body.
    expect(renderedBody(root)).toBe(ARABIC);
  });

  it("renders English left to right", () => {
    const body = "Officials said 1,200 people were evacuated.";
    const root = render(body, [{ id: "e", number: 3, start: 0, end: body.length }], "en");
    expect(root.getAttribute("dir")).toBe("ltr");
    expect(renderedBody(root)).toBe(body);
  });
});
