// Which label changes correct published claims, what the correction says, and how a public copy
// is rated (its snapshotted value on the desk's scale, else the default scale).
import { describe, expect, it } from "vitest";
import { labelChangeTouchesPublished, labelCorrectionReason } from "@/lib/publishing/corrections-rules";
import { publishedClaimReview, type PublishedClaimReviewInput } from "@/lib/reports/claimreview";

const before = { name: "Misleading", ratingValue: 2 };

describe("label corrections", () => {
  it("happen on a rename or a re-rating, not otherwise", () => {
    expect(labelChangeTouchesPublished(before, { ...before })).toBe(false);
    expect(labelChangeTouchesPublished(before, { ...before, name: "Missing context" })).toBe(true);
    expect(labelChangeTouchesPublished(before, { ...before, ratingValue: 1 })).toBe(true);
  });

  it("say what changed", () => {
    expect(labelCorrectionReason(before, { name: "Missing context", ratingValue: 2 })).toBe(
      'Rating label renamed from "Misleading" to "Missing context".',
    );
    expect(labelCorrectionReason(before, { name: "Misleading", ratingValue: 1 })).toBe(
      "Rating label \"Misleading\" re-rated from 2 to 1 on the desk's scale (1 worst, 5 best).",
    );
    expect(labelCorrectionReason(before, { name: "False", ratingValue: 1 })).toBe(
      "Rating label renamed from \"Misleading\" to \"False\" and re-rated from 2 to 1 on the desk's scale (1 worst, 5 best).",
    );
  });
});

describe("publishedClaimReview's rating", () => {
  const input = (claim: Partial<PublishedClaimReviewInput["claim"]>): PublishedClaimReviewInput => ({
    article: { id: "a1", title: "Budget", url: null, publisher: null, publishedAt: null },
    publication: { url: "https://factcheck.example.org/budget" },
    claim: { number: 1, statement: "S", claimant: null, status: "DISPUTED", ratingLabel: null, ratingValue: null, publishedAt: new Date("2026-12-01T10:00:00Z"), modifiedAt: null, ...claim },
    organisation: { name: "Desk", url: null },
  });

  it("uses the desk's scale when published under a label", () => {
    expect(publishedClaimReview(input({ ratingLabel: "Misleading", ratingValue: 2 })).reviewRating).toEqual({
      "@type": "Rating",
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
      alternateName: "Misleading",
    });
  });

  it("uses the default scale without a label, or for a label copy without a value", () => {
    expect(publishedClaimReview(input({})).reviewRating).toEqual({ "@type": "Rating", ratingValue: 1, bestRating: 3, worstRating: 1, alternateName: "Disputed" });
    expect(publishedClaimReview(input({ ratingLabel: "Old label" })).reviewRating).toMatchObject({ ratingValue: 1, bestRating: 3, alternateName: "Old label" });
  });
});
