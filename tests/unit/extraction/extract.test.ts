import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLAIM_SCORE_THRESHOLD, extractClaims, scoreSentence, type ExtractedClaim } from "@/lib/extraction";

const seed = fs.readFileSync(path.resolve(__dirname, "../../../prisma/seed/seed-article.txt"), "utf8");

function expectInvariants(input: string, claims: ExtractedClaim[], threshold = CLAIM_SCORE_THRESHOLD): void {
  claims.forEach((c, i) => {
    expect(input.slice(c.start, c.end)).toBe(c.text);
    expect(c.prefix).toBe(input.slice(Math.max(0, c.start - 32), c.start));
    expect(c.suffix).toBe(input.slice(c.end, c.end + 32));
    expect(c.prefix.length).toBeLessThanOrEqual(32);
    expect(c.suffix.length).toBeLessThanOrEqual(32);
    expect(c.ordinal).toBe(i);
    expect(c.score).toBeGreaterThanOrEqual(threshold);
    expect(c.score).toBeLessThanOrEqual(1);
    expect(Math.round(c.score * 1000) / 1000).toBe(c.score);
    expect(c.text).toBe(c.text.trim());
    if (i > 0) expect(c.start).toBeGreaterThanOrEqual(claims[i - 1].end);
  });
}

describe("extractClaims", () => {
  it("extracts the seed article's claims and none of its debris", () => {
    const claims = extractClaims(seed);
    expectInvariants(seed, claims);
    const texts = claims.map((c) => c.text);
    expect(texts).toContain("Syrian rebel soldiers took the Quneitra police headquarters near the Golan Heights.");
    expect(texts).toContain("The U.S.-backed Free Syrian Army has taken Jabal Ghurab near Homs");
    expect(texts).toContain("attacked regime-controlled Palmyra landmarks.");
    for (const t of texts) {
      expect(t).not.toMatch(/Published|Photo by|ALBAWABA|Subscribe|Sign up/);
    }
    expect(claims.length).toBeGreaterThanOrEqual(15);
  });

  it("is deterministic", () => {
    expect(extractClaims(seed)).toEqual(extractClaims(seed));
  });

  it("gives the same claims for CRLF input, with offsets into the CRLF string", () => {
    const crlf = seed.replace(/\n/g, "\r\n");
    const a = extractClaims(seed);
    const b = extractClaims(crlf);
    expectInvariants(crlf, b);
    expect(b.map((c) => c.text)).toEqual(a.map((c) => c.text));
    expect(b.map((c) => c.score)).toEqual(a.map((c) => c.score));
    expect(b[1].start).toBeGreaterThan(a[1].start); // shifted by the extra \r characters
  });

  it("keeps offsets exact around emoji and combining marks", () => {
    const input =
      "🔥🇸🇾 Breaking 👩‍👩‍👧\n\nThe cafe\u0301 owner José said 1,200 people attended the protest in Zürich on Monday. 🎉 Police arrested 14 people near the station.";
    const claims = extractClaims(input);
    expectInvariants(input, claims);
    expect(claims.map((c) => c.text)).toEqual([
      "The cafe\u0301 owner José said 1,200 people attended the protest in Zürich on Monday.",
      "Police arrested 14 people near the station.",
    ]);
    expect(claims[1].prefix.endsWith("🎉 ")).toBe(true);
  });

  it("handles right-to-left text (Arabic and Hebrew) without breaking offsets", () => {
    const input =
      "قال مسؤولون إن 12 شخصا قتلوا في حمص يوم الجمعة. وأضافوا أن 40 آخرين أصيبوا.\n\nהממשלה אישרה תקציב של 3.5 מיליארד שקל. The army said 12 people were killed in Homs on Friday.";
    const claims = extractClaims(input, { threshold: 0 });
    expectInvariants(input, claims, 0);
    expect(claims.map((c) => c.text)).toEqual([
      "قال مسؤولون إن 12 شخصا قتلوا في حمص يوم الجمعة.",
      "وأضافوا أن 40 آخرين أصيبوا.",
      "הממשלה אישרה תקציב של 3.5 מיליארד שקל.",
      "The army said 12 people were killed in Homs on Friday.",
    ]);
  });

  it("applies the threshold option", () => {
    const all = extractClaims(seed, { threshold: 0 });
    const none = extractClaims(seed, { threshold: 1.01 });
    expect(none).toEqual([]);
    expect(all.length).toBeGreaterThan(extractClaims(seed).length);
    expectInvariants(seed, all, 0);
  });

  it("returns nothing for empty and whitespace-only input", () => {
    expect(extractClaims("")).toEqual([]);
    expect(extractClaims("\r\n \n\t")).toEqual([]);
  });

  it("survives pathological input in linear time", () => {
    const words = Array.from({ length: 20_000 }, (_, i) => (i % 3 === 0 ? "and" : "walked")).join(" ");
    const t0 = performance.now();
    const claims = extractClaims(words);
    expect(performance.now() - t0).toBeLessThan(1000);
    expectInvariants(words, claims);
  });
});

describe("scoreSentence", () => {
  it("scores a factual statement with numbers, places and attribution above the threshold", () => {
    const r = scoreSentence("Police said 14 people were killed in Damascus on Friday.");
    expect(r.score).toBeGreaterThanOrEqual(CLAIM_SCORE_THRESHOLD);
    expect(r.reasons).toContain("contains a number or quantity");
    expect(r.reasons).toContain("names a place");
    expect(r.reasons).toContain('attributed ("said", "according to")');
  });

  it("scores opinion, questions, exhortation and predictions below the threshold, with (−) reasons", () => {
    const opinion = scoreSentence("I think this is a terrible idea.");
    expect(opinion.score).toBeLessThan(CLAIM_SCORE_THRESHOLD);
    expect(opinion.reasons).toContain("opinion language (−)");
    const question = scoreSentence("Who really benefits from faster commutes?");
    expect(question.score).toBeLessThan(CLAIM_SCORE_THRESHOLD);
    expect(question.reasons).toContain("question (−)");
    expect(scoreSentence("Let's all work together to build a better future.").score).toBeLessThan(CLAIM_SCORE_THRESHOLD);
    expect(scoreSentence("We will win this election.").score).toBeLessThan(CLAIM_SCORE_THRESHOLD);
  });

  it("returns a score in 0..1 rounded to 3 decimals for any string", () => {
    for (const s of ["", "?", "🎉", "   ", "x".repeat(5000)]) {
      const r = scoreSentence(s);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(Math.round(r.score * 1000) / 1000).toBe(r.score);
    }
  });
});
