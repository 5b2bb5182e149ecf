import { describe, expect, it } from "vitest";
import { segment } from "@/lib/extraction";

const sentences = (text: string): string[] => segment(text).map((s) => text.slice(s.start, s.end));

describe("segment", () => {
  it("does not split after abbreviations and initials", () => {
    expect(sentences("Dr. Amira Castell of the U.S. Army spoke on Friday. Mr. Smith left.")).toEqual([
      "Dr. Amira Castell of the U.S. Army spoke on Friday.",
      "Mr. Smith left.",
    ]);
    expect(sentences("John F. Kennedy was elected in 1960. He was 43.")).toEqual([
      "John F. Kennedy was elected in 1960.",
      "He was 43.",
    ]);
  });

  it("splits after an initialism that ends a sentence", () => {
    expect(sentences("Troops returned to the U.S. The war was over.")).toEqual([
      "Troops returned to the U.S.",
      "The war was over.",
    ]);
  });

  it("keeps decimals, thousands, ranges and U.S.-backed together", () => {
    const text = "Turnout was 97.29% among 10,916,589 voters aged 18-20. The U.S.-backed group won 3.5 seats.";
    expect(sentences(text)).toEqual([
      "Turnout was 97.29% among 10,916,589 voters aged 18-20.",
      "The U.S.-backed group won 3.5 seats.",
    ]);
  });

  it("ends a sentence inside closing quotes, curly or straight", () => {
    expect(sentences("She replied: “It is over.” Then she left.")).toEqual(["She replied: “It is over.”", "Then she left."]);
    expect(sentences('He said "we lost." Then he resigned.')).toEqual(['He said "we lost."', "Then he resigned."]);
    expect(sentences('"We won\'t stop," he said. "Never."')).toEqual(['"We won\'t stop," he said.', '"Never."']);
  });

  it("does not split a quoted question followed by a lower-case attribution", () => {
    expect(sentences("“Why now?” she asked. Nobody answered.")).toEqual(["“Why now?” she asked.", "Nobody answered."]);
  });

  it("ends segments at line breaks: headlines and list items without a final period", () => {
    const text = "Port strike ends after nine days\n- Dock workers returned on Monday\n- The strike held up 40,000 containers\n\nNext paragraph here.";
    const segs = segment(text);
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual([
      "Port strike ends after nine days",
      "- Dock workers returned on Monday",
      "- The strike held up 40,000 containers",
      "Next paragraph here.",
    ]);
    expect(segs.map((s) => s.paragraph)).toEqual([0, 0, 0, 1]);
    expect(segs[0].wholeLine).toBe(true);
  });

  it("joins a hard-wrapped line that continues in lower case", () => {
    const text = "The council voted on Tuesday to approve the extension of the\ntram line to the airport. It costs €380 million.";
    expect(sentences(text)).toEqual([
      "The council voted on Tuesday to approve the extension of the\ntram line to the airport.",
      "It costs €380 million.",
    ]);
  });

  it("handles CRLF and lone CR line endings with exact offsets", () => {
    const text = "Headline here\r\n\r\nFirst sentence. Second one.\rThird line";
    expect(sentences(text)).toEqual(["Headline here", "First sentence.", "Second one.", "Third line"]);
    for (const s of segment(text)) expect(text.slice(s.start, s.end)).not.toMatch(/[\r\n]/);
  });

  it("returns nothing for empty or blank input", () => {
    expect(segment("")).toEqual([]);
    expect(segment(" \n\t\r\n ")).toEqual([]);
  });
});
