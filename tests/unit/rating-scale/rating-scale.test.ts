// The desk's rating scale, pure: the mapping to ClaimReview's rating (the default scale when a
// claim carries no label), which label goes with which verdict, and the shared input schemas.
import { describe, expect, it } from "vitest";
import { claimReviewFor } from "@/lib/reports/claimreview";
import {
  BEST_RATING,
  labelVerdictProblem,
  nameKeyOf,
  reviewRatingOf,
  scaleBounds,
  WORST_RATING,
} from "@/lib/rating-scale/scale";
import {
  createRatingLabelSchema,
  ratingLabelChoiceSchema,
  reorderRatingLabelsSchema,
  updateRatingLabelSchema,
} from "@/lib/rating-scale/schema";
import { verdictFieldsSchema } from "@/lib/verdicts/schema";

const VALID = {
  name: "Mostly true",
  description: "Accurate, but needs context.",
  color: "#2E7D32",
  verdict: "CORROBORATED",
  ratingValue: 4,
};

const fieldsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join(".")) ?? [];

describe("reviewRatingOf: the ClaimReview rating of a verdict", () => {
  it("is the verdict on the default scale (1 Disputed … 3 Corroborated) when the claim carries no label", () => {
    expect(reviewRatingOf("DISPUTED", null)).toEqual({ ratingValue: 1, bestRating: 3, worstRating: 1, alternateName: "Disputed" });
    expect(reviewRatingOf("UNVERIFIED", undefined)).toEqual({ ratingValue: 2, bestRating: 3, worstRating: 1, alternateName: "Unverified" });
    expect(reviewRatingOf("CORROBORATED", null)).toEqual({ ratingValue: 3, bestRating: 3, worstRating: 1, alternateName: "Corroborated" });
  });

  it("is the label's name and value on the desk's 1…5 scale when the claim carries one", () => {
    expect(reviewRatingOf("DISPUTED", { name: "Missing context", verdict: "DISPUTED", ratingValue: 2 })).toEqual({
      ratingValue: 2,
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: "Missing context",
    });
    expect([WORST_RATING, BEST_RATING]).toEqual([1, 5]);
  });

  it("falls back to the verdict when the label stands for another one (never a rating that contradicts the verdict)", () => {
    expect(reviewRatingOf("CORROBORATED", { name: "False", verdict: "DISPUTED", ratingValue: 1 })).toMatchObject({
      alternateName: "Corroborated",
      ratingValue: 3,
    });
  });

  it("gives the scale's bounds: the default one without labels, the desk's with", () => {
    expect(scaleBounds(false)).toEqual({ kind: "default", worstRating: 1, bestRating: 3 });
    expect(scaleBounds(true)).toEqual({ kind: "desk", worstRating: 1, bestRating: 5 });
  });
});

describe("claimReviewFor with a label", () => {
  const article = { id: "a1", title: "T", publisher: null, url: null, publishedAt: null } as never;
  const context = { baseUrl: "https://cl.example", organisation: { name: "Desk", url: null } } as never;
  const claim = (ratingLabel: unknown) =>
    ({
      id: "c1",
      statement: "Twelve people left.",
      claimant: null,
      status: "DISPUTED",
      deletedAt: null,
      updatedAt: new Date("2026-01-02T00:00:00Z"),
      history: [],
      ratingLabel,
    }) as never;

  it("puts the label's name in alternateName and the desk's scale in the rating", () => {
    const review = claimReviewFor(article, claim({ id: "r1", name: "Misleading", color: "#b42318", verdict: "DISPUTED", ratingValue: 2, retiredAt: null }), context);
    expect(review?.reviewRating).toEqual({ "@type": "Rating", ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: "Misleading" });
  });

  it("is unchanged without a label (the default scale)", () => {
    expect(claimReviewFor(article, claim(null), context)?.reviewRating).toEqual({
      "@type": "Rating",
      ratingValue: 1,
      bestRating: 3,
      worstRating: 1,
      alternateName: "Disputed",
    });
  });
});

describe("labelVerdictProblem: may this label go with this verdict", () => {
  const label = { name: "Misleading", verdict: "DISPUTED" as const, retiredAt: null };
  it("accepts an active label standing for the verdict", () => {
    expect(labelVerdictProblem(label, "DISPUTED")).toBeNull();
  });
  it("refuses a label standing for another verdict, naming both", () => {
    expect(labelVerdictProblem(label, "CORROBORATED")).toMatch(/stands for Disputed, not Corroborated/);
  });
  it("refuses a retired label", () => {
    expect(labelVerdictProblem({ ...label, retiredAt: new Date() }, "DISPUTED")).toMatch(/retired/);
  });
});

describe("the label schema (shared by the admin form and the API)", () => {
  it("accepts a label and normalises its colour to lower case", () => {
    const parsed = createRatingLabelSchema.parse({ ...VALID, name: "  Mostly true " });
    expect(parsed).toMatchObject({ name: "Mostly true", color: "#2e7d32", ratingValue: 4 });
  });

  it("refuses a rating outside 1…5 or not whole", () => {
    for (const ratingValue of [0, 6, 2.5, "3"]) {
      expect(fieldsOf(createRatingLabelSchema.safeParse({ ...VALID, ratingValue }))).toEqual(["ratingValue"]);
    }
    for (const ratingValue of [1, 5]) expect(createRatingLabelSchema.safeParse({ ...VALID, ratingValue }).success).toBe(true);
  });

  it("refuses a colour not written #rrggbb", () => {
    for (const color of ["green", "#abc", "#12345g", "rgb(0,0,0)", ""]) {
      expect(fieldsOf(createRatingLabelSchema.safeParse({ ...VALID, color }))).toEqual(["color"]);
    }
  });

  it("refuses an empty or overlong name, an empty description, PENDING as a verdict", () => {
    expect(fieldsOf(createRatingLabelSchema.safeParse({ ...VALID, name: "  " }))).toEqual(["name"]);
    expect(fieldsOf(createRatingLabelSchema.safeParse({ ...VALID, name: "x".repeat(61) }))).toEqual(["name"]);
    expect(fieldsOf(createRatingLabelSchema.safeParse({ ...VALID, description: "" }))).toEqual(["description"]);
    expect(fieldsOf(createRatingLabelSchema.safeParse({ ...VALID, verdict: "PENDING" }))).toEqual(["verdict"]);
    expect(fieldsOf(createRatingLabelSchema.safeParse({ ...VALID, name: "a\u0000b" }))).toEqual(["name"]);
  });

  it("takes any one field for an update, or retired, and refuses an empty one", () => {
    expect(updateRatingLabelSchema.safeParse({ retired: true }).success).toBe(true);
    expect(updateRatingLabelSchema.safeParse({ name: "Partly true" }).success).toBe(true);
    expect(updateRatingLabelSchema.safeParse({}).success).toBe(false);
    expect(fieldsOf(updateRatingLabelSchema.safeParse({ retired: "yes" }))).toEqual(["retired"]);
  });

  it("reorders a list of distinct ids", () => {
    expect(reorderRatingLabelsSchema.safeParse({ ids: ["a", "b"] }).success).toBe(true);
    expect(fieldsOf(reorderRatingLabelsSchema.safeParse({ ids: ["a", "a"] }))).toEqual(["ids"]);
    expect(fieldsOf(reorderRatingLabelsSchema.safeParse({ ids: [] }))).toEqual(["ids"]);
  });
});

describe("names", () => {
  it("are the same whatever their case and surrounding spaces", () => {
    expect(nameKeyOf("  Mostly TRUE ")).toBe(nameKeyOf("mostly true"));
    expect(nameKeyOf("False")).not.toBe(nameKeyOf("Falsehood"));
  });
});

describe("the verdict input's ratingLabelId", () => {
  const verdict = { status: "DISPUTED", rationale: "The ministry's own figures refute it." };
  it("is optional, and empty means none (the form's 'No label')", () => {
    expect(verdictFieldsSchema.parse(verdict).ratingLabelId).toBeUndefined();
    expect(verdictFieldsSchema.parse({ ...verdict, ratingLabelId: "" }).ratingLabelId).toBeUndefined();
    expect(verdictFieldsSchema.parse({ ...verdict, ratingLabelId: null }).ratingLabelId).toBeUndefined();
    expect(verdictFieldsSchema.parse({ ...verdict, ratingLabelId: "cl_abc" }).ratingLabelId).toBe("cl_abc");
  });
  it("refuses what cannot be an id", () => {
    expect(fieldsOf(verdictFieldsSchema.safeParse({ ...verdict, ratingLabelId: 5 }))).toEqual(["ratingLabelId"]);
    expect(fieldsOf(verdictFieldsSchema.safeParse({ ...verdict, ratingLabelId: "a b" }))).toEqual(["ratingLabelId"]);
  });
  it("parses the same with ratingLabelChoiceSchema alone", () => {
    expect(ratingLabelChoiceSchema.parse(undefined)).toBeUndefined();
  });
});
