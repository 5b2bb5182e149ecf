import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { suggestClaimant } from "@/lib/extraction/claimant";

// The same text as /work/shared/data/seed-article.txt, kept in the repo for the seed script.
const seed = fs.readFileSync(path.resolve(__dirname, "../../../prisma/seed/seed-article.txt"), "utf8");

type Case = [sentence: string, claimant: string | null];

describe("suggestClaimant: English reporting verbs", () => {
  it.each<Case>([
    ["State media said the army had strengthened its “strong defensive lines” in Homs.", "State media"],
    ["Syria's state news agency SANA said the army had repelled the attack.", "Syria's state news agency SANA"],
    ["The Lebanese health ministry said 12 people were killed.", "the Lebanese health ministry"],
    ["At least 27 people were killed in the strikes, Gaza's civil defence agency said.", "Gaza's civil defence agency"],
    ["Twenty soldiers were killed, said Rami Abdel Rahman.", "Rami Abdel Rahman"],
    ["Officials say the convoy was hit near the border.", "Officials"],
    ["The strike killed 12 people, the ministry told Reuters.", "the ministry"],
    ["The president told reporters at the White House that the deal was close.", "the president"],
    [
      "UN Secretary-General Antonio Guterres warned that the situation was dire.",
      "UN Secretary-General Antonio Guterres",
    ],
    ["Iran denied any involvement in the attack.", "Iran"],
    ["A spokesperson for the ministry confirmed the figure.", "A spokesperson for the ministry"],
    ["Analysts estimated that the economy would contract by 2%.", "Analysts"],
    ["The Kremlin has denied the allegations.", "the Kremlin"],
    ["The Pentagon on Monday announced a new aid package.", "the Pentagon"],
    ["Prices rose after the central bank said it would hold rates.", "the central bank"],
    ["The WHO said cases had risen.", "the WHO"],
    ["Theresa May said Britain would leave.", "Theresa May"],
    ["Russia and Iran said they would attend.", "Russia and Iran"],
    ["Acme Inc. said profits rose 4%.", "Acme Inc"],
  ])("%s", (sentence, claimant) => {
    expect(suggestClaimant(sentence)).toBe(claimant);
  });
});

describe("suggestClaimant: statements, appositives and asides", () => {
  it.each<Case>([
    ["The Israeli military said in a statement that it had struck targets.", "the Israeli military"],
    ["In a statement, the Israeli military said it had struck targets.", "the Israeli military"],
    [
      "Rami Abdel Rahman, head of the Syrian Observatory for Human Rights, said 20 soldiers were killed.",
      "Rami Abdel Rahman, head of the Syrian Observatory for Human Rights",
    ],
    [
      "Twenty soldiers were killed, said Rami Abdel Rahman, head of the Syrian Observatory for Human Rights.",
      "Rami Abdel Rahman, head of the Syrian Observatory for Human Rights",
    ],
    [
      "The Syrian Observatory for Human Rights, a Britain-based war monitor, said 20 soldiers died.",
      "the Syrian Observatory for Human Rights, a Britain-based war monitor",
    ],
    ["Dr. Jane Smith, an economist at the bank, said prices would rise.", "Dr. Jane Smith, an economist at the bank"],
    [
      "Syria's state news agency SANA, citing a military source, said the army had redeployed.",
      "Syria's state news agency SANA",
    ],
    [
      "Meanwhile, Turkish Foreign Minister Hakan Fidan said Ankara was in contact with all sides.",
      "Turkish Foreign Minister Hakan Fidan",
    ],
    ["Speaking to reporters, Fidan said Ankara was in contact with all sides.", "Fidan"],
    ["The rebels, who seized Aleppo last week, announced a curfew.", "the rebels"],
    ["“We will not retreat,” said the defence minister.", "the defence minister"],
  ])("%s", (sentence, claimant) => {
    expect(suggestClaimant(sentence)).toBe(claimant);
  });
});

describe("suggestClaimant: according to", () => {
  it.each<Case>([
    [
      "The toll rose to 40, according to the Syrian Observatory for Human Rights.",
      "the Syrian Observatory for Human Rights",
    ],
    ["According to the U.S. military, the strike hit a depot.", "the U.S. military"],
    ["According to a statement from the army, the strike hit a depot.", "the army"],
    ["The death toll has risen to 50, according to local officials.", "local officials"],
    ["According to him, the talks failed.", null],
  ])("%s", (sentence, claimant) => {
    expect(suggestClaimant(sentence)).toBe(claimant);
  });
});

describe("suggestClaimant: no claimant", () => {
  it.each<Case>([
    ["“We will not retreat,” he said.", null],
    ["It said the talks had failed.", null],
    ["They said the road was closed.", null],
    ["She said: “We will rebuild.”", null],
    ["He added that more troops would be deployed.", null],
    ["Regime forces are withdrawing from important positions in central and southern Syria, reports say.", null],
    ["The army is said to be advancing on Homs.", null],
    ["The figures reported by the ministry show a rise.", null],
    ["The United States will send troops.", null],
    ["Government estimates show the economy shrank.", null],
    ["There were 12 confirmed cases.", null],
    ["The ministry's claims were dismissed.", null],
    ["Officials refused to say how many died.", null],
    ["Reuters could not independently verify the report.", null],
    ["What the minister said was misleading.", null],
    ["said the army had withdrawn from the city", null],
    ["Locals overthrew a Hafez al-Assad statue in footage.", null],
    ["", null],
  ])("%s", (sentence, claimant) => {
    expect(suggestClaimant(sentence)).toBe(claimant);
  });
});

describe("suggestClaimant: Arabic", () => {
  it.each<Case>([
    ["وأعلنت وكالة الأنباء السورية الرسمية (سانا) أن الجيش استعاد السيطرة.", "وكالة الأنباء السورية الرسمية (سانا)"],
    ["وقال المرصد السوري لحقوق الإنسان إن 20 جنديا قتلوا.", "المرصد السوري لحقوق الإنسان"],
    ["قال وزير الخارجية في بيان إن المحادثات فشلت.", "وزير الخارجية"],
    ["وقال رئيس الوزراء اللبناني نجيب ميقاتي للصحفيين إن الحكومة ستجتمع.", "رئيس الوزراء اللبناني نجيب ميقاتي"],
    ["ذكرت وكالة رويترز أن الاتفاق انهار.", "وكالة رويترز"],
    ["أفادت مصادر محلية بأن الطائرات قصفت المدينة.", "مصادر محلية"],
    ["وأكد المتحدث باسم الجيش الإسرائيلي، أن العملية مستمرة.", "المتحدث باسم الجيش الإسرائيلي"],
    ["أكد الرئيس أن الحرب انتهت", "الرئيس"],
    ["قتل 20 شخصا، بحسب المرصد السوري لحقوق الإنسان.", "المرصد السوري لحقوق الإنسان"],
    ["بحسب وزارة الصحة، قتل 12 شخصا.", "وزارة الصحة"],
    ["قتل 12 شخصا وفقاً لوزارة الصحة اللبنانية.", "وزارة الصحة اللبنانية"],
    ["قتل 12 شخصا وفقا لـ وزارة الصحة.", "وزارة الصحة"],
    ["وفق وزارة الصحة في غزة فإن عدد القتلى ارتفع.", "وزارة الصحة"],
    ["حسب مصادر محلية", "مصادر محلية"],
    ["وقالت إن المحادثات فشلت.", null],
    ["وأضاف أن الوضع خطير.", null],
    ["أعلن الجيش السوري سيطرته على المدينة", null],
  ])("%s", (sentence, claimant) => {
    expect(suggestClaimant(sentence)).toBe(claimant);
  });
});

describe("suggestClaimant on the seed article", () => {
  it("finds the two attributed sentences and nothing else", () => {
    const sentences = seed.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim());
    const found = sentences.map((s) => suggestClaimant(s)).filter((c) => c !== null);
    expect(found).toEqual(["State media", "opposition forces under the newly formed “Southern Operations Room”"]);
  });

  it("reads the attribution shapes the article uses", () => {
    expect(
      suggestClaimant(
        "In the south, opposition forces under the newly formed “Southern Operations Room” announced the capture of Daraa city.",
      ),
    ).toBe("opposition forces under the newly formed “Southern Operations Room”");
    expect(
      suggestClaimant("ALBAWABA - Syrian rebel soldiers took the Quneitra police headquarters near the Golan Heights."),
    ).toBeNull();
  });
});

describe("suggestClaimant limits", () => {
  it("returns null for a clause-like or over-long subject", () => {
    expect(suggestClaimant("The man who was arrested yesterday in the city said he was innocent.")).toBeNull();
    const long = "The " + "very ".repeat(20) + "large committee said prices rose.";
    expect(suggestClaimant(long)).toBeNull();
  });

  it("runs in linear time on adversarial input", () => {
    for (const input of [
      "said ".repeat(40_000),
      "a".repeat(200_000),
      "قال ".repeat(50_000),
      ", ".repeat(100_000) + "said",
    ]) {
      const t = performance.now();
      suggestClaimant(input);
      expect(performance.now() - t).toBeLessThan(500);
    }
  });
});
