import { describe, expect, it } from "vitest";
import { candidateSpans, deriveStatement, extractClaims } from "@/lib/extraction";

const parts = (text: string) =>
  candidateSpans(text).map((c) => ({ quote: text.slice(c.start, c.end), statement: c.statement }));

describe("self-contained statements", () => {
  it("restores the subject of a verb phrase split off its sentence", () => {
    expect(
      parts(
        "The Kurdish-led Syrian Democratic Forces have seized two oil fields near Deir ez-Zor and captured a military airport.",
      ),
    ).toEqual([
      {
        quote: "The Kurdish-led Syrian Democratic Forces have seized two oil fields near Deir ez-Zor",
        statement: "The Kurdish-led Syrian Democratic Forces have seized two oil fields near Deir ez-Zor",
      },
      {
        quote: "captured a military airport.",
        statement: "The Kurdish-led Syrian Democratic Forces captured a military airport.",
      },
    ]);
  });

  it("keeps the attribution when the verb phrase continues a reported clause", () => {
    const [, second] = parts(
      "Local officials said the militia had blocked the main road for three days and detained 40 drivers.",
    );
    expect(second).toEqual({
      quote: "detained 40 drivers.",
      statement: "Local officials said the militia detained 40 drivers.",
    });
  });

  it("gives a speaker's own act to the speaker, not to the reported clause", () => {
    const [, second] = parts("The union said the company would cut 600 jobs by June and called the plan reckless.");
    expect(second.statement).toBe("The union called the plan reckless.");
    const [, said] = parts("The ministry confirmed the air strike and said fighting was continuing in the north.");
    expect(said.statement).toBe("The ministry said fighting was continuing in the north.");
  });

  it("skips a relative clause to find the subject", () => {
    const [, second] = parts(
      "The law, which passed by 61 votes to 40, raises the minimum wage to 14 euros and extends sick pay to part-time staff.",
    );
    expect(second.statement).toBe("The law extends sick pay to part-time staff.");
  });

  it("carries a trailing attribution to the clauses before it", () => {
    expect(parts("Imports fell 3.2% in May, and exports rose 1.9%, the customs office said.")).toEqual([
      { quote: "Imports fell 3.2% in May", statement: "Imports fell 3.2% in May, the customs office said." },
      {
        quote: "exports rose 1.9%, the customs office said.",
        statement: "Exports rose 1.9%, the customs office said.",
      },
    ]);
  });

  it("is the quote itself when nothing is missing", () => {
    const text = "Police arrested 14 people near the stadium on Saturday.";
    const [claim] = extractClaims(text);
    expect(claim.statement).toBe(claim.text);
  });

  it("never changes the anchor", () => {
    const text =
      "Prefix line\n\nThe army has retaken Tal Rifaat and shelled villages north of Aleppo, state media said.";
    for (const c of extractClaims(text, { threshold: 0 })) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(c.prefix).toBe(text.slice(Math.max(0, c.start - 32), c.start));
      expect(c.suffix).toBe(text.slice(c.end, c.end + 32));
    }
  });

  it("derives the same statement for a stored span, and the quote for any other span", () => {
    const text = "Intro.\n\nThe Free Syrian Army has taken Jabal Ghurab near Homs and attacked Palmyra landmarks.";
    const claims = extractClaims(text);
    const vp = claims.find((c) => c.text.startsWith("attacked"));
    expect(vp).toBeDefined();
    if (!vp) return;
    expect(deriveStatement(text, vp)).toBe("The Free Syrian Army attacked Palmyra landmarks.");
    const start = text.indexOf("Jabal");
    expect(deriveStatement(text, { start, end: start + "Jabal Ghurab".length })).toBe("Jabal Ghurab");
  });
});
