// Two readings that word lists alone could not give: Arabic words with an attached preposition or
// present-tense prefix ("بمقتل", "يقصف") read as their family only when what remains is a family
// word, and "US" / "U.S." name the United States instead of being dropped as the word "us".
import { describe, expect, it } from "vitest";
import { scoreSimilarity } from "@/lib/similar/score";
import { keyOf, readStatement } from "@/lib/similar/text";

const keys = (text: string) => readStatement(text).tokens.map((token) => token.key);

describe("Arabic attached letters", () => {
  it("reads a preposition or present-tense prefix off a family word", () => {
    expect(keyOf("بمقتل")).toBe(keyOf("مقتل"));
    expect(keyOf("لمقتل")).toBe(keyOf("killed"));
    expect(keyOf("يقصف")).toBe(keyOf("قصف"));
    expect(keyOf("ويقصف")).toBe(keyOf("shelling"));
    // A set phrase behind a preposition: "بطائرة من دون طيار" (by a drone).
    expect(keys("لهجوم بطائرة من دون طيار")).toEqual([keyOf("attack"), keyOf("drone")]);
  });

  it("leaves a word whose first letter belongs to it", () => {
    // Found as written, so never cut: بلد is "country", تجارة "trade", بحر "sea".
    expect(keyOf("بلد")).toBe(keyOf("country"));
    expect(keyOf("تجارة")).toBe(keyOf("trade"));
    expect(keyOf("بحر")).toBe(keyOf("sea"));
    // No family word remains after the letter (كبير, "large"): read as itself, not as a concept.
    expect(keyOf("كبير").startsWith("@")).toBe(false);
    // ت begins verb forms of its own: تعرّض (was subjected to) is not عرض (an offer).
    expect(keyOf("تعرض")).not.toBe(keyOf("عرض"));
  });
});

describe("the United States as US or U.S.", () => {
  it("reads US and U.S. as the country, as 'United States' and 'الولايات المتحدة' are", () => {
    const country = keyOf("usa");
    expect(keys("The US imposed sanctions")).toContain(country);
    expect(keys("U.S. officials said")).toContain(country);
    expect(keys("the United States imposed sanctions")).toContain(country);
    expect(keys("فرضت الولايات المتحدة عقوبات")).toContain(country);
  });

  it("still drops the pronoun 'us'", () => {
    expect(keys("He told us the plant closed")).not.toContain(keyOf("usa"));
  });

  it("keeps the surface and offsets of what was written", () => {
    const statement = "U.S. sanctions hit 12 banks";
    const token = readStatement(statement).tokens.find((t) => t.key === keyOf("usa"))!;
    expect(statement.slice(token.start, token.end)).toBe(token.surface);
    expect(token.surface.startsWith("U.S")).toBe(true);
  });

  it("lets an English US claim meet its Arabic telling", () => {
    const english = "The US imposed sanctions on 12 Iranian banks on Monday";
    const arabic = "فرضت الولايات المتحدة عقوبات على 12 مصرفا إيرانيا يوم الاثنين";
    const without = "The imposed sanctions on 12 Iranian banks on Monday";
    expect(scoreSimilarity(readStatement(english), readStatement(arabic)).score).toBeGreaterThan(
      scoreSimilarity(readStatement(without), readStatement(arabic)).score,
    );
  });
});

describe("the US dollar", () => {
  it("reads as the currency alone, not as the country beside it", () => {
    for (const text of ["against the US dollar", "against the U.S. dollar", "against the dollar"]) {
      expect(keys(text)).toEqual([keyOf("dollar")]);
    }
  });
});

describe("words a stem would misread", () => {
  it("keeps mathematics apart from sport, and reads مقابل as the preposition it is", () => {
    expect(keyOf("الرياضيات")).toBe(keyOf("maths"));
    expect(keyOf("الرياضيات")).not.toBe(keyOf("sport"));
    expect(keyOf("فدية")).toBe(keyOf("ransom"));
    // "in exchange for their release", not an interview (مقابلة).
    expect(keys("دفع فدية مقابل إطلاق سراحهم")).not.toContain(keyOf("interview"));
  });
});

describe("the Arabic dual of a unit", () => {
  const figures = (text: string) => readStatement(text).figures.map((figure) => `${figure.value} ${figure.unit}`);

  it("says two of the unit, as 'two kilometres' does", () => {
    expect(figures("لأكثر من كيلومترين")).toEqual([`2 ${keyOf("kilometre")}`]);
    expect(figures("استمر الحريق ساعتين")).toEqual([`2 ${keyOf("hour")}`]);
    expect(figures("more than two kilometres")).toEqual([`2 ${keyOf("kilometre")}`]);
  });

  it("is not read into plurals or names that end alike", () => {
    expect(figures("وصل المهاجرين إلى لبنان والسودان")).toEqual([]);
  });
});

describe("a broken plural that ends like a dual", () => {
  it("stays a plural", () => {
    expect(readStatement("آلاف الأطنان").figures.filter((figure) => figure.value === "2")).toEqual([]);
  });
});

describe("a strike by workers is a walkout", () => {
  it("reads 'strike' as a walkout when the statement speaks of workers, a union or pay", () => {
    expect(keys("A strike by dock workers has halted the port since Sunday.")).toContain("@walkout");
    expect(keys("The union said the strike over wages would go on.")).toContain("@walkout");
    expect(keys("A strike by dock workers has halted the port since Sunday.")).not.toContain("@attack");
  });

  it("keeps 'strike' an attack otherwise", () => {
    expect(keys("A strike on the main hospital killed 12 people.")).toContain("@attack");
  });
});
