// The import schema (form, API and CLI alike) refuses a body that is not language.
import { describe, expect, it } from "vitest";
import { importArticleSchema } from "@/lib/articles/schema";

function randomCodePoints(count: number, seed = 3): string {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => String.fromCodePoint(0x21 + Math.floor(random() * 0x2f00))).join("");
}

describe("importArticleSchema and text that is not language", () => {
  it("refuses random code points with a message on the body field", () => {
    const result = importArticleSchema.safeParse({ title: "Noise", body: randomCodePoints(1500) });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.filter((issue) => issue.path[0] === "body").map((issue) => issue.message);
    expect(messages?.[0]).toMatch(
      /^This text does not look like language\. .+ Paste or upload the article's own text\.$/,
    );
  });

  it("accepts news text in several scripts, and figures tables", () => {
    for (const body of [
      "Officials said 1,200 people were evacuated from Homs on Tuesday.",
      "قال مسؤولون إن ١٢٠٠ شخص غادروا مدينة حمص يوم الثلاثاء.",
      "官员说，周二有1200人从霍姆斯撤离。",
      "FTSE 100 7,512.3 +0.4%\nDAX 18,201.7 -0.2%\nCAC 40 7,980.1 +0.1%",
    ]) {
      expect(importArticleSchema.safeParse({ title: "Text", body }).success, body).toBe(true);
    }
  });
});
