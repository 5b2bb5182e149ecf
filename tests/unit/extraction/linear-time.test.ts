// Import text processing runs in time linear in its input, for every input (issue 10: 20,000 CJK
// characters in one paragraph once blocked the server for 19 s). Each adversarial shape is run at
// n and 4n characters: linear work grows about 4×, quadratic 16×. The ratio must stay under 8,
// and 4n must finish under a ceiling generous enough for a loaded 2-core CI machine (before the
// fix, the quadratic shapes took from 5 s to hours at this size).
import { describe, expect, it } from "vitest";
import { normaliseBody } from "@/lib/articles/body";
import { HtmlTooDeepError, htmlToText } from "@/lib/articles/html";
import { decodeUpload } from "@/lib/articles/upload";
import { AppError } from "@/lib/errors";
import { extractClaims } from "@/lib/extraction";
import { fill, HTML_SHAPES, TEXT_SHAPES, type Shape } from "./adversarial";

const SMALL = 50_000;
const LARGE = 4 * SMALL;
const MAX_RATIO = 8;
const CEILING_MS = 3_000;
// Below this a timing is mostly noise (a garbage collection, a JIT tier-up), so the ratio's
// denominator never goes under it.
const NOISE_FLOOR_MS = 10;
/**
 * Measurements taken (until one shows a ratio under MAX_RATIO). Five: CI once saw three in a row
 * stretched by other suites' work (blank lines, 13.7 → 143.6 ms, against 4 → 13 ms alone).
 */
const MEASUREMENTS = 5;

function timeOf(run: () => unknown): number {
  const start = performance.now();
  try {
    run();
  } catch (error) {
    // Refusing an input is a result too (e.g. HTML nested too deep); only the time matters here.
    if (!(error instanceof HtmlTooDeepError)) throw error;
  }
  return performance.now() - start;
}

function expectLinear(run: (input: string) => unknown, make: (n: number) => string) {
  timeOf(() => run(make(5_000))); // warm up the code paths this shape takes
  // The better of two runs at each size: one garbage collection must not decide the ratio.
  const best = (n: number) => {
    const input = make(n);
    return Math.min(
      timeOf(() => run(input)),
      timeOf(() => run(input)),
    );
  };
  // Other test files share the cores: a burst of their work during one run can stretch it. Quadratic
  // work grows 16× on every try, so the best of five measurements still tells it from noise.
  let small = 0;
  let large = Infinity;
  let ratio = Infinity;
  for (let attempt = 0; attempt < MEASUREMENTS && ratio >= MAX_RATIO; attempt++) {
    small = best(SMALL);
    large = best(LARGE);
    ratio = large / Math.max(small, NOISE_FLOOR_MS);
  }
  expect.soft(large, `${LARGE} characters took ${large.toFixed(0)} ms`).toBeLessThan(CEILING_MS);
  expect(ratio, `${SMALL} → ${LARGE} characters: ${small.toFixed(1)} → ${large.toFixed(1)} ms`).toBeLessThan(MAX_RATIO);
}

describe("extractClaims runs in linear time", () => {
  it.each(TEXT_SHAPES)("%s", (_, make) => expectLinear((text) => extractClaims(text), make), 30_000);
});

describe("htmlToText runs in linear time", () => {
  it.each(HTML_SHAPES)("%s", (_, make) => expectLinear((html) => htmlToText(html), make), 30_000);
});

describe("normaliseBody and the Markdown title run in linear time", () => {
  it.each<Shape>([
    ["line endings of every kind", (n) => `\uFEFF${fill("a\r\n\r\r\n", n - 1)}`],
    ["one long word", (n) => fill("a", n)],
  ])("normaliseBody: %s", (_, make) => expectLinear((text) => normaliseBody(text), make), 30_000);

  // A heading of 200,000 hashes is not language, and the upload says so after reading its title:
  // the refusal is the expected outcome; the time (title scan and language check) is what counts.
  const markdown = (text: string) => {
    try {
      return decodeUpload("notes.md", new TextEncoder().encode(text));
    } catch (error) {
      if (error instanceof AppError && /does not look like language/.test(error.message)) return null;
      throw error;
    }
  };
  it.each<Shape>([
    ["a heading with a run of spaces", (n) => `# a${fill(" ", n - 4)}b`],
    ["a heading of hashes", (n) => `# ${fill("#", n - 3)}x`],
  ])("Markdown title: %s", (_, make) => expectLinear(markdown, make), 30_000);
});
