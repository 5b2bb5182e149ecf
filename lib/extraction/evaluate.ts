// Span matching used by scripts/eval-extraction.ts: a predicted claim matches a gold claim when
// their character spans overlap with Jaccard >= 0.5; each gold claim matches at most one prediction.
// Gold claims have a kind (docs/extraction.md, "Gold"): "req" must be found, "opt" may be found
// (a prediction on it counts neither way), "non" is a span an extractor is known to take and must not
// (a prediction on it is a false positive, as any unmatched prediction is).

export type GoldKind = "req" | "opt" | "non";

export interface GoldClaim {
  text: string;
  /** Which occurrence of `text` in the document (0 = first). */
  occurrence: number;
  /** Absent in older gold files: "req". */
  kind?: GoldKind;
}

export interface OffsetSpan {
  start: number;
  end: number;
}

export const MATCH_JACCARD = 0.5;

/** Resolve gold strings to offsets; throws when a gold string does not occur often enough. */
export function resolveGold(doc: string, gold: readonly GoldClaim[], label = "document"): OffsetSpan[] {
  return gold.map(({ text, occurrence }) => {
    let at = -1;
    for (let n = 0; n <= occurrence; n++) {
      at = doc.indexOf(text, at + 1);
      if (at < 0) throw new Error(`gold claim not found in ${label} (occurrence ${occurrence}): ${JSON.stringify(text)}`);
    }
    return { start: at, end: at + text.length };
  });
}

export function jaccard(a: OffsetSpan, b: OffsetSpan): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = a.end - a.start + (b.end - b.start) - inter;
  return union === 0 ? 0 : inter / union;
}

export interface MatchResult {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Indices of predictions that matched nothing, and of gold claims nobody matched. */
  unmatchedPredicted: number[];
  unmatchedGold: number[];
  /** [prediction index, gold index] of each match. */
  pairs: Array<[number, number]>;
}

/** One-to-one matching, best pairs first (greedy on Jaccard, ties by position: deterministic). */
export function matchSpans(predicted: readonly OffsetSpan[], gold: readonly OffsetSpan[]): MatchResult {
  const candidates: Array<[number, number, number]> = [];
  predicted.forEach((p, i) =>
    gold.forEach((g, j) => {
      const score = jaccard(p, g);
      if (score >= MATCH_JACCARD) candidates.push([score, i, j]);
    }),
  );
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, i, j] of candidates) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    pairs.push([i, j]);
  }
  const unmatchedPredicted = predicted.map((_, i) => i).filter((i) => !usedP.has(i));
  const unmatchedGold = gold.map((_, j) => j).filter((j) => !usedG.has(j));
  return {
    truePositives: usedP.size,
    falsePositives: unmatchedPredicted.length,
    falseNegatives: unmatchedGold.length,
    unmatchedPredicted,
    unmatchedGold,
    pairs,
  };
}

export function prf(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface KindMatchResult extends MatchResult {
  /** Predictions that matched an "opt" gold claim: counted neither way. */
  optionalMatched: number[];
  /** Predictions that matched a "non" gold claim (also in unmatchedPredicted). */
  nonMatched: number[];
}

/**
 * Matching with gold kinds: predictions are matched one-to-one against "req" and "opt" gold
 * together (so an optional span cannot make a required one look missed, nor the reverse); a
 * prediction on an "opt" span is ignored, every other unmatched prediction is a false positive, and
 * only unmatched "req" gold claims are false negatives. Gold indices refer to `gold`.
 */
export function matchWithKinds(predicted: readonly OffsetSpan[], gold: ReadonlyArray<OffsetSpan & { kind: GoldKind }>): KindMatchResult {
  const scoredIdx = gold.map((_, j) => j).filter((j) => gold[j].kind !== "non");
  const m = matchSpans(
    predicted,
    scoredIdx.map((j) => gold[j]),
  );
  const pairs = m.pairs.map(([i, k]): [number, number] => [i, scoredIdx[k]]);
  const optionalMatched = pairs.filter(([, j]) => gold[j].kind === "opt").map(([i]) => i).sort((a, b) => a - b);
  const matchedGold = new Set(pairs.map(([, j]) => j));
  const unmatchedGold = scoredIdx.filter((j) => gold[j].kind === "req" && !matchedGold.has(j));
  const nonMatched = m.unmatchedPredicted.filter((i) =>
    gold.some((g) => g.kind === "non" && jaccard(predicted[i], g) >= MATCH_JACCARD),
  );
  return {
    truePositives: pairs.length - optionalMatched.length,
    falsePositives: m.unmatchedPredicted.length,
    falseNegatives: unmatchedGold.length,
    unmatchedPredicted: m.unmatchedPredicted,
    unmatchedGold,
    pairs,
    optionalMatched,
    nonMatched,
  };
}
