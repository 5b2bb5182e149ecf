// The PDF lists a published article's corrections: on the cover (the article's section) and under
// each claim, each with what changed, why, who approved it and when (docs/reports.md).
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import type { ReportArticle, ReportPublication } from "@/lib/reports/model";
import { renderPdf } from "@/lib/reports/pdf";
import { admin, article, claims, context, editor } from "./fixtures";

const t = (iso: string) => new Date(iso);

const publication: ReportPublication = {
  url: "https://factcheck.example.org/homs",
  publishedAt: t("2024-12-10T12:00:00Z"),
  modifiedAt: t("2024-12-11T08:15:00Z"),
  publishedBy: editor,
  claims: [
    { claimId: "c-1", number: 1, status: "CORROBORATED", ratingLabel: null, publishedAt: t("2024-12-10T12:00:00Z"), modifiedAt: t("2024-12-10T16:00:00Z") },
    { claimId: "c-2", number: 2, status: "DISPUTED", ratingLabel: "Missing context", publishedAt: t("2024-12-10T12:00:00Z"), modifiedAt: t("2024-12-11T08:15:00Z") },
  ],
  corrections: [
    {
      id: "k-1",
      claimId: "c-1",
      number: 1,
      fromStatus: "DISPUTED",
      toStatus: "CORROBORATED",
      fromRatingLabel: null,
      toRatingLabel: null,
      fromRationale: "No record of it.",
      toRationale: "Confirmed by UN OCHA.",
      reason: "OCHA published the figure.",
      approvedBy: editor,
      createdAt: t("2024-12-10T16:00:00Z"),
    },
    {
      id: "k-2",
      claimId: "c-2",
      number: 2,
      fromStatus: "DISPUTED",
      toStatus: "DISPUTED",
      fromRatingLabel: "Misleading",
      toRatingLabel: "Missing context",
      fromRationale: "Wrong year.",
      toRationale: "Wrong year.",
      reason: 'Rating label renamed from "Misleading" to "Missing context".',
      approvedBy: admin,
      createdAt: t("2024-12-11T08:15:00Z"),
    },
  ],
};

async function pages(subject: ReportArticle): Promise<string[]> {
  const bytes = await renderPdf({ context, articles: [{ article: subject, claims }] });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false });
  return text.map((page) => page.replace(/\s+/g, " "));
}

describe("PDF corrections", () => {
  it("lists every correction on the cover and under its claim: what, why, who, when", { timeout: 30_000 }, async () => {
    const text = (await pages({ ...article, publication })).join(" ");
    // The article's section (cover, possibly over several pages), then its claims.
    const cover = text.slice(0, text.indexOf("Claims of “"));
    const body = text.slice(text.indexOf("Claims of “"));
    expect(cover).toContain("Publication");
    expect(cover).toContain("https://factcheck.example.org/homs");
    expect(cover).toContain("Corrections (2)");
    expect(cover).toContain("C1 2024-12-10 16:00 UTC Disputed → Corroborated; rationale rewritten, approved by Eddie Editor");
    expect(cover).toContain("Why: OCHA published the figure.");
    expect(cover).toContain("C2 2024-12-11 08:15 UTC label “Misleading” → “Missing context”, approved by Ada Admin");
    const c1 = body.slice(body.indexOf("C1 —"), body.indexOf("C2 —"));
    expect(c1).toContain("Corrections (1)");
    expect(c1).toContain("2024-12-10 16:00 UTC Disputed → Corroborated; rationale rewritten, approved by Eddie Editor");
    expect(c1).toContain("Why: OCHA published the figure.");
    expect(c1).not.toContain("Missing context");
    const c2 = body.slice(body.indexOf("C2 —"));
    expect(c2).toContain('Why: Rating label renamed from "Misleading" to "Missing context".');
  });

  it("says nothing of corrections for an article that is not published", { timeout: 30_000 }, async () => {
    const text = (await pages({ ...article, publication: null })).join(" ");
    expect(text).not.toContain("Corrections");
  });
});
