import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { claimantAuthor, claimReviewFor } from "@/lib/reports/claimreview";
import { renderClaimReviews } from "@/lib/reports/json";
import { article, claimNumbered, collect, context, fixtureSources, history } from "./fixtures";

const schema = JSON.parse(readFileSync("docs/claimreview.schema.json", "utf8"));
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const corroborated = claimNumbered(1);
const disputed = claimNumbered(2);
const pending = claimNumbered(4);
const unverified = claimNumbered(5);

describe("ClaimReview", () => {
  it("is one ClaimReview per claim with a verdict (the three verdicts, never a claim not yet reviewed), valid against the documented schema", async () => {
    const reviews = JSON.parse(await collect(renderClaimReviews(context, fixtureSources())));
    expect(validate(reviews), JSON.stringify(validate.errors)).toBe(true);
    expect(reviews.map((review: { claimReviewed: string }) => review.claimReviewed)).toEqual([corroborated.text, disputed.text, unverified.text]);
    expect(JSON.stringify(reviews)).not.toContain(pending.text);
  });

  it("maps the verdicts onto the documented 1–3 scale and names the organisation, the claimant and the claim's appearance", () => {
    expect(claimReviewFor(article, corroborated, context)?.reviewRating).toEqual({
      "@type": "Rating",
      ratingValue: 3,
      bestRating: 3,
      worstRating: 1,
      alternateName: "Corroborated",
    });
    expect(claimReviewFor(article, disputed, context)?.reviewRating).toMatchObject({ ratingValue: 1, alternateName: "Disputed" });
    expect(claimReviewFor(article, unverified, context)?.reviewRating).toMatchObject({ ratingValue: 2, alternateName: "Unverified" });
    expect(claimReviewFor(article, corroborated, context)).toMatchObject({
      url: "https://claims.example.org/claims/c-1",
      // The verdict in force is the latest change to the current status (after the verdict was taken back).
      datePublished: "2024-12-09",
      author: { "@type": "Organization", name: "Example Newsroom", url: "https://news.example.org" },
      itemReviewed: {
        "@type": "Claim",
        // The claimant made the claim; the publisher only published the article it appeared in.
        author: { "@type": "Organization", name: "The health ministry" },
        datePublished: "2024-12-07",
        appearance: [
          {
            "@type": "CreativeWork",
            url: "https://example.org/article",
            headline: article.title,
            publisher: { "@type": "Organization", name: "Al Bawaba" },
          },
        ],
      },
    });
    expect(claimReviewFor(article, unverified, context)?.itemReviewed.author).toEqual({ "@type": "Person", name: "Sana Haddad" });
    expect(claimReviewFor(article, pending, context)).toBeNull();
  });

  it("gives no review to a claim whose verdict an editor took back, nor to a deleted claim", () => {
    const takenBack = {
      ...corroborated,
      status: "PENDING" as const,
      history: history("c-1", [
        ["PENDING", "CORROBORATED", "Ministry statement", "2024-12-08T09:00:00Z"],
        ["CORROBORATED", "PENDING", "Reopened: the figure was revised", "2024-12-08T10:00:00Z"],
      ]),
    };
    expect(claimReviewFor(article, takenBack, context)).toBeNull();
    expect(claimReviewFor(article, { ...disputed, deletedAt: new Date("2024-12-10T00:00:00Z") }, context)).toBeNull();
  });

  it("has no itemReviewed.author when the claimant is unknown (never the publisher in its place)", () => {
    const review = claimReviewFor(article, { ...disputed, claimant: null }, context);
    expect(review?.itemReviewed).not.toHaveProperty("author");
    expect(validate([review])).toBe(true);
  });

  it("tells an organisation from a person by its wording", () => {
    for (const name of ["The health ministry", "Syrian Observatory for Human Rights", "UN", "WHO", "وزارة الصحة", "Rebel forces"]) {
      expect(claimantAuthor(name)["@type"], name).toBe("Organization");
    }
    for (const name of ["Sana Haddad", "A resident who fled", "Dr. Anna Nowak", "Officials"]) {
      expect(claimantAuthor(name)["@type"], name).toBe("Person");
    }
  });

  it("the schema rejects a review missing what Google requires, or with a rating off the scale", () => {
    const review = claimReviewFor(article, corroborated, context);
    const { claimReviewed: _omit, ...withoutClaim } = review ?? {};
    expect(validate([withoutClaim])).toBe(false);
    expect(validate([{ ...review, reviewRating: { ...review?.reviewRating, ratingValue: 7 } }])).toBe(false);
    // The value and the name must agree.
    expect(validate([{ ...review, reviewRating: { ...review?.reviewRating, ratingValue: 2 } }])).toBe(false);
  });

  it("falls back to the stored copy when the article has no original URL", () => {
    const review = claimReviewFor({ ...article, url: null, publisher: null, publishedAt: null }, disputed, context);
    expect(review?.itemReviewed).toEqual({
      "@type": "Claim",
      appearance: [{ "@type": "CreativeWork", url: "https://claims.example.org/articles/a-1", headline: article.title }],
      author: { "@type": "Person", name: "=Abu Mohammed, a local commander" },
    });
    expect(validate([review])).toBe(true);
  });
});
