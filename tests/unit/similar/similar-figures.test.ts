// Figures and names as outlets write them differently: number words with their compounds and
// ordinals in both languages, a scale word alone, a figure given rounded, a name with or without
// its accents (issue 18, fourth round: the classes a blind gold's misses named).
import { describe, expect, it } from "vitest";
import { wordGroups } from "@/lib/similar/query";
import { scoreSimilarity } from "@/lib/similar/score";
import { keyOf, normaliseText, readStatement } from "@/lib/similar/text";

const figures = (text: string) => readStatement(text).figures.map((figure) => figure.value);

describe("reading figures written in words", () => {
  it("reads English compounds and hundreds as one figure", () => {
    expect(figures("a crew of twenty-one")).toEqual(["21"]);
    expect(figures("four hundred households")).toEqual(["400"]);
    expect(figures("eighteen Indian seafarers")).toEqual(["18"]);
  });

  it("reads Arabic units-and-tens, teens and a teen of thousands", () => {
    expect(figures("توفي ثمانية وثلاثون شخصاً")).toEqual(["38"]);
    expect(figures("بواحد وثلاثين مقعداً")).toEqual(["31"]);
    expect(figures("أكثر من اثنتي عشرة ساعة")).toEqual(["12"]);
    expect(figures("أكثر من أربعة عشر ألف لاجئ")).toEqual(["14000"]);
  });

  it("reads ordinals from the third on, and leaves first and second alone", () => {
    expect(figures("the club's 12th title")).toEqual(["12"]);
    expect(figures("its twelfth title")).toEqual(["12"]);
    expect(figures("اللقب الثاني عشر للنادي")).toEqual(["12"]);
    expect(figures("للمرة الخامسة")).toEqual(["5"]);
    expect(figures("for the second time, the first since")).toEqual([]);
    expect(figures("للمرة الثانية")).toEqual([]);
  });

  it("reads a scale word alone as one of it, not a plural", () => {
    expect(figures("نحو مليون برميل")).toEqual(["1000000"]);
    expect(figures("about a million barrels")).toEqual(["1000000"]);
    expect(figures("millions of barrels")).toEqual([]);
    expect(figures("ملايين البراميل")).toEqual([]);
  });

  it("reads a half added to a number and a share of a scale as numbers, not as shares", () => {
    expect(figures("نحو مليون ونصف مليون مشترك")).toEqual(["1500000"]);
    expect(figures("ثلاثة ملايين ونصف المليون نسمة")).toEqual(["3500000"]);
    expect(figures("ألفان ونصف")).toEqual(["2500"]);
    expect(figures("a million and a half people")).toEqual(["1500000"]);
    expect(figures("two and a half million people")).toEqual(["2500000"]);
    expect(figures("two and a half years")).toEqual(["2.5"]);
    expect(figures("more than a quarter of a million pilgrims")).toEqual(["250000"]);
    expect(figures("three quarters of a billion dollars")).toEqual(["750000000"]);
    expect(figures("half a million refugees")).toEqual(["500000"]);
    expect(figures("نحو ربع مليون شخص")).toEqual(["250000"]);
    expect(figures("بنصف مليون دولار")).toEqual(["500000"]);
    // A share of something else stays a share.
    expect(figures("a quarter of the budget")).toEqual(["25%"]);
    expect(figures("نصف الميزانية")).toEqual(["50%"]);
  });

  it("meets '1.5 million' and 'مليون ونصف' as one figure across languages", () => {
    const match = scoreSimilarity("طال الانقطاع نحو مليون ونصف مليون مشترك.", "About 1.5 million subscribers were affected.");
    expect(match.reasons.sharedNumbers).toEqual(["1500000"]);
  });

  it("agrees a figure told as approximate or a bound with one up to 10% off, rounding or not", () => {
    const agree = scoreSimilarity("Some 4.6 million people visited the book fair.", "More than 4.5 million people visited the book fair.");
    expect(agree.reasons.conflicts).toEqual([]);
    // Told bare, two figures that differ stay a conflict (it may be an update).
    const bare = scoreSimilarity("4.6 million people visited the book fair.", "4.5 million people visited the book fair.");
    expect(bare.reasons.conflicts).toHaveLength(1);
    // Further than 10% off, even an approximate figure is a conflict.
    const far = scoreSimilarity("Some 5.2 million people visited the book fair.", "More than 4.5 million people visited the book fair.");
    expect(far.reasons.conflicts).toHaveLength(1);
  });

  it("reads a unit with its power glued on as the unit written out", () => {
    const read = (text: string) => readStatement(text);
    expect(read("300 million m3 of fresh water").figures[0]).toMatchObject({ value: "300000000", unit: "@cubicmetre" });
    expect(read("300 million m³ of water").figures[0]).toMatchObject({ unit: "@cubicmetre" });
    expect(read("300 million cubic metres of water").figures[0]).toMatchObject({ unit: "@cubicmetre" });
    expect(read("1,200 km² of forest").figures[0]).toMatchObject({ value: "1200", unit: "@squarekilometre" });
    expect(read("1200 كيلومتر مربع من الغابات").figures[0]).toMatchObject({ value: "1200", unit: "@squarekilometre" });
    // A bare "m" is not a cubic metre.
    expect(read("a wall 3 m tall").tokens.map((token) => token.key)).not.toContain("@cubicmetre");
  });
});

describe("figures given rounded", () => {
  it("counts a precise figure and its rounding as agreement, not a conflict", () => {
    const rounded = scoreSimilarity("Officials freed about 900 detainees in the swap.", "Officials freed 887 detainees in the swap.");
    expect(rounded.reasons.conflicts).toEqual([]);
    const percent = scoreSimilarity("Turnout was 32.3 percent.", "Turnout was 32.25 percent.");
    expect(percent.reasons.conflicts).toEqual([]);
    // Agreement scores higher than a conflicting figure in the same sentence.
    const conflicting = scoreSimilarity("Officials freed 700 detainees in the swap.", "Officials freed 887 detainees in the swap.");
    expect(rounded.score).toBeGreaterThan(conflicting.score);
  });

  it("keeps figures told at the same precision, or far apart, as conflicts", () => {
    expect(scoreSimilarity("At least 12 people were killed.", "At least 15 people were killed.").reasons.conflicts).toHaveLength(1);
    expect(scoreSimilarity("Cholera has killed 38 people.", "Cholera has killed 41 people.").reasons.conflicts).toHaveLength(1);
    // 14,000 is not 15,300 rounded (more than 4% apart).
    expect(scoreSimilarity("14,000 refugees crossed.", "15,300 refugees crossed.").reasons.conflicts).toHaveLength(1);
  });
});

describe("names with and without accents", () => {
  it("reads Doğanyol as Doganyol and Adré as Adre, and keeps Arabic hamza forms as search folds them", () => {
    expect(keyOf("Doğanyol")).toBe(keyOf("Doganyol"));
    expect(keyOf("Adré")).toBe(keyOf("Adre"));
    expect(keyOf("Espérance")).toBe(keyOf("Esperance"));
    // Only Latin letters lose their marks: the waw and ya with hamza stay as search keeps them.
    expect(normaliseText("مؤتمر")).toBe("مؤتمر");
    expect(normaliseText("رئيس")).toBe("رئيس");
  });

  it("asks the index for a name with and without its accents (the index keeps them)", () => {
    const groups = wordGroups("Twelve people were killed in Doğanyol.");
    expect(groups.find((group) => group.includes("doganyol"))).toEqual(expect.arrayContaining(["doganyol", "doğanyol"]));
  });
});

describe("shares told in words", () => {
  it("reads them as rough percentages", () => {
    const rough = (text: string) => readStatement(text).figures.filter((figure) => figure.rough).map((figure) => figure.value);
    expect(rough("Nine in ten of the new arrivals are women")).toEqual(["90%"]);
    expect(rough("one in four children")).toEqual(["25%"]);
    expect(rough("profit dropped by two-fifths")).toEqual(["40%"]);
    expect(rough("nearly a third of voters")).toEqual(["33.3%"]);
    expect(rough("three quarters of the homes")).toEqual(["75%"]);
    expect(rough("قرابة ثلث الناخبين")).toEqual(["33.3%"]);
    // An ordinal stays an ordinal.
    expect(readStatement("for the fifth time").figures.map((figure) => figure.value)).toEqual(["5"]);
  });

  it("agree with a percentage near them, and never conflict with one far off", () => {
    const agree = scoreSimilarity("Women and children account for about 90% of those crossing.", "Nine in ten of those crossing are women and children.");
    const apart = scoreSimilarity("Women and children account for about 60% of those crossing.", "Nine in ten of those crossing are women and children.");
    expect(agree.reasons.conflicts).toEqual([]);
    expect(apart.reasons.conflicts).toEqual([]);
    expect(agree.score).toBeGreaterThan(apart.score);
    // Unmatched, a share takes nothing away.
    const plain = scoreSimilarity("Those crossing are women and children.", "Nine in ten of those crossing are women and children.");
    expect(apart.score).toBeLessThanOrEqual(plain.score + 0.001);
  });
});
