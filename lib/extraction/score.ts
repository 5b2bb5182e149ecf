// Check-worthiness: a logistic regression over the named features (the reasons users see)
// and word n-grams. Weights are trained by scripts/train-extraction.ts and committed as JSON.

import { extractFeatures, FEATURE_REASONS, type FeatureName, type Token } from "./features";
import weights from "./model-weights.json";

export interface ModelWeights {
  bias: number;
  features: Record<string, number>;
  ngrams: Record<string, number>;
}

export interface SentenceScore {
  score: number;
  reasons: string[];
}

const model: ModelWeights = weights;
const REASON_MIN_WEIGHT = 0.15;
const WORDING_MIN_WEIGHT = 0.75;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export function scoreFeatures(named: readonly string[], lengthBucket: string, ngrams: readonly string[], w: ModelWeights = model): number {
  let z = w.bias + (w.features[lengthBucket] ?? 0);
  for (const f of named) z += w.features[f] ?? 0;
  for (const g of ngrams) z += w.ngrams[g] ?? 0;
  return z;
}

/** Score one sentence or clause: probability-like check-worthiness in 0..1 and the reasons. */
export function scoreSentence(text: string, tokens?: Token[]): SentenceScore {
  const f = extractFeatures(text, tokens);
  let z = model.bias + (model.features[f.lengthBucket] ?? 0);
  const contributions: Array<[FeatureName, number]> = [];
  for (const name of f.named) {
    const c = model.features[name] ?? 0;
    z += c;
    contributions.push([name, c]);
  }
  let wording = 0;
  for (const g of f.ngrams) wording += model.ngrams[g] ?? 0;
  z += wording;

  contributions.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const reasons: string[] = [];
  for (const [name, c] of contributions) {
    if (c >= REASON_MIN_WEIGHT) reasons.push(FEATURE_REASONS[name]);
  }
  if (wording >= WORDING_MIN_WEIGHT) reasons.push("wording typical of check-worthy statements");
  for (const [name, c] of [...contributions].reverse()) {
    if (c <= -REASON_MIN_WEIGHT) reasons.push(`${FEATURE_REASONS[name]} (−)`);
  }
  if (wording <= -WORDING_MIN_WEIGHT) reasons.push("wording typical of opinion or small talk (−)");
  return { score: round3(sigmoid(z)), reasons };
}
