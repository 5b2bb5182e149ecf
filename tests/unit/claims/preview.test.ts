// The merge preview's text between two claims, and the input a card sends when the editor opens a
// curation form (lib/claims/preview.ts).
import { describe, expect, it } from "vitest";
import { curationPreviewSchema, gapBetween, GAP_CHARS } from "@/lib/claims/preview";

describe("gapBetween", () => {
  const body = "First claim here. Some words between. Second claim here.";
  const end = "First claim here.".length;
  const nextStart = body.indexOf("Second");

  it("is the text between the two claims as it stands", () => {
    expect(gapBetween(body, end, nextStart)).toBe(" Some words between. ");
  });

  it("is one space when the claims touch, overlap or there is no next claim", () => {
    expect(gapBetween(body, end, end)).toBe(" ");
    expect(gapBetween(body, end, end - 3)).toBe(" ");
    expect(gapBetween(body, end, undefined)).toBe(" ");
  });

  it("keeps both ends of a long stretch, GAP_CHARS in all", () => {
    const long = `A.${"x".repeat(GAP_CHARS / 2)}${"m".repeat(500)}${"y".repeat(GAP_CHARS / 2)}B.`;
    const gap = gapBetween(long, 2, long.length - 2);
    expect(gap).toBe(`${"x".repeat(GAP_CHARS / 2)} … ${"y".repeat(GAP_CHARS / 2)}`);
    // Exactly GAP_CHARS is still whole.
    const edge = `A.${"z".repeat(GAP_CHARS)}B.`;
    expect(gapBetween(edge, 2, edge.length - 2)).toBe("z".repeat(GAP_CHARS));
  });

  it("keeps right-to-left text as it is", () => {
    const arabic = "قال الوزير إن 45 شخصاً أصيبوا. وفي اليوم التالي، أعلنت الوزارة أن 300 عائلة أُجليت.";
    const first = arabic.indexOf(".") + 1;
    const second = arabic.indexOf("أعلنت");
    expect(gapBetween(arabic, first, second)).toBe(" وفي اليوم التالي، ");
  });
});

describe("curationPreviewSchema", () => {
  it("takes a version, and for a merge the next claim's id and version", () => {
    expect(curationPreviewSchema.parse({ version: 3 })).toEqual({ version: 3, next: null });
    expect(curationPreviewSchema.parse({ version: 3, next: { id: "c2", version: 1 } })).toEqual({
      version: 3,
      next: { id: "c2", version: 1 },
    });
  });

  it("refuses a missing or impossible version and a next claim without one", () => {
    for (const input of [
      {},
      { version: 0 },
      { version: 1.5 },
      { version: "2" },
      { version: 1, next: { id: "c2" } },
      { version: 1, next: { id: "a b", version: 1 } },
    ]) {
      expect(curationPreviewSchema.safeParse(input).success, JSON.stringify(input)).toBe(false);
    }
  });
});
