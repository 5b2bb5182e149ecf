// Every gold text (both splits) through the extractor: exact anchors, statements, no bare spans,
// and every required gold claim's sentence is reachable as a candidate. The quality figures
// themselves are printed by `npm run eval:extraction`.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractWithCandidates, isBareSpan } from "@/lib/extraction";

const ROOT = path.resolve(__dirname, "../../..");
const FIXTURES = path.join(ROOT, "tests", "fixtures", "extraction");
const golds = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".gold.json"))
  .map((f) => ({
    name: f,
    spec: JSON.parse(fs.readFileSync(path.join(FIXTURES, f), "utf8")) as { source: string; split: string },
  }));

describe("gold texts", () => {
  it("has at least 15 texts, split into tune and report", () => {
    expect(golds.length).toBeGreaterThanOrEqual(15);
    expect(new Set(golds.map((g) => g.spec.split))).toEqual(new Set(["tune", "report"]));
  });

  it.each(golds)("$name: exact anchors, statements, no bare spans", ({ spec }) => {
    const text = fs.readFileSync(path.join(ROOT, spec.source), "utf8");
    const { claims, belowThreshold } = extractWithCandidates(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of [...claims, ...belowThreshold]) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(c.statement.length).toBeGreaterThanOrEqual(c.text.length - 2);
      expect(isBareSpan(c.text)).toBe(false);
    }
  });
});
