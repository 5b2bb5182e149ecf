import { describe, expect, it } from "vitest";
import { highlightShared } from "@/lib/similar/highlight";
import { candidateQuery, candidateQuestion, pairQuery, wordGroups } from "@/lib/similar/query";
import { rankCandidates } from "@/lib/similar/rank";
import { scoreSimilarity } from "@/lib/similar/score";
import { similarThresholds, thresholdFor } from "@/lib/similar/settings";
import { keyOf, readStatement } from "@/lib/similar/text";
import { skeleton, skeletonsMatch } from "@/lib/similar/transliterate";

const figures = (text: string) => readStatement(text).figures.map((figure) => figure.value);
const keys = (text: string) => readStatement(text).tokens.map((token) => token.key);

describe("reading a statement", () => {
  it("reads figures in every usual notation as one value", () => {
    expect(figures("1,200 people")).toEqual(["1200"]);
    expect(figures("1200 people")).toEqual(["1200"]);
    expect(figures("١٢٠٠ شخص")).toEqual(["1200"]);
    expect(figures("$4.2 billion")).toEqual(["4200000000"]);
    expect(figures("$4.2bn")).toEqual(["4200000000"]);
    expect(figures("Twelve people died")).toEqual(["12"]);
    expect(figures("rose by 6 percent")).toEqual(["6%"]);
    expect(figures("rose by 6%")).toEqual(["6%"]);
    expect(figures("بلغت 41 بالمئة")).toEqual(["41%"]);
    expect(figures("شارك 41 في المئة")).toEqual(["41%"]);
    expect(figures("فازت النساء بثمانية عشر مقعداً")).toEqual(["18"]);
    expect(figures("خمسين شاحنة")).toEqual(["50"]);
  });

  it("folds paraphrases of the same fact to one concept, in English and Arabic", () => {
    expect(new Set(["killed", "dead", "died", "deaths", "fatalities"].map(keyOf))).toEqual(new Set(["@kill"]));
    expect(new Set(["قتلى", "مقتل", "القتلى", "قُتل"].map(keyOf))).toEqual(new Set(["@kill"]));
    expect(new Set(["wounded", "injured", "hurt"].map(keyOf))).toEqual(new Set(["@injure"]));
  });

  it("drops Arabic diacritics, tatweel, letter variants and attached prefixes", () => {
    expect(keyOf("المستشفى")).toBe(keyOf("مستشفي"));
    expect(keyOf("والمدينة")).toBe(keyOf("مدينة"));
    expect(keyOf("سدّ")).toBe(keyOf("سد"));
    expect(keyOf("إعلان")).toBe(keyOf("اعلان"));
    expect(keyOf("المـــدينة")).toBe(keyOf("مدينة"));
    // A word that merely starts with ف or ب keeps it: "فيضانات" is not "يضانات".
    expect(keyOf("فيضانات")).toBe(keyOf("الفيضانات"));
  });

  it("leaves out function words and reporting verbs", () => {
    expect(keys("The ministry said that the hospital was closed, according to officials.")).not.toContain("said");
    expect(keys("قال مسؤولون إن المستشفى أُغلق")).not.toContain("قال");
  });
});

describe("the scorer", () => {
  it("scores a paraphrase with reordered clauses high and explains it", () => {
    const { score, reasons } = scoreSimilarity(
      "Kafr Nabl's main hospital was struck from the air late on Tuesday.",
      "An airstrike hit the main hospital in Kafr Nabl on Tuesday night.",
    );
    expect(score).toBeGreaterThanOrEqual(similarThresholds().suggest);
    expect(reasons.sharedWords).toEqual(expect.arrayContaining(["hospital", "Kafr Nabl"]));
  });

  it("points out conflicting figures without dropping the match", () => {
    const { score, reasons } = scoreSimilarity(
      "The death toll from the strike on Kafr Nabl hospital has risen to 15, the civil defence said.",
      "At least 12 people were killed in the strike on the hospital in Kafr Nabl, the civil defence said.",
    );
    expect(reasons.conflicts).toEqual([expect.objectContaining({ ours: "15", theirs: "12" })]);
    expect(score).toBeGreaterThanOrEqual(similarThresholds().suggest);
  });

  it("shares figures written differently", () => {
    const { reasons } = scoreSimilarity("اضطرت 4,000 عائلة إلى النزوح", "نزحت أكثر من ٤٠٠٠ عائلة من منازلها");
    expect(reasons.sharedNumbers).toEqual(["4000"]);
    expect(reasons.conflicts).toEqual([]);
  });

  it("does not read figures of different size or kind as a conflict", () => {
    const { reasons } = scoreSimilarity(
      "The council also cut funding for school buses by $12 million.",
      "The city council approved a budget of $4.2 billion for public schools next year.",
    );
    expect(reasons.conflicts).toEqual([]);
  });

  it("keeps a claim on the same topic but another fact below the threshold", () => {
    const { score } = scoreSimilarity(
      "The United Nations called for an independent investigation into the attack on the hospital.",
      "At least 12 people were killed in the strike on the hospital, the civil defence said.",
    );
    expect(score).toBeLessThan(similarThresholds().suggest);
  });

  it("scores unrelated statements zero-ish and empty ones zero", () => {
    expect(
      scoreSimilarity("Workers at the factory earn about $95 a month.", "بلغت نسبة المشاركة 41 بالمئة").score,
    ).toBeLessThan(0.1);
    expect(scoreSimilarity("", "anything").score).toBe(0);
  });
});

describe("thresholds and ranking", () => {
  it("applies the stricter threshold to short claims, from the settings", () => {
    const thresholds = { suggest: 0.5, short: 0.7 };
    expect(thresholdFor(7, thresholds)).toBe(0.7);
    expect(thresholdFor(8, thresholds)).toBe(0.5);
  });

  it("reads the thresholds from the environment, never letting the short one be the looser", () => {
    process.env.CLAIMLEDGER_SIMILAR_SUGGEST = "0.6";
    process.env.CLAIMLEDGER_SIMILAR_SUGGEST_SHORT = "0.4";
    try {
      expect(similarThresholds()).toEqual({ suggest: 0.6, short: 0.6 });
      process.env.CLAIMLEDGER_SIMILAR_SUGGEST = "2";
      expect(() => similarThresholds()).toThrow(/CLAIMLEDGER_SIMILAR_SUGGEST/);
    } finally {
      delete process.env.CLAIMLEDGER_SIMILAR_SUGGEST;
      delete process.env.CLAIMLEDGER_SIMILAR_SUGGEST_SHORT;
    }
  });

  it("ranks best first, at most three, only above the threshold", () => {
    const statement = "At least 12 people were killed in the strike on the hospital in Kafr Nabl on Tuesday.";
    const candidates = [
      { id: "same", statement: "Twelve people died when the hospital in Kafr Nabl was bombed on Tuesday." },
      { id: "conflict", statement: "The death toll from the strike on Kafr Nabl hospital has risen to 15." },
      { id: "topic", statement: "Aid groups in Kafr Nabl delivered 800 tents to families this week." },
      { id: "other", statement: "A fire broke out at a textile factory in Gazipur on Thursday morning." },
    ];
    const ranked = rankCandidates(statement, candidates);
    expect(ranked.map((s) => s.id)).toEqual(["same", "conflict"]);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
    expect(rankCandidates(statement, candidates, { thresholds: { suggest: 0, short: 0 } }).length).toBe(3);
  });
});

describe("highlighting and the candidate query", () => {
  it("marks exactly the shared words and figures of the earlier statement", () => {
    const earlier = "Twelve people died when the hospital was bombed.";
    const { reasons } = scoreSimilarity("12 killed in hospital strike", earlier);
    const runs = highlightShared(earlier, reasons);
    expect(runs.map((run) => run.text).join("")).toBe(earlier);
    expect(runs.filter((run) => run.shared).map((run) => run.text)).toEqual(["Twelve", "died", "hospital", "bombed"]);
  });

  it("asks the index for claims sharing two word groups, concept members in both languages, as plain words", () => {
    const groups = wordGroups('12 dead in Kafr-Nabl (hospital) or "strike" & !x');
    expect(groups).toContainEqual(["12", "twelve", "dozen"]);
    const dead = groups.find((group) => group.includes("dead"))!;
    // The concept's members in English and Arabic, one per stem.
    expect(dead).toEqual(expect.arrayContaining(["kill", "death", "died", "مقتل"]));
    expect(dead).not.toContain("kills");
    expect(groups.flat()).toEqual(expect.arrayContaining(["hospital", "مستشفي"]));
    // Every term is plain words joined by "&" (a phrase member): nothing else reaches to_tsquery.
    expect(groups.flat().every((term) => /^[\p{L}\p{N}.]+( & [\p{L}\p{N}.]+)*$/u.test(term))).toBe(true);
    const query = candidateQuery("hospital strike")!;
    expect(query).toMatch(/^\(hospital \| .*\) & \(strike \| .*\)$/);
    expect(candidateQuery("the")).toBeNull();
  });

  it("asks for figures as valued and as the database indexed them", () => {
    const groups = wordGroups("A budget of $4.2 billion for 1,200 schools, twelve of them new");
    expect(groups).toContainEqual(expect.arrayContaining(["4200000000", "4.2", "4.2bn"]));
    expect(groups).toContainEqual(expect.arrayContaining(["1200", "1 & 200"]));
    expect(groups).toContainEqual(["12", "twelve", "dozen"]);
    // Written out in the other language too, and an Arabic verb with its conjunction as indexed.
    expect(wordGroups("وأصيب سبعة آخرون")).toEqual(
      expect.arrayContaining([expect.arrayContaining(["7", "seven", "سبعه"]), expect.arrayContaining(["واصيب"])]),
    );
  });

  it("asks for a round figure with a scale in the other ways outlets write it", () => {
    // "ثلاثة ملايين" finds "$3m" (indexed as "3m") and "three million"; "$3m" finds "ثلاثة ملايين".
    expect(wordGroups("خسائر بنحو ثلاثة ملايين دولار")).toContainEqual(expect.arrayContaining(["3000000", "3m", "three & million", "3"]));
    expect(wordGroups("losses of $3m")).toContainEqual(expect.arrayContaining(["3000000", "ثلاثه & ملايين"]));
    // A figure that is no round multiple of a scale is asked for as it is.
    expect(wordGroups("1,623,415 pilgrims")).toContainEqual(["1623415", "1 & 623 & 415"]);
  });

  it("on a large desk asks for a rare group with any other, or a place and two common groups when none is rare", () => {
    const groups = [["killed"], ["hospital"], ["zindajan"], ["31"], ["province"], ["people"]];
    const rows: Record<string, number> = {
      killed: 9000,
      hospital: 4000,
      zindajan: 3,
      "31": 300,
      province: 2500,
      people: 20000,
    };
    const stats = { claims: 50_000, rowsOf: (group: string[]) => rows[group[0]!]! };
    const fallback = "province & hospital | province & killed | hospital & killed";
    // A rare group and one more (the three least common others), or two rare ones; the pairs of
    // those common groups only when that matches nothing.
    expect(candidateQuestion(groups, stats)).toEqual({
      primary: "(zindajan | 31) & (province | hospital | killed) | zindajan & 31",
      fallback,
    });
    // No rare group at all: the least common and two of the next three.
    const common = { claims: 50_000, rowsOf: (group: string[]) => (rows[group[0]!]! < 1000 ? 5000 : rows[group[0]!]!) };
    expect(candidateQuestion(groups, common)).toEqual({
      primary: "province & (hospital & zindajan | hospital & 31 | zindajan & 31)",
      fallback: "province & hospital | province & zindajan | hospital & zindajan",
    });
    // ... or the claim's place or name when it has one, whatever its figure.
    expect(candidateQuestion(groups, common, new Set(["zindajan"]))?.primary).toBe(
      "zindajan & (province & hospital | province & 31 | hospital & 31)",
    );
    // A claim of one rare word: that word.
    expect(candidateQuestion([["zindajan"]], stats)).toEqual({ primary: "zindajan", fallback: null });
    // A small desk, or no statistics yet: every pair of every group, nothing else.
    expect(candidateQuestion(groups, { ...stats, claims: 800 })).toEqual({
      primary: pairQuery(groups),
      fallback: null,
    });
    expect(candidateQuestion(groups, null)).toEqual({ primary: pairQuery(groups), fallback: null });
    expect(candidateQuestion([], stats)).toBeNull();
  });
});

describe("across languages and paraphrase families", () => {
  it("reads set phrases and their paraphrases as one concept", () => {
    expect(keys("About 15,000 dock workers walked off the job at the port")).toEqual(
      expect.arrayContaining(["@dockworker", "@walkout", "@port"]),
    );
    expect(keys("Some 15000 dockers stopped work")).toEqual(["@dockworker", "@walkout"]);
    expect(keyOf("vessels")).toBe(keyOf("ships"));
    expect(keyOf("schoolchildren")).toBe(keyOf("pupils"));
  });

  it("maps places, actors and news concepts between English and Arabic", () => {
    expect(keyOf("سوريا")).toBe(keyOf("Syria"));
    expect(keyOf("السوري")).toBe(keyOf("Syrian"));
    expect(keyOf("دمشق")).toBe(keyOf("Damascus"));
    expect(keys("الأمم المتحدة")).toEqual(keys("the United Nations"));
    expect(keys("خفر السواحل")).toEqual(keys("the coast guard"));
    expect(keyOf("النازحين")).toBe(keyOf("displaced"));
  });

  it("compares names no list knows by their consonant skeleton across scripts", () => {
    expect(skeleton("tobruk")).toBe(skeleton("طبرق"));
    expect(skeleton("fasher")).toBe(skeleton("فاشر"));
    expect(skeletonsMatch(skeleton("hodeidah"), skeleton("حديده"))).toBe(true);
    expect(skeletonsMatch(skeleton("tobruk"), skeleton("حلب"))).toBe(false);
    // Too short to tell a name from chance.
    expect(skeletonsMatch(skeleton("zuwara"), skeleton("زوارة"))).toBe(false);
  });

  it("suggests an Arabic report of a fact first reported in English, and keeps an unanchored look-alike below", () => {
    const english = "A boat carrying 300 migrants capsized off the coast near Qarabulli on Wednesday.";
    const { score, reasons } = scoreSimilarity("غرق قارب يقل 300 مهاجر قبالة ساحل القره بوللي يوم الأربعاء.", english);
    expect(score).toBeGreaterThanOrEqual(similarThresholds().suggest);
    expect(reasons.sharedNumbers).toEqual(["300"]);
    expect(reasons.sharedWords).toEqual(expect.arrayContaining(["boat", "migrants", "capsized"]));
    // Killed and a figure told differently, but another event (a flood, not the strike): no place, name or figure shared.
    const flood = scoreSimilarity(
      "لقي 23 شخصاً حتفهم في الفيضانات التي ضربت المدينة يوم الأحد.",
      "At least 12 people were killed in the strike on the hospital, the civil defence said.",
    );
    expect(flood.score).toBeLessThan(similarThresholds().suggest);
  });
});
