// Trains the check-worthiness model on ClaimBuster train.json ONLY and writes
// lib/extraction/model-weights.json. test.json is never read here.
//
//   npx tsx scripts/train-extraction.ts          # 5-fold cross-validation report, then train + write
//   CLAIMBUSTER_DIR=/path npx tsx scripts/train-extraction.ts --cv-only
//
// Logistic regression, AdaGrad, balanced class weights (so 0.5 means "as likely as not" whatever
// the class mix), a fixed shuffle seed: the same data always gives the same weights.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractFeatures } from "../lib/extraction/features";
import type { ModelWeights } from "../lib/extraction/score";

const EPOCHS = 3;
const LEARNING_RATE = 0.05;
const L2 = 1e-3;
const MIN_NGRAM_COUNT = 2;
const MAX_NGRAMS = 12_000;
const MIN_NGRAM_WEIGHT = 0.02;
const FOLDS = 5;
// Priors for the named "against" features: debate transcripts label many promises and forecasts
// check-worthy ("he will raise your taxes"), newsroom practice does not (a forecast cannot be
// checked yet). These weights are pulled toward the prior instead of toward 0.
const PRIORS: Record<string, number> = JSON.parse(process.env.PRIORS ?? "null") ?? {
  prediction: -1,
  exhortation: -1,
  question: -1,
  opinion: -1,
};
const PRIOR_L2 = Number(process.env.PRIOR_L2 ?? 0.5);
const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));

interface Row {
  label: number;
  text: string;
}
interface Example {
  y: number;
  named: string[];
  ngrams: string[];
}

function loadTrain(): Row[] {
  const dir = process.env.CLAIMBUSTER_DIR ?? path.resolve(REPO_ROOT, "..", "shared", "data", "claimbuster");
  const file = path.join(dir, "train.json");
  if (!fs.existsSync(file)) {
    console.error(`ClaimBuster train.json not found at ${file} (set CLAIMBUSTER_DIR).`);
    process.exit(1);
  }
  return JSON.parse(fs.readFileSync(file, "utf8")) as Row[];
}

function toExample(row: Row): Example {
  const f = extractFeatures(row.text);
  return { y: row.label === 1 ? 1 : 0, named: [...f.named, f.lengthBucket], ngrams: f.ngrams };
}

/** Deterministic linear congruential generator for the shuffle. */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

function train(examples: Example[]): ModelWeights {
  const counts = new Map<string, number>();
  for (const e of examples) for (const g of new Set(e.ngrams)) counts.set(g, (counts.get(g) ?? 0) + 1);
  const index = new Map<string, number>();
  const names: string[] = [];
  const add = (key: string): void => {
    if (!index.has(key)) {
      index.set(key, names.length);
      names.push(key);
    }
  };
  for (const e of examples) for (const n of e.named) add(`f:${n}`);
  for (const [g, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (c >= MIN_NGRAM_COUNT) add(`g:${g}`);
  const BIAS = names.length;
  const prior = new Float64Array(names.length + 1);
  const priorStrength = new Float64Array(names.length + 1).fill(L2);
  names.forEach((key, id) => {
    const p = key.startsWith("f:") ? PRIORS[key.slice(2)] : undefined;
    if (p !== undefined) {
      prior[id] = p;
      priorStrength[id] = PRIOR_L2;
    }
  });
  priorStrength[BIAS] = 0;
  const w = Float64Array.from(prior);
  const g2 = new Float64Array(names.length + 1).fill(1e-8);
  const positives = examples.filter((e) => e.y === 1).length;
  const weightPos = examples.length / (2 * positives);
  const weightNeg = examples.length / (2 * (examples.length - positives));
  const ids = examples.map((e) => {
    const out: number[] = [];
    for (const n of e.named) out.push(index.get(`f:${n}`)!);
    for (const g of e.ngrams) {
      const id = index.get(`g:${g}`);
      if (id !== undefined) out.push(id);
    }
    out.push(BIAS);
    return out;
  });
  const order = examples.map((_, i) => i);
  const random = rng(20261124);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    for (const i of order) {
      let z = 0;
      for (const id of ids[i]) z += w[id];
      const p = 1 / (1 + Math.exp(-z));
      const y = examples[i].y;
      const grad = (p - y) * (y === 1 ? weightPos : weightNeg);
      for (const id of ids[i]) {
        const gr = grad + priorStrength[id] * (w[id] - prior[id]);
        g2[id] += gr * gr;
        w[id] -= (LEARNING_RATE * gr) / Math.sqrt(g2[id]);
      }
    }
  }
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const features: Record<string, number> = {};
  const ngramList: Array<[string, number]> = [];
  names.forEach((key, id) => {
    if (key.startsWith("f:")) features[key.slice(2)] = round(w[id]);
    else if (Math.abs(w[id]) >= MIN_NGRAM_WEIGHT) ngramList.push([key.slice(2), round(w[id])]);
  });
  ngramList.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
  const ngrams: Record<string, number> = {};
  for (const [g, v] of ngramList.slice(0, MAX_NGRAMS).sort((a, b) => (a[0] < b[0] ? -1 : 1))) ngrams[g] = v;
  const sortedFeatures: Record<string, number> = {};
  for (const k of Object.keys(features).sort()) sortedFeatures[k] = features[k];
  return { bias: round(w[BIAS]), features: sortedFeatures, ngrams };
}

function predict(m: ModelWeights, e: Example): number {
  let z = m.bias;
  for (const n of e.named) z += m.features[n] ?? 0;
  for (const g of e.ngrams) z += m.ngrams[g] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

function crossValidate(examples: Example[]): void {
  const scores = new Float64Array(examples.length);
  for (let f = 0; f < FOLDS; f++) {
    const model = train(examples.filter((_, i) => i % FOLDS !== f));
    examples.forEach((e, i) => {
      if (i % FOLDS === f) scores[i] = predict(model, e);
    });
  }
  const positives = examples.filter((e) => e.y === 1).length;
  const negatives = examples.length - positives;
  const counts = (threshold: number): [number, number, number] => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    examples.forEach((e, i) => {
      const p = scores[i] >= threshold;
      if (p && e.y === 1) tp++;
      else if (p) fp++;
      else if (e.y === 1) fn++;
    });
    return [tp, fp, fn];
  };
  const curve: string[] = [];
  for (let t = 0.3; t <= 0.701; t += 0.05) {
    const [tp, fp, fn] = counts(t);
    const r = tp / (tp + fn);
    const p = tp / (tp + (fp * positives) / negatives);
    curve.push(`${t.toFixed(2)}:${((2 * p * r) / (p + r)).toFixed(3)}`);
  }
  console.log(`balanced-mix CV F1 by threshold  ${curve.join("  ")}`);
  const [tp, fp, fn] = counts(0.5);
  const recall = tp / (tp + fn);
  const precision = tp / (tp + fp);
  // Re-weight false positives as if the classes were balanced (ClaimBuster test.json is 50/50).
  const balancedPrecision = tp / (tp + (fp * positives) / negatives);
  const f1 = (p: number, r: number): string => ((2 * p * r) / (p + r)).toFixed(3);
  console.log(`${FOLDS}-fold CV on train.json at threshold 0.5:`);
  console.log(`  precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} F1 ${f1(precision, recall)} (train class mix)`);
  console.log(`  F1 ${f1(balancedPrecision, recall)} (re-weighted to a 50/50 class mix)`);
}

function main(): void {
  const examples = loadTrain().map(toExample);
  crossValidate(examples);
  if (process.argv.includes("--cv-only")) return;
  const model = train(examples);
  const out = path.resolve(REPO_ROOT, "lib", "extraction", "model-weights.json");
  const json = JSON.stringify(model);
  fs.writeFileSync(out, json + "\n");
  console.log(`wrote ${path.relative(process.cwd(), out)}: ${Object.keys(model.ngrams).length} n-grams, ${(json.length / 1024).toFixed(0)} KiB`);
  console.log("named feature weights:", model.features);
}

main();
