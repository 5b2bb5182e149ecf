import { describe, expect, it } from "vitest";
import { jaccard, matchSpans, prf, resolveGold } from "@/lib/extraction/evaluate";

describe("evaluation helpers", () => {
  it("resolves gold strings by occurrence and fails loudly when one is missing", () => {
    const doc = "A said x. A said x. B said y.";
    expect(resolveGold(doc, [{ text: "A said x.", occurrence: 1 }])).toEqual([{ start: 10, end: 19 }]);
    expect(() => resolveGold(doc, [{ text: "A said x.", occurrence: 2 }])).toThrow(/not found/);
    expect(() => resolveGold(doc, [{ text: "C said z.", occurrence: 0 }])).toThrow(/not found/);
  });

  it("matches one-to-one on character-span Jaccard >= 0.5", () => {
    expect(jaccard({ start: 0, end: 10 }, { start: 5, end: 15 })).toBeCloseTo(5 / 15);
    const gold = [{ start: 0, end: 100 }];
    const m = matchSpans(
      [
        { start: 0, end: 60 },
        { start: 0, end: 90 },
      ],
      gold,
    );
    expect(m.truePositives).toBe(1);
    expect(m.falsePositives).toBe(1);
    expect(m.unmatchedPredicted).toEqual([0]);
    expect(matchSpans([{ start: 0, end: 40 }], gold).truePositives).toBe(0);
    expect(prf(9, 1, 1).f1).toBeCloseTo(0.9);
  });
});
