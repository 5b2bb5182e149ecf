import { describe, expect, it } from "vitest";
import { candidateSpans } from "@/lib/extraction";

const spans = (text: string): string[] => candidateSpans(text).map((c) => text.slice(c.start, c.end));

describe("splitting sentences into separate assertions", () => {
  it("splits coordinated verb phrases that share a subject", () => {
    expect(
      spans("The U.S.-backed Free Syrian Army has taken Jabal Ghurab near Homs and attacked regime-controlled Palmyra landmarks."),
    ).toEqual(["The U.S.-backed Free Syrian Army has taken Jabal Ghurab near Homs", "attacked regime-controlled Palmyra landmarks."]);
    expect(
      spans("State media said the army had strengthened its “strong defensive lines” in Homs and rejected military departures."),
    ).toEqual(["State media said the army had strengthened its “strong defensive lines” in Homs", "rejected military departures."]);
  });

  it("splits a series of verb phrases", () => {
    expect(
      spans("The government sold its 8% stake in the bank for £1.1 billion, closed three tax offices and moved 2,400 staff out of the capital."),
    ).toEqual([
      "The government sold its 8% stake in the bank for £1.1 billion",
      "closed three tax offices",
      "moved 2,400 staff out of the capital.",
    ]);
  });

  it("splits coordinated clauses after ', and' when the second has its own subject", () => {
    expect(spans("Inflation slowed to 3.1% in October, and unemployment held at 6.2%, the statistics office said.")).toEqual([
      "Inflation slowed to 3.1% in October",
      "unemployment held at 6.2%, the statistics office said.",
    ]);
  });

  it("does not split noun lists or clauses that lean on a pronoun", () => {
    const lists = [
      "Al-Sukhna, Al-Furqlus, and Palmyra in Homs province have been evacuated by the Syrian army.",
      "In Suwayda, local factions seized the Air Force Intelligence section and central prison.",
      "Over 50 towns and villages are opposition-controlled.",
      "The bill, which passed by 214 votes to 187, raises the top income tax rate to 45%.",
      "Health officials traced 2,950 contacts in February, and 412 of them received a vaccine within 72 hours.",
    ];
    for (const text of lists) expect(spans(text)).toEqual([text]);
  });

  it("scores a verb phrase with its subject in front, but anchors the span to the phrase alone", () => {
    const text = "State media said the army had strengthened its lines in Homs and rejected military departures.";
    const [, second] = candidateSpans(text);
    expect(text.slice(second.start, second.end)).toBe("rejected military departures.");
    expect(second.score).toBeGreaterThan(0.4);
  });
});
