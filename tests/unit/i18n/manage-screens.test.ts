// The management screens (articles list, dashboard, queue, users, tokens, reports, time zone,
// sign-in) in both interface languages: English exactly as before the catalogs, Arabic with its
// plural forms, user text in its own direction, and the server's English messages translated.
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { HeldByDeactivatedBanner } from "@/components/dashboard/deactivated";
import { HighlightedText } from "@/components/dashboard/highlighted-text";
import { Pager } from "@/components/dashboard/pager";
import { StatusChart } from "@/components/dashboard/status-chart";
import type { ArticleListFilters } from "@/lib/dashboard/schema";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { translateServerMessage } from "@/lib/i18n/server-messages";

// The children come as createElement's third argument.
type ProviderProps = ComponentProps<typeof NextIntlClientProvider>;

function render(locale: Locale, element: ReactElement): string {
  return renderToStaticMarkup(
    createElement(NextIntlClientProvider, { locale, messages: messagesFor(locale), timeZone: "UTC" } as ProviderProps, element),
  );
}

/** The visible text of rendered markup (tags dropped, entities decoded). */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");

const filters = { sort: "imported-desc" } as ArticleListFilters;
const pager = (locale: Locale, props: { page?: number; total: number; shown: number; pageCount?: number }) =>
  text(
    render(
      locale,
      createElement(Pager, {
        filters,
        page: props.page ?? 1,
        pageSize: 20,
        pageCount: props.pageCount ?? 1,
        total: props.total,
        shown: props.shown,
      }),
    ),
  );

describe("pager", () => {
  it("reads in English exactly as before", () => {
    expect(pager("en", { total: 1, shown: 1 })).toBe("Showing 1–1 of 1 article");
    expect(pager("en", { total: 45, shown: 20, pageCount: 3 })).toBe("Showing 1–20 of 45 articlesNext");
    expect(pager("en", { page: 4, total: 1, shown: 0 })).toBe("No articles on page 4: there is 1 article on 1 pagePrevious");
    expect(pager("en", { page: 9, total: 45, shown: 0, pageCount: 3 })).toBe(
      "No articles on page 9: there are 45 articles on 3 pagesPrevious",
    );
  });

  it("uses every Arabic plural form, with Western digits", () => {
    expect(pager("ar", { total: 1, shown: 1 })).toContain("من مقالة واحدة");
    expect(pager("ar", { total: 2, shown: 2 })).toContain("من مقالتين");
    expect(pager("ar", { total: 5, shown: 5 })).toContain("من 5 مقالات");
    expect(pager("ar", { total: 11, shown: 11 })).toContain("من 11 مقالةً");
    expect(pager("ar", { total: 100, shown: 20, pageCount: 5 })).toContain("من 100 مقالة");
    expect(pager("ar", { page: 7, total: 2, shown: 0 })).toContain("لا مقالات في الصفحة 7: توجد مقالتان في صفحة واحدة");
    expect(pager("ar", { total: 45, shown: 20, pageCount: 3 })).toContain("التالي");
  });
});

describe("held by deactivated accounts", () => {
  const banner = (locale: Locale, count: number, holders: { id: string; name: string; open: number }[], link: boolean) =>
    render(
      locale,
      createElement(HeldByDeactivatedBanner, { count, holders, hrefFor: link ? (id: string) => `/x?assignee=${id}` : null }),
    );

  it("reads in English exactly as before", () => {
    expect(text(banner("en", 1, [{ id: "d", name: "Dan", open: 1 }], false))).toBe(
      "1 open assignment is held by a deactivated account: an editor needs to reassign it.",
    );
    expect(
      text(
        banner(
          "en",
          3,
          [
            { id: "d", name: "Dan", open: 2 },
            { id: "e", name: "Eve", open: 1 },
          ],
          true,
        ),
      ),
    ).toBe("3 open assignments are held by deactivated accounts: reassign them (Dan: 2, Eve: 1).");
  });

  it("shows each name in its own direction, isolated", () => {
    const html = banner("ar", 2, [{ id: "s", name: "سامر", open: 2 }], true);
    expect(html).toContain('<bdi dir="auto">سامر</bdi>');
    expect(text(html)).toContain("مهمتان مفتوحتان لدى حساب معطَّل");
  });
});

describe("article body with claim highlights", () => {
  const body = "قال المتحدث إن \u202E01\u202C مدنيين قتلوا. وأضاف أن الجيش انسحب.";
  const claims = [{ id: "c1", start: 15, end: 38, number: 1, status: "PENDING" as const }];

  it("takes the article's language and direction, with the highlights intact", () => {
    const html = render("en", createElement(HighlightedText, { body, claims, language: "ar" }));
    expect(html).toMatch(/^<div class="article-body" lang="ar" dir="rtl">/);
    expect(html).toContain('<mark id="dash-claim-c1"');
    expect(html).toContain("Claim C1, ");
  });

  it("shows directional controls as inert markers instead of applying them", () => {
    const html = render("ar", createElement(HighlightedText, { body, claims, language: "ar" }));
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(html).toContain("⟦RLO⟧01⟦PDF⟧");
    expect(html).toContain("الادعاء C1، ");
  });

  it("lets the browser find the direction when the language is unknown", () => {
    expect(render("en", createElement(HighlightedText, { body: "Plain text.", claims: [] }))).toBe(
      '<div class="article-body" dir="auto">Plain text.</div>',
    );
  });
});

describe("status chart", () => {
  it("names the statuses from the shared catalog", () => {
    const counts = { PENDING: 1, CORROBORATED: 1, DISPUTED: 0, UNVERIFIED: 0 };
    expect(text(render("en", createElement(StatusChart, { counts })))).toContain("Claims by status (2 in all)");
    expect(text(render("ar", createElement(StatusChart, { counts })))).toContain("الادعاءات بحسب الحالة (2 إجمالاً)");
  });
});

describe("server messages of the management screens", () => {
  it("are shown in Arabic, with the values carried over", () => {
    expect(translateServerMessage("Use at least 10 characters.", "ar")).toBe("استخدم ما لا يقل عن 10 من الأحرف.");
    expect(translateServerMessage("Incorrect email or password.", "ar")).toBe("البريد الإلكتروني أو كلمة المرور غير صحيحة.");
    expect(translateServerMessage("The user was not found.", "ar")).toBe("لم يُعثر على المستخدم.");
    expect(translateServerMessage("A user with the email x@y.z was not found.", "ar")).toBe(
      "لم يُعثر على مستخدم بالبريد الإلكتروني x@y.z.",
    );
    expect(
      translateServerMessage(
        "Dana is the last active admin. Make someone else an admin first, so that someone can still manage users.",
        "ar",
      ),
    ).toMatch(/^Dana هو آخر مسؤول نشط\./);
  });

  it("stay English for English readers", () => {
    expect(translateServerMessage("Incorrect email or password.", "en")).toBe("Incorrect email or password.");
  });
});
