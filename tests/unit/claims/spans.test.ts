import { describe, expect, it } from "vitest";
import { normaliseBody } from "@/lib/articles/body";
import { CONTEXT_CHARS as EXTRACTION_CONTEXT } from "@/lib/extraction";
import {
  CONTEXT_CHARS,
  contextOf,
  isGraphemeBoundary,
  mergeSpans,
  overlaps,
  selectionToSpan,
  spanProblem,
  snapSplitPoint,
  splitOffsets,
  splitSpan,
  trimSpan,
} from "@/lib/claims/spans";

const slice = (text: string, span: { start: number; end: number } | null) =>
  span ? text.slice(span.start, span.end) : null;

describe("selectionToSpan", () => {
  it("orders anchor and focus, clamps to the body and trims whitespace", () => {
    const body = "Intro.  Prices rose 4% in May.  Outro.";
    const start = body.indexOf("Prices") - 2;
    const end = body.indexOf("May.") + 6;
    expect(slice(body, selectionToSpan(body, end, start))).toBe("Prices rose 4% in May.");
    expect(slice(body, selectionToSpan(body, -5, 6))).toBe("Intro.");
    expect(slice(body, selectionToSpan(body, body.length - 6, body.length + 10))).toBe("Outro.");
    expect(selectionToSpan(body, 6, 8)).toBeNull();
    expect(selectionToSpan(body, 3, 3)).toBeNull();
  });

  it("widens a selection that ends inside an emoji to the whole grapheme", () => {
    const body = "The family 👩‍👩‍👧 moved to Homs.";
    const emoji = body.indexOf("👩");
    // Ends after the first code unit of the ZWJ sequence (a lone high surrogate).
    const span = selectionToSpan(body, 4, emoji + 1);
    expect(slice(body, span)).toBe("family 👩‍👩‍👧");
    // Starts in the middle of the sequence: widened back to its start.
    expect(slice(body, selectionToSpan(body, emoji + 3, body.length))).toBe("👩‍👩‍👧 moved to Homs.");
  });

  it("keeps combining marks with their letter", () => {
    const body = "Cafe\u0301 prices rose.";
    const afterE = body.indexOf("e\u0301") + 1; // between "e" and its combining acute accent
    expect(isGraphemeBoundary(body, afterE)).toBe(false);
    expect(slice(body, selectionToSpan(body, 0, afterE))).toBe("Cafe\u0301");
  });

  it("maps right-to-left text by logical (string) order", () => {
    const body = "قال المسؤولون إن 1200 شخص تم إجلاؤهم. Then English.";
    const start = body.indexOf("إن");
    const end = body.indexOf(".") + 1;
    const span = selectionToSpan(body, end, start);
    expect(slice(body, span)).toBe("إن 1200 شخص تم إجلاؤهم.");
    expect(spanProblem(body, { ...span!, text: "إن 1200 شخص تم إجلاؤهم." })).toBeNull();
  });

  it("offsets into a CRLF-normalised body count each line break once", () => {
    const body = normaliseBody("\uFEFFFirst line.\r\nSecond claim here.\r\n\r\nThird.");
    expect(body).toBe("First line.\nSecond claim here.\n\nThird.");
    const start = body.indexOf("Second");
    expect(slice(body, selectionToSpan(body, start - 1, start + "Second claim here.".length + 2))).toBe(
      "Second claim here.",
    );
    expect(start).toBe(12);
  });
});

describe("spanProblem", () => {
  const body = "Officials said 1,200 people were evacuated. 🇸🇾 flag.";
  it("accepts an exact in-range span", () => {
    expect(spanProblem(body, { start: 0, end: 9, text: "Officials" })).toBeNull();
  });
  it("refuses out-of-range, reversed, mismatching and half-character spans", () => {
    expect(spanProblem(body, { start: -1, end: 4, text: "x" })).toMatch(/outside/);
    expect(spanProblem(body, { start: 0, end: body.length + 1, text: body })).toMatch(/outside/);
    expect(spanProblem(body, { start: 5, end: 5, text: "" })).toMatch(/outside/);
    expect(spanProblem(body, { start: 0, end: 9, text: "Officialz" })).toMatch(/does not match/);
    const flag = body.indexOf("🇸🇾");
    expect(spanProblem(body, { start: flag, end: flag + 2, text: body.slice(flag, flag + 2) })).toMatch(/half/);
    expect(spanProblem(body, { start: 9, end: 10, text: " " })).toMatch(/words/);
  });
});

describe("splitSpan and splitPoints", () => {
  const body = "Intro. Unemployment fell to 4% and exports rose 12% in 2023. Outro.";
  const span = { start: body.indexOf("Unemployment"), end: body.indexOf("2023.") + 5 };

  it("splits into two trimmed sub-spans of the original", () => {
    const at = body.indexOf("and exports");
    const parts = splitSpan(body, span, at);
    expect(parts?.map((p) => slice(body, p))).toEqual(["Unemployment fell to 4%", "and exports rose 12% in 2023."]);
    for (const part of parts!) {
      expect(part.start).toBeGreaterThanOrEqual(span.start);
      expect(part.end).toBeLessThanOrEqual(span.end);
    }
  });

  it("refuses points at the edges, outside, inside a grapheme, or leaving a part without words", () => {
    expect(splitSpan(body, span, span.start)).toBeNull();
    expect(splitSpan(body, span, span.end)).toBeNull();
    expect(splitSpan(body, span, 2)).toBeNull();
    expect(splitSpan(body, span, span.end - 1)).toBeNull(); // second part would be "."
    const emojiBody = "Crowds 🎉 cheered loudly.";
    expect(splitSpan(emojiBody, { start: 0, end: emojiBody.length }, emojiBody.indexOf("🎉") + 1)).toBeNull();
  });

  it("offers every word start where both parts keep words, each one a valid split", () => {
    const offsets = splitOffsets(body, span);
    expect(offsets[0]).toBe(body.indexOf("fell"));
    expect(offsets).toContain(body.indexOf("and exports"));
    for (const at of offsets) expect(splitSpan(body, span, at)).not.toBeNull();
    expect(offsets.at(-1)).toBe(body.indexOf("2023."));
  });

  it("splits between emoji and RTL words without cutting them", () => {
    const mixed = "الأسعار ارتفعت 👩🏽‍⚕️ doctors said";
    const offsets = splitOffsets(mixed, { start: 0, end: mixed.length });
    for (const at of offsets) expect(isGraphemeBoundary(mixed, at)).toBe(true);
    expect(offsets.map((at) => mixed.slice(at, at + 7))).toContain("doctors");
  });
});

describe("snapSplitPoint: a click or selection in the claim's text → the split's place", () => {
  const body = "Intro. Unemployment fell to 4% and exports rose 12% in 2023. Outro.";
  const span = { start: body.indexOf("Unemployment"), end: body.indexOf("2023.") + 5 };
  const exports = body.indexOf("exports");

  it("keeps a word start as it is", () => {
    expect(snapSplitPoint(body, span, exports)).toBe(exports);
  });

  it("snaps a point inside a word to the nearer of its start and the next word's start", () => {
    expect(snapSplitPoint(body, span, exports + 2)).toBe(exports); // "ex|ports"
    expect(snapSplitPoint(body, span, exports + 6)).toBe(body.indexOf("rose")); // "export|s"
  });

  it("takes the next word for a point in the gap between words and on a tie", () => {
    const and = body.indexOf("and");
    expect(snapSplitPoint(body, span, and - 1)).toBe(and); // "4%| and": 1 from "and", 3 from "4%"
    const to = body.indexOf("to 4%");
    expect(snapSplitPoint(body, span, to + 1)).toBe(to); // "t|o 4%": 1 from "to", 2 from "4%"
    const i = body.indexOf("in 2023");
    expect(snapSplitPoint(body, span, i + 1)).toBe(i); // "i|n 2023": 1 from "in", 2 from "2023"
    expect(snapSplitPoint(body, span, i + 2)).toBe(i + 3); // "in| 2023": 1 from "2023", 2 from "in"
    const tie = "Alpha bet gamma.";
    // "be|t gamma": 2 from "bet" (6) and 2 from "gamma" (10): the later one.
    expect(snapSplitPoint(tie, { start: 0, end: tie.length }, 8)).toBe(10);
  });

  it("clamps a point at the claim's first word to the first valid place, and at its end to the last", () => {
    expect(snapSplitPoint(body, span, span.start)).toBe(body.indexOf("fell"));
    expect(snapSplitPoint(body, span, span.end)).toBe(body.indexOf("2023."));
  });

  it("refuses offsets outside the claim, fractions, and claims without a place to split", () => {
    expect(snapSplitPoint(body, span, span.start - 1)).toBeNull();
    expect(snapSplitPoint(body, span, span.end + 1)).toBeNull();
    expect(snapSplitPoint(body, span, exports + 0.5)).toBeNull();
    expect(snapSplitPoint("Unemployment.", { start: 0, end: 13 }, 4)).toBeNull();
  });

  it("never cuts a grapheme: a point inside an emoji snaps to a word start", () => {
    const text = "Crowds 🎉 cheered loudly.";
    const at = snapSplitPoint(text, { start: 0, end: text.length }, text.indexOf("🎉") + 1);
    expect(at).toBe(text.indexOf("cheered"));
  });
});

describe("mergeSpans, overlaps, trimSpan, contextOf", () => {
  it("covers both spans and what lies between", () => {
    expect(mergeSpans({ start: 30, end: 40 }, { start: 5, end: 12 })).toEqual({ start: 5, end: 40 });
  });
  it("treats touching spans as not overlapping", () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(overlaps({ start: 0, end: 6 }, { start: 5, end: 9 })).toBe(true);
  });
  it("trims to nothing for whitespace-only spans", () => {
    expect(trimSpan("a \n b", { start: 1, end: 4 })).toBeNull();
  });
  it("uses the extraction's 32-character context", () => {
    expect(CONTEXT_CHARS).toBe(EXTRACTION_CONTEXT);
    const body = `${"x".repeat(50)}CLAIM${"y".repeat(50)}`;
    const { prefix, suffix } = contextOf(body, { start: 50, end: 55 });
    expect(prefix).toBe("x".repeat(32));
    expect(suffix).toBe("y".repeat(32));
  });
});
