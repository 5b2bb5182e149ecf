// The hypernym layer of similar-claim matching (lib/similar: concepts.ts, gazetteer.ts,
// score.ts): a specific word covers the general word a retelling uses for it, in both
// languages, and two specific words of one kind never cover each other.
import { describe, expect, it } from "vitest";
import { wordGroups } from "@/lib/similar/query";
import { rankCandidates } from "@/lib/similar/rank";
import { scoreSimilarity } from "@/lib/similar/score";
import { similarThresholds } from "@/lib/similar/settings";
import { readStatement } from "@/lib/similar/text";

const keys = (statement: string) => readStatement(statement).tokens.map((token) => token.key);
const suggest = similarThresholds().suggest;

describe("the hypernym layer", () => {
  it("reads a named currency as covering 'the currency', and a loss of value as a fall, in both languages", () => {
    const lira = "تراجعت الليرة التركية بنسبة 2 بالمئة أمام الدولار بعد القرار.";
    const currency = "وفقدت العملة التركية 2% من قيمتها مقابل الدولار إثر الإعلان.";
    expect(keys(currency)).toEqual(expect.arrayContaining(["@currency", "@fall"]));
    const { score, reasons } = scoreSimilarity(currency, lira);
    expect(score).toBeGreaterThanOrEqual(suggest);
    expect(reasons.sharedKeys).toEqual(expect.arrayContaining(["@currency", "@lira", "@fall"]));
    // The earlier claim's specific word is highlighted too.
    expect(reasons.sharedWords).toContain("الليرة");
    const english = scoreSimilarity(
      "The Turkish currency lost 2% of its value against the dollar.",
      "The lira slid 2 percent against the dollar.",
    );
    expect(english.reasons.sharedKeys).toEqual(expect.arrayContaining(["@currency", "@fall"]));
    expect(english.score).toBeGreaterThanOrEqual(suggest);
  });

  it("never lets one currency, capital or agency stand for another of its kind", () => {
    const pound = scoreSimilarity(
      "The Egyptian pound fell to 48 against the dollar on Monday.",
      "Nigeria's naira fell to 1,520 against the dollar on Monday.",
    );
    expect(pound.reasons.sharedKeys).not.toContain("@currency");
    expect(pound.reasons.sharedKeys).not.toContain("@pound");
    const capitals = scoreSimilarity(
      "Protesters gathered in Nairobi on Friday.",
      "Protesters gathered in Kampala on Friday.",
    );
    expect(capitals.reasons.sharedKeys).not.toContain("@capital");
    expect(capitals.score).toBeLessThan(
      scoreSimilarity(
        "Protesters gathered in Nairobi on Friday.",
        "Protesters gathered in the Kenyan capital on Friday.",
      ).score,
    );
  });

  it("reads a capital as its country and 'the capital', across scripts", () => {
    const { score, reasons } = scoreSimilarity(
      "لقي 18 شخصاً حتفهم عندما انحرفت طائرة عن المدرج أثناء إقلاعها من مطار العاصمة النيبالية.",
      "A passenger plane skidded off the runway while taking off from Kathmandu airport, killing 18 people.",
    );
    expect(reasons.sharedKeys).toEqual(expect.arrayContaining(["@capital", "@place:nepal", "@place:kathmandu"]));
    expect(score).toBeGreaterThanOrEqual(suggest);
  });

  it("reads a named agency as 'the agency' and a continent as 'the continent'", () => {
    const agency = scoreSimilarity(
      "وقالت الوكالة إن الجراد قد يصل إلى الصومال وكينيا خلال أسابيع.",
      "وحذّرت منظمة الأغذية والزراعة (فاو) من أن الأسراب قد تصل إلى الصومال وكينيا خلال أسابيع.",
    );
    expect(agency.reasons.sharedKeys).toEqual(expect.arrayContaining(["@agency", "@place:fao"]));
    const continent = scoreSimilarity(
      "Ruto said the continent had 60% of the best solar resources.",
      "Ruto said Africa held 60 percent of the best solar resources.",
    );
    expect(continent.reasons.sharedKeys).toEqual(expect.arrayContaining(["@continent", "@place:africa"]));
  });

  it("asks the index for the broader words too, so a retelling with the general word is a candidate", () => {
    const lira = wordGroups("The lira fell 2 percent.").find((group) => group.includes("lira"))!;
    expect(lira).toEqual(expect.arrayContaining(["currency", "عمله"]));
    const city = wordGroups("Flights from Kathmandu were cancelled.").find((group) => group.includes("kathmandu"))!;
    expect(city).toEqual(expect.arrayContaining(["nepal", "capital", "العاصمه"]));
    // And the suggestion goes through: the earlier claim named the city, the later one the capital.
    const earlier = [{ id: "a", statement: "Floods closed the main road into Kathmandu on Monday, police said." }];
    expect(
      rankCandidates("Floods closed the main road into the Nepalese capital on Monday.", earlier).map((s) => s.id),
    ).toEqual(["a"]);
  });
});
