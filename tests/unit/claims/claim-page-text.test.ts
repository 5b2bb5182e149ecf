// The claim page's pieces rendered in English and Arabic: the English text as it always read,
// the Arabic from the catalog, the timeline's arrow pointing the way the line reads, and people's
// text in its own direction with directional controls shown as inert markers.
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ComponentType, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ClaimContext } from "@/components/claims/claim-context";
import { CommentText } from "@/components/claims/comment-text";
import { ConflictView } from "@/components/claims/conflict-view";
import { Timeline } from "@/components/claims/timeline";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import type { ClaimReview } from "@/lib/review/claim-page";
import type { ClaimSnapshot } from "@/lib/workflow/conflict";

/** The provider, its children given as createElement's argument (as JSX would). */
const Provider = NextIntlClientProvider as ComponentType<
  Omit<ComponentProps<typeof NextIntlClientProvider>, "children">
>;

function render(locale: Locale, element: ReactElement): string {
  return renderToStaticMarkup(
    createElement(Provider, { locale, messages: messagesFor(locale), timeZone: "UTC" }, element),
  );
}

/** The text a reader sees (tags dropped, entities decoded). */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");

const current: ClaimSnapshot = {
  id: "c1",
  number: 4,
  version: 3,
  status: "CORROBORATED",
  updatedAt: "2030-01-15T10:00:00.000Z",
  evidence: [{ id: "e1", url: "https://example.org/ocha", title: "تقرير الأمم المتحدة", stance: "SUPPORTS" }],
  lastChange: {
    seq: 1,
    toStatus: "CORROBORATED",
    rationale: "The ministry confirmed it.",
    actorName: "Rita Reviewer",
    createdAt: "2030-01-15T10:00:00.000Z",
  },
};
const conflict = (locale: Locale) =>
  render(
    locale,
    createElement(ConflictView, {
      seen: { version: 1, status: "PENDING", evidence: [] },
      current,
      pendingLabel: "Add source “X”",
      onReapply: async () => {},
      onDiscard: () => {},
    }),
  );

const row = {
  id: "s1",
  seq: 1,
  kind: "VERDICT",
  fromStatus: "PENDING",
  toStatus: "CORROBORATED",
  rationale: "The ministry confirmed it.",
  citedEvidence: [{ id: "e1", url: "https://example.org/ocha" }],
  hash: "0123456789abcdef",
  createdAt: new Date("2030-01-15T10:00:00.000Z"),
  actor: { name: "Rita Reviewer" },
};
const review = {
  claim: { evidence: [] },
  reviewState: [],
  history: { entries: [row], verification: { ok: true, breaks: [] } },
} as unknown as ClaimReview;

describe("the claim page in English and Arabic", () => {
  it("words the conflict view in the reader's language, people's text isolated", () => {
    expect(text(conflict("en"))).toContain(
      "Status changed from Not yet reviewed to Corroborated by Rita Reviewer: “The ministry confirmed it.”.",
    );
    expect(text(conflict("en"))).toContain("Source added: تقرير الأمم المتحدة (https://example.org/ocha).");
    expect(text(conflict("en"))).toContain(
      "Your change was not applied: Add source “X”. Meanwhile, someone else changed the claim:",
    );
    // The version a change was made on is for the server, not for the reviewer to read.
    expect(text(conflict("en"))).not.toMatch(/version/i);
    const arabic = conflict("ar");
    expect(text(arabic)).toContain("تغيّر C4 أثناء عملك");
    expect(text(arabic)).toContain("في الأثناء، غيّر شخص آخر الادعاء:");
    expect(text(arabic)).not.toContain("الإصدار");
    expect(arabic).toContain('<bdi dir="auto">Rita Reviewer</bdi>');
    expect(arabic).toContain('<bdi dir="auto">تقرير الأمم المتحدة</bdi>');
  });

  it("points the timeline's arrow the way the line reads", () => {
    const english = text(render("en", createElement(Timeline, { review, timeZone: "UTC" })));
    expect(english).toContain("#1 Not yet reviewed → Corroborated by Rita Reviewer 15 Jan 2030, 10:00 UTC");
    expect(english).toContain("✓ History verifies (1 status change, hash chain intact, nothing missing)");
    expect(english).toContain("Cited 1 source(s) · hash 0123456789ab");
    const arabic = text(render("ar", createElement(Timeline, { review, timeZone: "UTC" })));
    expect(arabic).toContain("← مؤكَّد بواسطة Rita Reviewer 15 يناير 2030، 10:00 UTC");
    expect(arabic).toContain("استُشهد بمصدر واحد · التجزئة");
    expect(arabic).not.toContain("→");
  });

  it("shows the claim's paragraph in the article's language, its controls as markers", () => {
    const html = render(
      "en",
      createElement(ClaimContext, {
        paragraph: { text: "قال الوزير \u202Eإن 10 قتلوا", start: 0, end: 10 },
        article: { text: "قال الوزير \u202Eإن 10 قتلوا", start: 0, end: 10 },
        language: "ar",
      }),
    );
    expect(html).toMatch(/^<blockquote class="article-body claim-context" lang="ar" dir="rtl">/);
    expect(html).toContain('data-bidi-control="RLO"');
    expect(html).not.toContain("\u202E");
    // A one-paragraph article has nothing more to show.
    expect(html).not.toContain("<details");
  });

  it("offers the whole article, highlighted at the claim, in the article's direction whatever the interface's", () => {
    const body = "أعلنت الوزارة الأرقام.\n\nقال الوزير إن 10 قتلوا.\n\nوأضاف أن التحقيق مستمر.";
    const start = body.indexOf("إن 10 قتلوا");
    const end = start + "إن 10 قتلوا".length;
    const paragraphStart = body.indexOf("قال");
    const html = render(
      "en",
      createElement(ClaimContext, {
        paragraph: { text: "قال الوزير إن 10 قتلوا.", start: start - paragraphStart, end: end - paragraphStart },
        article: { text: body, start, end },
        language: "ar",
      }),
    );
    expect(html).toContain(
      '<details class="whole-article" data-testid="whole-article"><summary>Read the whole article</summary>',
    );
    expect(html).toContain('<blockquote class="article-body claim-context whole-article-text" lang="ar" dir="rtl">');
    expect(html).toContain('<mark class="claim" data-testid="claim-highlight-in-article">إن 10 قتلوا</mark>');
    expect(html).toContain("وأضاف أن التحقيق مستمر.");
    const arabic = render(
      "ar",
      createElement(ClaimContext, {
        paragraph: { text: body, start, end },
        article: { text: body, start, end },
        language: "ar",
      }),
    );
    expect(arabic).not.toContain("<details");
  });

  it("gives a comment its own direction and links the claims it names", () => {
    const html = render("ar", createElement(CommentText, { text: "See C7 \u2066now\u2069", articleId: "a1" }));
    expect(html).toContain('<p class="comment-body" dir="auto">');
    expect(html).toContain('href="/articles/a1/claims/7"');
    expect(html).toContain('data-bidi-control="LRI"');
    expect(html).not.toMatch(/[\u2066-\u2069]/);
  });
});
