// Quality of claim extraction.
//  (a) gold spans in tests/fixtures/extraction/*.gold.json: per-document and micro P/R/F1;
//  (b) ClaimBuster test.json: F1 of the check-worthy class with scoreSentence(...).score >= threshold.
// Prints PASS/MISS per target; exits 0 unless something crashes (e.g. a gold string is missing).
//   npm run eval:extraction [-- --verbose]

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CLAIM_SCORE_THRESHOLD, extractClaims, scoreSentence } from "../lib/extraction";
import { matchSpans, prf, resolveGold, type GoldClaim } from "../lib/extraction/evaluate";

const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
const FIXTURES = path.join(REPO_ROOT, "tests", "fixtures", "extraction");
const verbose = process.argv.includes("--verbose");

const TARGETS = { goldF1: 0.9, goldPrecision: 0.9, claimBusterF1: 0.8 };

const pct = (x: number): string => x.toFixed(3);
const verdict = (value: number, target: number): string => (value >= target ? "PASS" : "MISS");

function evalGold(): void {
  const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".gold.json")).sort();
  if (files.length === 0) throw new Error(`no *.gold.json in ${FIXTURES}`);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  console.log(`Gold spans (match = character-span Jaccard >= 0.5, one-to-one), threshold ${CLAIM_SCORE_THRESHOLD}`);
  console.log(`${"document".padEnd(16)} ${"gold".padStart(4)} ${"pred".padStart(4)} ${"TP".padStart(3)}  precision recall  F1`);
  for (const file of files) {
    const spec = JSON.parse(fs.readFileSync(path.join(FIXTURES, file), "utf8")) as { source: string; claims: GoldClaim[] };
    const doc = fs.readFileSync(path.join(REPO_ROOT, spec.source), "utf8");
    const gold = resolveGold(doc, spec.claims, spec.source);
    const predicted = extractClaims(doc);
    const m = matchSpans(predicted, gold);
    tp += m.truePositives;
    fp += m.falsePositives;
    fn += m.falseNegatives;
    const s = prf(m.truePositives, m.falsePositives, m.falseNegatives);
    const name = file.replace(/\.gold\.json$/, "");
    console.log(
      `${name.padEnd(16)} ${String(gold.length).padStart(4)} ${String(predicted.length).padStart(4)} ${String(m.truePositives).padStart(3)}  ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(6)} ${pct(s.f1).padStart(6)}`,
    );
    if (verbose) {
      for (const i of m.unmatchedPredicted) console.log(`    FP ${predicted[i].score.toFixed(3)} ${JSON.stringify(predicted[i].text)}`);
      for (const j of m.unmatchedGold) console.log(`    FN ${JSON.stringify(spec.claims[j].text)}`);
    }
  }
  const all = prf(tp, fp, fn);
  console.log(`${"overall (micro)".padEnd(16)} ${String(tp + fn).padStart(4)} ${String(tp + fp).padStart(4)} ${String(tp).padStart(3)}  ${pct(all.precision).padStart(9)} ${pct(all.recall).padStart(6)} ${pct(all.f1).padStart(6)}`);
  console.log(`  target F1 >= ${TARGETS.goldF1}: ${verdict(all.f1, TARGETS.goldF1)}   target precision >= ${TARGETS.goldPrecision}: ${verdict(all.precision, TARGETS.goldPrecision)}`);
}

function evalClaimBuster(): void {
  const dir = process.env.CLAIMBUSTER_DIR ?? path.resolve(REPO_ROOT, "..", "shared", "data", "claimbuster");
  const file = path.join(dir, "test.json");
  console.log("");
  if (!fs.existsSync(file)) {
    console.log(`ClaimBuster: ${file} not found (set CLAIMBUSTER_DIR); skipped.`);
    return;
  }
  const rows = JSON.parse(fs.readFileSync(file, "utf8")) as Array<{ label: number; text: string }>;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of rows) {
    const predicted = scoreSentence(row.text).score >= CLAIM_SCORE_THRESHOLD;
    if (predicted && row.label === 1) tp++;
    else if (predicted) fp++;
    else if (row.label === 1) fn++;
  }
  const s = prf(tp, fp, fn);
  const positives = rows.filter((r) => r.label === 1).length;
  const baseline = prf(positives, rows.length - positives, 0).f1;
  console.log(`ClaimBuster test.json (${rows.length} sentences, ${positives} check-worthy), threshold ${CLAIM_SCORE_THRESHOLD}`);
  console.log(`  precision ${pct(s.precision)} recall ${pct(s.recall)} F1 ${pct(s.f1)} (all-positive baseline F1 ${pct(baseline)})`);
  console.log(`  target F1 >= ${TARGETS.claimBusterF1}: ${verdict(s.f1, TARGETS.claimBusterF1)}`);
}

evalGold();
evalClaimBuster();
