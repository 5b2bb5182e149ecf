// Classes of the ninth round (issue 18): a figure told in another unit, a name spelled two ways in
// one script or split into two short words, and phrases outlets use for laying off staff and for
// a plant coming online. Each holds in both directions, and each has the look-alike it must not
// take.
import { describe, expect, it } from "vitest";
import { scoreSimilarity } from "@/lib/similar/score";
import { readStatement } from "@/lib/similar/text";

const keys = (text: string) => readStatement(text).tokens.map((token) => token.key);
const both = (a: string, b: string) => [scoreSimilarity(a, b), scoreSimilarity(b, a)];

describe("a figure told in another unit", () => {
  it("reads the unit written right after a figure", () => {
    const [days, hours] = [readStatement("a truce of three days"), readStatement("a 72-hour truce")];
    expect(days.figures[0]!.measure).toMatchObject({ unit: "day", dimension: "time" });
    expect(hours.figures[0]!.measure).toMatchObject({ unit: "hour", dimension: "time" });
    expect(readStatement("هدنة لمدة ثلاثة أيام").figures[0]!.measure?.unit).toBe("day");
    expect(readStatement("12 people were killed").figures[0]!.measure).toBeUndefined();
  });

  it("agrees on a span told in days and in hours, and conflicts when it differs", () => {
    for (const similarity of both("The warring sides agreed a truce of three days in Khartoum.", "The warring sides agreed a 72-hour truce in Khartoum.")) {
      expect(similarity.reasons.conflicts).toEqual([]);
    }
    const [agreeing] = both("The warring sides agreed a truce of three days in Khartoum.", "The warring sides agreed a 72-hour truce in Khartoum.");
    const [differing] = both("The warring sides agreed a truce of three days in Khartoum.", "The warring sides agreed a 48-hour truce in Khartoum.");
    expect(differing!.reasons.conflicts).toHaveLength(1);
    expect(agreeing!.score).toBeGreaterThan(differing!.score);
  });

  it("agrees across languages and on converted distances, within the rounding a conversion brings", () => {
    const across = scoreSimilarity("اتفق الطرفان على هدنة لمدة ثلاثة أيام في الخرطوم", "The warring sides agreed a 72-hour truce in Khartoum.");
    expect(across.reasons.conflicts).toEqual([]);
    for (const similarity of both("The convoy drove 100 miles to reach the camp.", "The convoy drove 160 km to reach the camp."))
      expect(similarity.reasons.conflicts).toEqual([]);
    // 100 miles is not 100 km's neighbour 120 km: a conflict, not an agreement.
    expect(scoreSimilarity("The convoy drove 100 miles to reach the camp.", "The convoy drove 120 km to reach the camp.").reasons.conflicts).toHaveLength(1);
  });

  it("converts weights: the same weight is credited, another is a conflict", () => {
    const [agreeing] = both("The ship unloaded 2,000 kg of flour at the port.", "The ship unloaded two tonnes of flour at the port.");
    const [differing] = both("The ship unloaded 2,000 kg of flour at the port.", "The ship unloaded five tonnes of flour at the port.");
    expect(agreeing!.reasons.conflicts).toEqual([]);
    expect(differing!.reasons.conflicts).toHaveLength(1);
    expect(agreeing!.score).toBeGreaterThan(differing!.score);
  });

  it("never converts across dimensions", () => {
    const similarity = scoreSimilarity("The ship carried 72 tonnes of flour.", "The ship sailed for 3 days with flour.");
    expect(similarity.reasons.conflicts.length + similarity.reasons.sharedNumbers.length).toBeLessThanOrEqual(1);
    expect(similarity.reasons.sharedNumbers).toEqual([]);
  });
});

describe("a name spelled two ways in Latin script", () => {
  it("shares a name one letter apart or of one consonant skeleton", () => {
    for (const similarity of both("Floods displaced 4,000 families in Sahil province.", "Floods displaced 4,000 families in Sahel province."))
      expect(similarity.reasons.sharedKeys).toEqual(expect.arrayContaining([...keys("Sahil"), ...keys("Sahel")]));
    for (const similarity of both("Mohammed Daglo said the talks had failed.", "Muhammad Daglo said the talks had failed."))
      expect(similarity.reasons.sharedKeys).toEqual(expect.arrayContaining([...keys("Mohammed"), ...keys("Muhammad")]));
  });

  it("does not pair short names or lower-case words that merely look alike", () => {
    expect(scoreSimilarity("Omar signed the deal.", "Amer signed the deal.").reasons.sharedKeys).not.toContain("omar");
    expect(scoreSimilarity("The convoy reached Harim.", "The convoy reached the harem.").reasons.sharedKeys).not.toContain("harim");
  });
});

describe("a name of two short words across scripts", () => {
  it("meets 'خور مور' and 'Khor Mor' as one name", () => {
    const similarity = scoreSimilarity("توقف الإنتاج في حقل خور مور للغاز بعد هجوم بطائرة مسيرة", "Production stopped at the Khor Mor gas field after a drone attack.");
    expect(similarity.reasons.sharedKeys).toEqual(expect.arrayContaining([...keys("Khor Mor")]));
    const without = scoreSimilarity("توقف الإنتاج في حقل خور مور للغاز بعد هجوم بطائرة مسيرة", "Production stopped at the Chamchamal gas field after a drone attack.");
    expect(similarity.score).toBeGreaterThan(without.score);
  });

  it("needs the joined skeletons to be equal", () => {
    const similarity = scoreSimilarity("توقف الإنتاج في حقل خور مور للغاز", "Production stopped at the Khor Zakho gas field.");
    expect(similarity.reasons.sharedKeys).not.toEqual(expect.arrayContaining([...keys("Khor Zakho")]));
  });
});

describe("phrases for laying off staff and for a plant coming online", () => {
  it("reads laying off and dismissing workers as one family", () => {
    for (const text of ["The airline is laying off 300 workers.", "The airline dismissed staff across its network.", "The company announced job losses.", "سرحت الشركة 300 عامل"])
      expect(keys(text), text).toContain("@layoff");
    expect(keys("The court dismissed the appeal.")).not.toContain("@layoff");
  });

  it("reads a plant coming online and beginning to operate as one family", () => {
    for (const text of ["The second unit came online in May.", "The plant started operating in May.", "The line was commissioned in May.", "دخلت المحطة حيز التشغيل في أيار", "بدأ تشغيل المحطة الثانية في أيار"])
      expect(keys(text), text).toContain("@commissioning");
  });
});

describe("an Arabic count with the article", () => {
  it("reads 'الأربعة' (the four) and 'بالأربعة' as 4, and keeps the days and 'بالمئة' as they are", () => {
    expect(readStatement("إزالة الطوابق الأربعة العليا").figures.map((figure) => figure.value)).toEqual(["4"]);
    expect(readStatement("قرار إزالة لأربعة طوابق").figures.map((figure) => figure.value)).toEqual(["4"]);
    expect(readStatement("اكتفى بالأربعة").figures.map((figure) => figure.value)).toEqual(["4"]);
    for (const text of ["وصل الوفد يوم الاثنين", "وصل الوفد يوم الأحد", "بلغت 41 بالمئة"])
      expect(readStatement(text).figures.filter((figure) => figure.value !== "41%"), text).toEqual([]);
  });
});

describe("services and faults outlets name in both languages", () => {
  it("reads cash machines, card payments, email, servers, faults, precautions and storeys alike", () => {
    const pairs: [string, string, string][] = [
      ["@atm", "Cash machines stopped working.", "توقفت أجهزة الصراف الآلي"],
      ["@epayment", "Card payments failed.", "تعطلت خدمات الدفع الإلكتروني"],
      ["@email", "The email servers were shut.", "أوقفت خوادم البريد الإلكتروني"],
      ["@server", "The email servers were shut.", "أوقفت خوادم البريد الإلكتروني"],
      ["@malfunction", "A defective switch caused the crash.", "عطل في المحولة تسبب في الحادث"],
      ["@precaution", "The portal was closed as a precaution.", "أغلقت البوابة احترازياً"],
      ["@storey", "The top four floors were illegal.", "الطوابق الأربعة العليا مخالفة"],
    ];
    for (const [key, english, arabic] of pairs) {
      expect(keys(english), english).toContain(key);
      expect(keys(arabic), arabic).toContain(key);
    }
    expect(keys("Lorries are barred from the city's roads.")).toContain("@ban");
    expect(keys("A steering failure caused the grounding.")).toEqual(expect.arrayContaining(["@malfunction", "@aground"]));
  });
});

describe("a count told as dozens or hundreds", () => {
  it("agrees with a figure in its range, in either language, and conflicts with none", () => {
    const [withRange] = both("Dozens of aftershocks rattled the area after the earthquake.", "More than 40 aftershocks rattled the area after the earthquake.");
    const [outside] = both("Dozens of aftershocks rattled the area after the earthquake.", "More than 400 aftershocks rattled the area after the earthquake.");
    expect(withRange!.score).toBeGreaterThan(outside!.score);
    expect(withRange!.reasons.conflicts).toEqual([]);
    expect(outside!.reasons.conflicts).toEqual([]);
    expect(readStatement("اعتقلت الشرطة مئات المحتجين").figures[0]).toMatchObject({ rough: true, range: [200, 999] });
    const across = scoreSimilarity("اعتقلت الشرطة مئات المحتجين في العاصمة", "Police arrested more than 300 protesters in the capital.");
    const acrossOutside = scoreSimilarity("اعتقلت الشرطة مئات المحتجين في العاصمة", "Police arrested more than 30 protesters in the capital.");
    expect(across.score).toBeGreaterThan(acrossOutside.score);
  });
});
