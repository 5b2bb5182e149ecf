// The revision view's diff as a reader gets it: inserted and deleted words marked (and named for
// screen readers in the interface language), the text in its own direction (an Arabic revision
// reads right to left inside an English page).
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ComponentType, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DiffView } from "@/components/revisions/diff-view";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { diffTexts } from "@/lib/revisions/diff";

const Provider = NextIntlClientProvider as ComponentType<Omit<ComponentProps<typeof NextIntlClientProvider>, "children">>;

function render(locale: Locale, element: ReactElement): string {
  return renderToStaticMarkup(createElement(Provider, { locale, messages: messagesFor(locale), timeZone: "UTC" }, element));
}

describe("the revision diff view", () => {
  it("marks an Arabic revision's changed figure, right to left, named in the reader's language", () => {
    const before = "قالت وزارة الصحة إن 12 شخصا قتلوا في الغارة.";
    const after = "قالت وزارة الصحة إن 15 شخصا قتلوا في الغارة.";
    const { parts } = diffTexts(before, after);
    const english = render("en", createElement(DiffView, { parts, language: "ar" }));
    expect(english).toContain('dir="rtl"');
    expect(english).toContain('lang="ar"');
    expect(english).toMatch(/<del aria-label="Deleted: 12">12<\/del>/);
    expect(english).toMatch(/<ins aria-label="Inserted: 15">15<\/ins>/);
    const arabic = render("ar", createElement(DiffView, { parts, language: "ar" }));
    expect(arabic).toContain('aria-label="أُضيف: 15"');
  });

  it("shows a hidden directional control as a marker, never applied", () => {
    const { parts } = diffTexts("Officials said 10 died.", "Officials said \u202E10 died.");
    const html = render("en", createElement(DiffView, { parts, language: "en" }));
    expect(html).toContain('data-bidi-control="RLO"');
    expect(html).not.toContain("\u202E");
  });
});
