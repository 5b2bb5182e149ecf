// The matching gold (tests/fixtures/similar/*.json) and the figures it is scored by. Pure.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

export interface GoldClaim {
  id: string;
  fact: string;
  text: string;
}
export interface GoldArticle {
  id: string;
  language: string;
  story: string;
  claims: GoldClaim[];
}

export const GOLD_DIR = path.join(process.cwd(), "tests", "fixtures", "similar");

/** Every gold file's articles, in import order (files by name, articles as listed). */
export function loadGold(dir = GOLD_DIR, only?: string): GoldArticle[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".json") && (!only || name === only || name === `${only}.json`))
    .sort();
  if (!files.length) throw new Error(`No gold file ${only ?? ""} in ${dir}`);
  return files.flatMap((file) => {
    const { articles } = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as {
      articles: (Omit<GoldArticle, "claims"> & { claims: Omit<GoldClaim, "id">[] })[];
    };
    return articles.map((article) => ({
      ...article,
      claims: article.claims.map((claim, index) => ({ ...claim, id: `${article.id}#${index + 1}` })),
    }));
  });
}

export interface EvalCase {
  claim: GoldClaim;
  /** Ids of earlier claims asserting the same fact. */
  relevant: Set<string>;
  /** The suggestions the system made, best first. */
  suggested: string[];
}

export interface EvalFigures {
  withMatch: number;
  withoutMatch: number;
  precisionAt1: number;
  recallAt3: number;
  falseShare: number;
  /** Claims with a match whose first suggestion is wrong or missing, for reading. */
  misses: EvalCase[];
  falseSuggestions: EvalCase[];
}

/** The earlier claims asserting the same fact as each claim (articles before its own). */
export function relevantEarlier(articles: GoldArticle[]): Map<string, Set<string>> {
  const relevant = new Map<string, Set<string>>();
  const seen: GoldClaim[] = [];
  for (const article of articles) {
    for (const claim of article.claims)
      relevant.set(claim.id, new Set(seen.filter((other) => other.fact === claim.fact).map((other) => other.id)));
    seen.push(...article.claims);
  }
  return relevant;
}

/**
 * precision@1: of the claims that have an earlier match and get a suggestion, the share whose
 * first suggestion is one; recall@3: of the claims that have an earlier match, the share with one
 * among the first three; false share: of the claims (after the first article) with no earlier
 * match, the share that still get a suggestion.
 */
export function figures(cases: EvalCase[]): EvalFigures {
  const withMatch = cases.filter((c) => c.relevant.size > 0);
  const withoutMatch = cases.filter((c) => c.relevant.size === 0);
  const answered = withMatch.filter((c) => c.suggested.length > 0);
  const first = answered.filter((c) => c.relevant.has(c.suggested[0]!));
  const inThree = withMatch.filter((c) => c.suggested.slice(0, 3).some((id) => c.relevant.has(id)));
  const falseOnes = withoutMatch.filter((c) => c.suggested.length > 0);
  return {
    withMatch: withMatch.length,
    withoutMatch: withoutMatch.length,
    precisionAt1: answered.length ? first.length / answered.length : 1,
    recallAt3: withMatch.length ? inThree.length / withMatch.length : 1,
    falseShare: withoutMatch.length ? falseOnes.length / withoutMatch.length : 0,
    misses: withMatch.filter((c) => !c.suggested.length || !c.relevant.has(c.suggested[0]!)),
    falseSuggestions: falseOnes,
  };
}
