import { describe, expect, it } from "vitest";
import { candidateSpans, extractClaims } from "@/lib/extraction";

const spans = (text: string): string[] => candidateSpans(text).map((c) => text.slice(c.start, c.end));

describe("page debris", () => {
  it("strips a dateline prefix from the claim span, not the whole sentence", () => {
    const text = "ALBAWABA - Syrian rebel soldiers took the Quneitra police headquarters near the Golan Heights.";
    expect(spans(text)).toEqual(["Syrian rebel soldiers took the Quneitra police headquarters near the Golan Heights."]);
    const wire = "SANTIAGO, Nov 3 (NWS) - Chile's copper production fell 4.1% in September.";
    expect(spans(wire)).toEqual(["Chile's copper production fell 4.1% in September."]);
    const ap = "WASHINGTON (AP) — The Senate passed the bill 52-48 on Tuesday.";
    expect(spans(ap)).toEqual(["The Senate passed the bill 52-48 on Tuesday."]);
  });

  it("drops publication dates and bylines", () => {
    expect(spans("Published December 7th, 2024 - 10:48 GMT")).toEqual([]);
    expect(spans("Updated 14 March 2026, 09:15 GMT")).toEqual([]);
    expect(spans("By Hannah Okafor, Health Correspondent")).toEqual([]);
    expect(spans("By Clara Mendel | 22 November 2026")).toEqual([]);
    expect(spans("By December, prices had risen 4%.")).toEqual(["By December, prices had risen 4%."]);
  });

  it("removes photo credits but keeps a caption that states something", () => {
    const text =
      "This aerial view shows an airbase after fighters captured it near Hama, on December 6, 2024. (Photo by OMAR HAJ KADOUR / AFP)";
    expect(spans(text)).toEqual(["This aerial view shows an airbase after fighters captured it near Hama, on December 6, 2024."]);
    expect(spans("Photo: Reuters")).toEqual([]);
    expect(spans("(AFP via Getty Images)")).toEqual([]);
  });

  it("drops navigation, calls to action and copyright lines", () => {
    const text = [
      "Skip to content",
      "Menu",
      "Home | World | Business | Markets | Sport",
      "Subscribe",
      "Sign up to our newsletter for exclusive updates and enhanced content",
      "© 2026 Newswire Services. All rights reserved.",
      "Privacy Policy | Terms of Use",
    ].join("\n");
    expect(spans(text)).toEqual([]);
  });

  it("drops an 'Also read:' line and the link headlines under a 'Related stories' label", () => {
    const text = [
      "Copper prices rose 1.2% on Tuesday.",
      "",
      "Also read: Lithium prices hit three-year low as Chinese demand cools",
      "",
      "Related stories",
      "Copper miners brace for tougher royalty regime",
      "Peru's Las Bambas mine halts shipments after road blockade",
      "",
      "Mining accounts for about 12% of Chile's output.",
    ].join("\n");
    expect(spans(text)).toEqual(["Copper prices rose 1.2% on Tuesday.", "Mining accounts for about 12% of Chile's output."]);
  });

  it("drops agency sign-offs and wire credits", () => {
    expect(spans("No injuries were reported in the fire, police said. - AP")).toEqual([
      "No injuries were reported in the fire, police said.",
    ]);
    expect(spans("- AP")).toEqual([]);
    expect(spans("(Reporting by Diego Fuentes; Editing by Maria Holt)")).toEqual([]);
  });

  it("keeps only the first copy of a repeated headline", () => {
    const text = "Rebels take Quneitra police headquarters\n\nPublished today\nRebels take Quneitra police headquarters";
    expect(spans(text)).toEqual(["Rebels take Quneitra police headquarters"]);
    expect(candidateSpans(text)[0].start).toBe(0);
  });

  it("returns no claim from the seed article's footer", () => {
    const claims = extractClaims("Subscribe\n\nSign up to our newsletter for exclusive updates and enhanced content\n");
    expect(claims).toEqual([]);
  });
});
