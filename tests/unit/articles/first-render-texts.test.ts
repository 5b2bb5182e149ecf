// The article text of a long article as the server draws it (components/articles/first-render.ts):
// the article page's text and the dashboard's mark the first claims only, and the text itself is
// whole, so what the browser shows before it marks the rest, and the selection tool's offsets, are
// the stored body's.
import { parseHTML } from "linkedom";
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleText } from "@/components/articles/article-text";
import { SERVER_DRAWN_ITEMS } from "@/components/articles/first-render";
import { HighlightedText } from "@/components/dashboard/highlighted-text";
import { messagesFor } from "@/lib/i18n/messages";

const SENTENCES = Array.from({ length: 45 }, (_, index) => `Sentence ${index + 1} says ${index * 7} people came.`);
const BODY = SENTENCES.join(" ");
// Listed out of order: the first marked are the first in the text, not the first listed.
const CLAIMS = SENTENCES.map((sentence, index) => {
  const start = BODY.indexOf(sentence);
  return { id: `c${index + 1}`, number: index + 1, start, end: start + sentence.length, status: "PENDING" as const };
}).reverse();

function render(element: ReactElement) {
  const provider: ComponentProps<typeof NextIntlClientProvider> = {
    locale: "en",
    messages: messagesFor("en"),
    timeZone: "UTC",
    children: element,
  };
  const html = renderToStaticMarkup(createElement(NextIntlClientProvider, provider));
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

/** The text without the labels the marks add (the article page's [C4], the dashboard's hidden label and marker). */
const textOf = (root: Element) => {
  for (const label of root.querySelectorAll("[data-label], .visually-hidden, sup")) label.remove();
  return root.textContent;
};

describe("a long article's text as the server draws it", () => {
  it("on the article page marks the first claims in the text, the rest of the text whole", () => {
    const root = render(createElement(ArticleText, { body: BODY, claims: CLAIMS, language: "en" })).querySelector(
      "#article-body",
    )!;
    const marked = [...root.querySelectorAll("mark")].map((mark) => mark.id);
    expect(marked).toEqual(Array.from({ length: SERVER_DRAWN_ITEMS }, (_, index) => `claim-c${index + 1}`));
    expect(root.querySelector("#claim-c1 a")?.getAttribute("aria-label")).toBe("Claim C1: back to the claim list");
    expect(textOf(root)).toBe(BODY);
  });

  it("on the dashboard marks the first claims in the text with their hidden labels, the rest of the text whole", () => {
    const root = render(createElement(HighlightedText, { body: BODY, claims: CLAIMS, language: "en" })).querySelector(
      ".article-body",
    )!;
    const marks = [...root.querySelectorAll("mark")];
    expect(marks.map((mark) => mark.id)).toEqual(
      Array.from({ length: SERVER_DRAWN_ITEMS }, (_, index) => `dash-claim-c${index + 1}`),
    );
    expect(marks[4]!.querySelector(".visually-hidden")?.textContent).toBe("Claim C5, Not yet reviewed: ");
    expect(textOf(root)).toBe(BODY);
  });
});
