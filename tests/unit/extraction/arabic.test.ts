// Issue 14: Arabic segmentation, debris, scoring, splitting and statements.
import { describe, expect, it } from "vitest";
import { assessLanguage, extractClaims, extractWithCandidates, scoreSentence, segment, tokenize, CLAIM_SCORE_THRESHOLD } from "@/lib/extraction";
import { arabicStem, bare } from "@/lib/extraction/arabic";

const sentences = (text: string) => segment(text).map((s) => text.slice(s.start, s.end));
const SANA = "وأعلنت وكالة الأنباء السورية الرسمية (سانا) أن ١٢ شخصاً قُتلوا في انفجار بمدينة حمص يوم الثلاثاء.";

describe("Arabic segmentation", () => {
  it("ends sentences at ؟ and at a full stop after an Arabic word, not at ، or inside a decimal", () => {
    const text = "هل تنجح الحكومة؟ قال الوزير إن العجز بلغ ٢٫١٪، وهو الأدنى. وارتفعت الصادرات 3.5% في أيلول.";
    expect(sentences(text)).toEqual(["هل تنجح الحكومة؟", "قال الوزير إن العجز بلغ ٢٫١٪، وهو الأدنى.", "وارتفعت الصادرات 3.5% في أيلول."]);
  });

  it("keeps a sentence opening with « together with its closing quote", () => {
    const text = "«جمعنا ٤٫٨ مليار دولار»، أضاف الوزير. «نحن مستعدون»، قال.";
    expect(sentences(text)).toEqual(["«جمعنا ٤٫٨ مليار دولار»، أضاف الوزير.", "«نحن مستعدون»، قال."]);
  });

  it("reads Arabic-Indic decimals and thousands as one number", () => {
    expect(tokenize("بلغ ٢٩٫٢٥٪ و٢٬٤٠٠ خيمة").map((t) => t.text)).toEqual(["بلغ", "٢٩٫٢٥", "٪", "و٢٬٤٠٠", "خيمة"]);
  });
});

describe("Arabic datelines, credits and page chrome", () => {
  it("drops a dateline line and trims an inline dateline and a trailing agency credit", () => {
    const text = `دمشق - سانا\n\n${SANA}\n\nالقاهرة (رويترز) - رفع البنك المركزي أسعار الفائدة ٢٠٠ نقطة أساس يوم الخميس. (رويترز)`;
    const claims = extractClaims(text).map((c) => c.text);
    expect(claims).toEqual([SANA, "رفع البنك المركزي أسعار الفائدة ٢٠٠ نقطة أساس يوم الخميس."]);
  });

  it("never offers navigation, share buttons, related links or wire credits, even as candidates", () => {
    const text = [
      "الرئيسية | أخبار | سياسة | اقتصاد",
      "شارك على فيسبوك",
      "نسخ الرابط",
      "",
      "قالت وزارة الصحة إن ١٤ مريضاً توفوا منذ بداية الموجة.",
      "",
      "اقرأ أيضاً",
      "الحكومة تقر موازنة ٢٠٢٦ بعجز قياسي",
      "",
      "(تغطية صحفية ليلى بسام - تحرير أحمد إلهامي)",
      "جميع الحقوق محفوظة © ٢٠٢٥",
    ].join("\n");
    const { claims, belowThreshold } = extractWithCandidates(text);
    expect(claims.map((c) => c.text)).toEqual(["قالت وزارة الصحة إن ١٤ مريضاً توفوا منذ بداية الموجة."]);
    expect(belowThreshold).toEqual([]);
  });
});

describe("Arabic scoring", () => {
  it("extracts a verb-first sentence with the conjunction on its verb, as an attributed event", () => {
    const [claim] = extractClaims(SANA);
    expect(claim.text).toBe(SANA);
    expect(claim.reasons).toEqual(expect.arrayContaining(["reports an event or action", 'attributed ("said", "according to")', "contains a number or quantity"]));
    expect(claim.reasons.join(" ")).not.toContain("no verb");
  });

  it("reads attribution in its several forms", () => {
    for (const s of [
      "قال محافظ حمص إن الانفجار وقع في شارع مزدحم.",
      "وأكدت الوزارة أن المستشفيات استقبلت المصابين.",
      "وبحسب منظمة الصحة العالمية، بلغت نسبة الوفيات ٠٫٨٪.",
      "ووفقاً للتقرير، تعرض 87 موقعاً لهجمات.",
      "ونقلت الوكالة عن مصادر محلية أن عائلات نزحت من البلدة.",
    ]) {
      const r = scoreSentence(s);
      expect(r.reasons, s).toContain('attributed ("said", "according to")');
      expect(r.score, s).toBeGreaterThanOrEqual(CLAIM_SCORE_THRESHOLD);
    }
  });

  it("scores opinion, questions and calls to action below the threshold", () => {
    for (const s of [
      "نحن بحاجة إلى حلول جذرية لا إلى وعود.",
      "ويرى خبراء أن القرار جريء لكنه ضروري.",
      "هل تنجح الحكومة في إقناع صندوق النقد الدولي؟",
      "يجب على المجتمع الدولي أن يتحرك فوراً لإنقاذ هؤلاء الناس.",
      "تابعونا على منصات التواصل الاجتماعي لمزيد من الأخبار.",
    ]) {
      expect(scoreSentence(s).score, s).toBeLessThan(CLAIM_SCORE_THRESHOLD);
    }
    expect(scoreSentence("هل تنجح الحكومة في إقناع صندوق النقد الدولي؟").reasons).toContain("question (−)");
  });

  it("gives a quoted view without a figure less than a quoted figure", () => {
    const view = extractClaims("«نحن نؤمن بأن الاقتصاد اللبناني قادر على النهوض»، قال جابر.", { threshold: 0 })[0];
    const figure = extractClaims("«جمعنا ٤٫٨ مليار دولار من الإيرادات في تسعة أشهر»، أضاف الوزير.", { threshold: 0 })[0];
    expect(view.score).toBeLessThan(CLAIM_SCORE_THRESHOLD);
    expect(figure.score).toBeGreaterThanOrEqual(CLAIM_SCORE_THRESHOLD);
  });
});

describe("Arabic splitting and statements", () => {
  it("splits two assertions joined by و and a new verb; the second reads without its و", () => {
    const text = "وأغلقت السلطات المحلية ٤٠ مدرسة ونقلت ٦٠٠ عائلة إلى مراكز إيواء مؤقتة.";
    const claims = extractClaims(text);
    expect(claims.map((c) => c.text)).toEqual(["وأغلقت السلطات المحلية ٤٠ مدرسة", "ونقلت ٦٠٠ عائلة إلى مراكز إيواء مؤقتة."]);
    expect(claims[1].statement).toBe("نقلت ٦٠٠ عائلة إلى مراكز إيواء مؤقتة.");
    expect(claims[0].statement).toBe(claims[0].text);
  });

  it("restores the attribution of a second reported clause (وإن …)", () => {
    const text = "وقال البنك في بيان إن سعر الإيداع أصبح ٢٩٫٢٥٪ وإن سعر الإقراض ارتفع إلى ٣٠٫٢٥٪.";
    const claims = extractClaims(text);
    expect(claims.map((c) => c.text)).toEqual(["وقال البنك في بيان إن سعر الإيداع أصبح ٢٩٫٢٥٪", "وإن سعر الإقراض ارتفع إلى ٣٠٫٢٥٪."]);
    expect(claims[1].statement).toBe("قال البنك في بيان إن سعر الإقراض ارتفع إلى ٣٠٫٢٥٪.");
  });

  it("leaves whole a word that is itself a verb (وفرت), a list of nouns, and a quotation", () => {
    for (const s of [
      "وقال الوزير إن الحكومة وفرت ٣٨ ألف فرصة عمل في القطاع الخاص.",
      "وزارت الوزيرة حمص وحماة وحلب خلال الأسبوع الماضي.",
      "«أغلقنا ٤٠ مدرسة ونقلنا ٦٠٠ عائلة»، قال المحافظ.",
    ]) {
      expect(extractClaims(s, { threshold: 0 }).map((c) => c.text), s).toEqual([s]);
    }
  });
});

describe("Arabic is language", () => {
  it("accepts Arabic, and Arabic mixed with a Latin URL, acronyms and Western digits", () => {
    expect(assessLanguage(SANA).isLanguage).toBe(true);
    const mixed = "نشرت منظمة «سمكس» تقريراً على موقعها https://smex.org/report-2025 يفيد بأن 40% من المواقع الحكومية لا تستخدم شهادات TLS صالحة، وتعرض 87 موقعاً لهجمات DDoS.";
    expect(assessLanguage(mixed)).toEqual({ isLanguage: true, reason: null });
    expect(extractClaims(mixed).length).toBeGreaterThan(0);
  });

  it("folds letter variants and attached particles for headline matching", () => {
    expect(bare("وأعْلَنَتْ المبانـي مستشفى الإصابة")).toBe("واعلنت المباني مستشفي الاصابه");
    expect(new Set(["حكومة", "الحكومة", "والحكومات"].map(arabicStem)).size).toBe(1);
  });
});
