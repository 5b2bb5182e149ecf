// Messages formatted once per page and filled per claim (components/articles/message-template.ts)
// read exactly as formatting each claim's message would, in both interface languages, for every
// message the article page and the dashboard fill this way.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { fillTemplate, messageTemplate, TEMPLATE_SLOT } from "@/components/articles/message-template";
import { LOCALES } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

const LABELS = ["C1", "C250", "C12 ✓", "$1 {x} '", ""];

describe.each(LOCALES)("templates in %s", (locale) => {
  const t = createTranslator({ locale, messages: messagesFor(locale) });

  it.each(["curation.showInText", "articlePage.claimLink", "claimsTable.selectClaim"] as const)(
    "%s filled equals %s formatted",
    (key) => {
      const template = messageTemplate((label) => t(key, { label }));
      for (const label of LABELS) expect(template(label)).toBe(t(key, { label }));
    },
  );

  it("a template passed as a string (the dashboard's hidden mark labels) fills the same way", () => {
    const status = t("statuses.CORROBORATED");
    const template = t("highlight.claim", { label: TEMPLATE_SLOT, status });
    for (const label of LABELS) expect(fillTemplate(template, label)).toBe(t("highlight.claim", { label, status }));
  });
});

describe("messageTemplate", () => {
  it("fills every place the argument takes, and a message without it stays as it is", () => {
    expect(messageTemplate((v) => `${v} and ${v}`)("C4")).toBe("C4 and C4");
    expect(messageTemplate(() => "No label")("C4")).toBe("No label");
  });

  it("formats once, however many values it fills", () => {
    let calls = 0;
    const template = messageTemplate((v) => {
      calls++;
      return `Claim ${v}`;
    });
    expect(["C1", "C2", "C3"].map(template)).toEqual(["Claim C1", "Claim C2", "Claim C3"]);
    expect(calls).toBe(1);
  });
});
