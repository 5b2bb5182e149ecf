import { describe, expect, it } from "vitest";
import { assessLanguage, extractClaims, notLanguageMessage } from "@/lib/extraction";
import { RANDOM_KINDS } from "./random-text";

const article =
  "The regional council approved a 12% rise in bus fares on Tuesday. Fares will rise from 1 March, the council said.";

describe("text that is not language", () => {
  it.each(RANDOM_KINDS)("%s: no claims and a reason", (_name, make) => {
    for (let seed = 1; seed <= 10; seed++) {
      const text = make(1500, seed);
      expect(extractClaims(text, { threshold: 0 })).toEqual([]);
      const verdict = assessLanguage(text);
      expect(verdict.isLanguage).toBe(false);
      expect(verdict.reason).not.toBeNull();
      if (verdict.reason) expect(notLanguageMessage(verdict.reason)).toMatch(/random|not language/);
    }
  });

  it("drops a paragraph of random characters inside an article and keeps the article", () => {
    const [, make] = RANDOM_KINDS[0];
    const text = `${article}\n\n${make(400, 7)}\n\nPolice closed 3 roads near the station.`;
    expect(extractClaims(text).map((c) => c.text)).toEqual([
      ...extractClaims(article).map((c) => c.text),
      "Police closed 3 roads near the station.",
    ]);
    expect(extractClaims(article).length).toBeGreaterThan(0);
  });

  it("accepts real text in any script, tables of figures and very short text", () => {
    for (const text of [
      article,
      "قال مسؤولون إن 12 شخصا قتلوا في حمص يوم الجمعة، وأضافوا أن 40 آخرين أصيبوا.",
      "הממשלה אישרה תקציב של 3.5 מיליארד שקל והאופוזיציה התנגדה לכך.",
      "東京都は3日、新たに1,200人の感染を確認したと発表した。前週より300人多い。",
      "Правительство утвердило бюджет на 2026 год, расходы вырастут на 12 процентов.",
      "Η κυβέρνηση ανακοίνωσε ότι η ανεργία μειώθηκε στο 9,8% τον Μάρτιο.",
      "Index\tClose\tChange\nFTSE 100\t8,612.37\t+0.9%\nDAX\t19,408.55\t+1.2%\nCAC 40\t7,921.04\t+0.7%",
      "OK",
    ]) {
      expect(assessLanguage(text), text).toEqual({ isLanguage: true, reason: null });
    }
  });
});
