import { describe, expect, it } from "vitest";
import { hasBidiControls, revealBidiControls, splitBidiControls } from "@/lib/i18n/bidi-controls";
import { detectLanguage } from "@/lib/i18n/detect-language";
import { directionOfLanguage, primaryLanguage } from "@/lib/i18n/direction";
import { acceptedLanguages, resolveLocale } from "@/lib/i18n/locales";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { formatDate, formatDateTime } from "@/lib/time/format";

describe("interface language", () => {
  it("prefers the user's choice, then the browser's best match, then English", () => {
    expect(resolveLocale("ar", "en-GB,en;q=0.9")).toBe("ar");
    expect(resolveLocale(null, "ar-SY,ar;q=0.9,en;q=0.8")).toBe("ar");
    expect(resolveLocale(null, "fr-FR,fr;q=0.9,ar;q=0.5")).toBe("ar");
    expect(resolveLocale(null, "fr-FR,de;q=0.5")).toBe("en");
    expect(resolveLocale("xx", null)).toBe("en");
    // A malformed header is ignored, never an error.
    expect(resolveLocale(null, "§§§,;q=abc")).toBe("en");
  });

  it("orders Accept-Language by weight, dropping refusals and wildcards", () => {
    expect(acceptedLanguages("en;q=0.2, ar;q=0.8, fr;q=0, *")).toEqual(["ar", "en"]);
  });
});

describe("direction", () => {
  it("knows right-to-left languages from locale data", () => {
    expect(directionOfLanguage("ar")).toBe("rtl");
    expect(directionOfLanguage("he")).toBe("rtl");
    expect(directionOfLanguage("fa-IR")).toBe("rtl");
    expect(directionOfLanguage("en")).toBe("ltr");
    expect(directionOfLanguage("not a tag!")).toBe("ltr");
    expect(primaryLanguage("ar-SY")).toBe("ar");
  });

  it("finds directional controls and shows them as markers", () => {
    const text = "قتل \u202E01\u202C شخصاً";
    expect(hasBidiControls(text)).toBe(true);
    expect(hasBidiControls("plain 10")).toBe(false);
    expect(splitBidiControls(text).map((p) => (p.kind === "text" ? p.text : p.control.abbreviation))).toEqual([
      "قتل ",
      "RLO",
      "01",
      "PDF",
      " شخصاً",
    ]);
    expect(revealBidiControls("a\u2067b\u2069")).toBe("a⟦RLI⟧b⟦PDI⟧");
  });
});

describe("article language detection", () => {
  it("detects Arabic and English news text as BCP 47 tags", () => {
    expect(
      detectLanguage("وأعلنت وكالة الأنباء السورية الرسمية (سانا) أن الجيش انسحب من مدينة حماة بعد معارك عنيفة استمرت أياماً."),
    ).toBe("ar");
    expect(detectLanguage("The Syrian army withdrew from the city of Hama after days of heavy fighting, the agency said.")).toBe(
      "en",
    );
  });

  it("keeps the fallback for text too short to tell", () => {
    expect(detectLanguage("OK 12", "ar")).toBe("ar");
  });
});

describe("server messages in the reader's language", () => {
  it("translates a message and, inside it, the known message a placeholder matched", () => {
    expect(
      translateServerMessage(
        "The page could not be fetched: 10.0.0.1 leads to a private network address. ClaimLedger only fetches public web addresses (an admin can allow named intranet hosts with CLAIMLEDGER_FETCH_ALLOW).",
        "ar",
      ),
    ).toBe(
      "تعذّر جلب الصفحة: 10.0.0.1 يقود إلى عنوان في شبكة خاصة. لا يجلب ClaimLedger إلا عناوين الويب العامة (يستطيع المسؤول السماح بخوادم داخلية محددة عبر CLAIMLEDGER_FETCH_ALLOW).",
    );
    expect(translateServerMessage("The page could not be fetched: the site answered HTTP 404.", "ar")).toBe(
      "تعذّر جلب الصفحة: أجاب الموقع برمز HTTP 404.",
    );
  });

  it("leaves English alone and untranslated messages unchanged", () => {
    expect(translateServerMessage("Some message nobody translated.", "ar")).toBe("Some message nobody translated.");
    expect(translateServerMessage("You do not have permission to do that.", "en")).toBe("You do not have permission to do that.");
  });
});

describe("dates in the reader's language", () => {
  it("writes Arabic month names and comma, with the same digits and offset", () => {
    const instant = new Date("2024-12-07T13:05:00Z");
    expect(formatDate(instant, "Asia/Damascus", "ar")).toBe("7 ديسمبر 2024");
    expect(formatDateTime(instant, "Europe/Berlin", "ar")).toBe("7 ديسمبر 2024، 14:05 UTC+1");
    expect(formatDateTime(instant, "Europe/Berlin")).toBe("7 Dec 2024, 14:05 UTC+1");
  });
});
