import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { claimReviewFor } from "@/lib/reports/claimreview";
import { renderClaimReviews } from "@/lib/reports/json";
import { article, claims, collect, context, fixtureSources } from "./fixtures";

const schema = JSON.parse(readFileSync("docs/claimreview.schema.json", "utf8"));
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

describe("ClaimReview", () => {
  it("is one ClaimReview per claim with a verdict, valid against the documented schema", async () => {
    const reviews = JSON.parse(await collect(renderClaimReviews(context, fixtureSources())));
    expect(validate(reviews), JSON.stringify(validate.errors)).toBe(true);
    expect(reviews.map((review: { claimReviewed: string }) => review.claimReviewed)).toEqual([claims[0].text, claims[1].text]);
  });

  it("maps verdicts onto the documented 1–3 scale and names the organisation and the claim's appearance", () => {
    const corroborated = claimReviewFor(article, claims[0], context);
    const disputed = claimReviewFor(article, claims[1], context);
    expect(corroborated?.reviewRating).toEqual({ "@type": "Rating", ratingValue: 3, bestRating: 3, worstRating: 1, alternateName: "Corroborated" });
    expect(disputed?.reviewRating).toMatchObject({ ratingValue: 1, alternateName: "Disputed" });
    expect(corroborated).toMatchObject({
      url: "https://claims.example.org/claims/c-1",
      // The verdict in force is the latest change to the current status (after the reopening).
      datePublished: "2024-12-09",
      author: { "@type": "Organization", name: "Example Newsroom", url: "https://news.example.org" },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Organization", name: "Al Bawaba" },
        datePublished: "2024-12-07",
        appearance: [{ "@type": "CreativeWork", url: "https://example.org/article", headline: article.title }],
      },
    });
    expect(claimReviewFor(article, claims[2], context)).toBeNull();
  });

  it("the schema rejects a review missing what Google requires", () => {
    const review = claimReviewFor(article, claims[0], context);
    const { claimReviewed: _omit, ...withoutClaim } = review ?? {};
    expect(validate([withoutClaim])).toBe(false);
    expect(validate([{ ...review, reviewRating: { ...review?.reviewRating, ratingValue: 7 } }])).toBe(false);
  });

  it("falls back to the stored copy when the article has no original URL", () => {
    const review = claimReviewFor({ ...article, url: null, publisher: null, publishedAt: null }, claims[1], context);
    expect(review?.itemReviewed).toEqual({
      "@type": "Claim",
      appearance: [{ "@type": "CreativeWork", url: "https://claims.example.org/articles/a-1", headline: article.title }],
    });
    expect(validate([review])).toBe(true);
  });
});
