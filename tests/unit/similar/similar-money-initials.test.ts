// Readings of how outlets write money, organisations and Arabic duals, and of common Arabic words
// a light stem used to misread: "$12m" is twelve million dollars, "SAR2.1bn" riyals, "the SCA" the
// Suez Canal Authority, "طائرتان" two planes, and "العملية" (the operation) no currency.
import { describe, expect, it } from "vitest";
import { scoreSimilarity } from "@/lib/similar/score";
import { keyOf, readStatement } from "@/lib/similar/text";

const read = (text: string) => {
  const statement = readStatement(text);
  return { keys: statement.tokens.map((token) => token.key), figures: statement.figures.map((figure) => figure.value) };
};

describe("money written with a sign or a currency code", () => {
  it("reads a letter glued to an amount as its scale, and the sign or code as the currency", () => {
    expect(read("The roughly $12m restoration")).toMatchObject({ keys: expect.arrayContaining([keyOf("dollar")]), figures: ["12000000"] });
    expect(read("£3.5bn of savings").figures).toEqual(["3500000000"]);
    expect(read("€40k in fines")).toMatchObject({ keys: expect.arrayContaining([keyOf("euro")]), figures: ["40000"] });
    expect(read("The IPO raised SAR2.1bn")).toMatchObject({ keys: expect.arrayContaining([keyOf("riyal")]), figures: ["2100000000"] });
    expect(read("a fine of EGP 300m").figures).toEqual(["300000000"]);
  });

  it("reads US$ as dollars, not the country", () => {
    const { keys } = read("a US$1.2bn loan");
    expect(keys).toContain(keyOf("dollar"));
    expect(keys).not.toContain(keyOf("usa"));
    expect(read("The US imposed sanctions").keys).toContain(keyOf("usa"));
  });

  it("leaves a letter glued to a figure that is not money, and codes written in lower case", () => {
    expect(read("a 12m wall").figures).toEqual(["12"]);
    expect(read("TRY").keys).toEqual([keyOf("lira")]);
    expect(read("they try again").keys).not.toContain(keyOf("lira"));
  });

  it("meets the same amount told in words in the other language", () => {
    const english = "The stoppage is costing the port an estimated $3m a day.";
    const arabic = "تقدر الخسائر اليومية لتوقف الميناء بنحو ثلاثة ملايين دولار.";
    expect(scoreSimilarity(english, arabic).reasons.sharedNumbers).toEqual(["3000000"]);
  });
});

describe("a figure told as approximate", () => {
  it("agrees with a figure it may round, a little further off than a bare round figure may", () => {
    const killed = "42 people were killed in the attack.";
    expect(scoreSimilarity("About 40 people were killed in the attack.", killed).reasons.conflicts).toEqual([]);
    expect(scoreSimilarity("قتل نحو أربعين شخصا في الهجوم.", killed).reasons.conflicts).toEqual([]);
    expect(scoreSimilarity("More than 40 people were killed in the attack.", killed).reasons.conflicts).toEqual([]);
    // Told as exact, 40 and 42 may be an update: pointed out.
    expect(scoreSimilarity("40 people were killed in the attack.", killed).reasons.conflicts).toHaveLength(1);
    // Approximate does not stretch past the rounding: about 40 is not 47.
    expect(scoreSimilarity("About 40 people were killed in the attack.", "47 people were killed in the attack.").reasons.conflicts).toHaveLength(1);
  });
});

describe("an organisation by its initials", () => {
  it("reads an acronym as the name whose words' initials spell it", () => {
    const full = scoreSimilarity("Some 70 ships crossed the canal, the Suez Canal Authority said.", "Some 70 ships crossed the canal, the SCA said.");
    const other = scoreSimilarity("Some 70 ships crossed the canal, the Suez Canal Authority said.", "Some 70 ships crossed the canal, the UNDP said.");
    expect(full.reasons.sharedKeys).toContain("sca");
    expect(full.score).toBeGreaterThan(other.score);
    expect(scoreSimilarity("AUB slipped to 211th place.", "The American University of Beirut fell to 211th.").reasons.sharedKeys).toContain("aub");
  });

  it("does not spell an acronym from words that are not adjacent or not all of it", () => {
    const apart = scoreSimilarity("The SCA said traffic was normal.", "Suez officials said canal traffic was normal, the authority added.");
    expect(apart.reasons.sharedKeys).not.toContain("sca");
    const part = scoreSimilarity("The SCA said traffic was normal.", "The Suez Canal said traffic was normal.");
    expect(part.reasons.sharedKeys).not.toContain("sca");
  });
});

describe("Arabic feminine duals", () => {
  it("reads a noun's dual as two of its family, and an adjective of a place as the place", () => {
    expect(read("ووصلت طائرتان أردنيتان")).toMatchObject({
      keys: expect.arrayContaining([keyOf("plane"), keyOf("Jordan")]),
      figures: ["2"],
    });
    expect(read("طائرتين").keys).toEqual([keyOf("plane")]);
    expect(read("انتشال جثتين").figures).toEqual(["2"]);
  });

  it("reads duals and tens that are counts", () => {
    expect(read("خلال يومين").figures).toEqual(["2"]);
    expect(read("نحو مليوني عامل").figures).toEqual(["2000000"]);
    expect(read("مئتي ألف لاجئ").figures).toEqual(["200000"]);
    expect(read("خمسة وستين قتيلا").figures).toEqual(["65"]);
    expect(read("تسعين يوما").figures).toEqual(["90"]);
  });
});

describe("common words a light stem misread", () => {
  it("reads them as what they are", () => {
    expect(keyOf("العملية")).not.toBe(keyOf("عملة"));
    expect(keyOf("العملية")).toBe(keyOf("operation"));
    expect(keyOf("العامة")).not.toBe(keyOf("year"));
    expect(keyOf("مصادر")).not.toBe(keyOf("confiscated"));
    expect(keyOf("يوميا")).toBe(keyOf("daily"));
    expect(keyOf("العودة")).toBe(keyOf("return"));
    expect(read("ما يقارب 300 شخص").keys).not.toContain(keyOf("boat"));
  });

  it("drops a function word behind an attached letter, but not a family word that begins alike", () => {
    expect(read("ولم تتبن أي جهة الهجوم").keys).toEqual([expect.any(String), expect.any(String), keyOf("attack")]);
    expect(read("ولم تتبن أي جهة الهجوم").keys).not.toContain("ولم");
    expect(read("بنحو").keys).toEqual([]);
    expect(keyOf("والي")).toBe(keyOf("governor"));
  });
});
