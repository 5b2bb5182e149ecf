// npm run eval:similar [-- --pure] [-- --verbose] [-- --file holdout] [-- --desk DIR]
// Scores similar-claim suggestions against the matching gold in tests/fixtures/similar/: the
// articles are imported in order into a throwaway database (or DATABASE_URL), each claim is
// matched through the same path the app uses (lib/similar: index candidates, then the scorer),
// and precision@1, recall@3 and the share of no-match claims that still get a suggestion are
// printed. --pure skips the database and scores every earlier claim (the scorer alone). --desk DIR
// matches the gold among the claims of a large desk kept in DIR (a copy of the benchmark's
// seeded folder, `npm run bench:similar -- --keep DIR`), so the question a large desk gets
// (rarest word groups from the statistics) is the one evaluated; its claims count as wrong
// suggestions.
// See docs/similar-claims.md.
import { parseArgs } from "node:util";
import { bilingualLexicon } from "@/lib/similar/lexicon-file";
import { rankArticleClaims } from "@/lib/similar/rank";
import { scoreSimilarity } from "@/lib/similar/score";
import { similarStoryBonus } from "@/lib/similar/settings";
import { figures, loadGold, relevantEarlier, type EvalCase, type GoldArticle } from "./eval-similar/gold";

const { values: options } = parseArgs({
  options: {
    pure: { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
    // One file of tests/fixtures/similar/ ("gold", "holdout"); all of them by default.
    file: { type: "string" },
    // A kept data folder with a large desk to match the gold among.
    desk: { type: "string" },
  },
});

const TARGETS = { precisionAt1: 0.85, recallAt3: 0.9, falseShare: 0.1 };

async function pureCases(articles: GoldArticle[]): Promise<EvalCase[]> {
  const relevant = relevantEarlier(articles);
  const cases: EvalCase[] = [];
  const earlier: { id: string; statement: string; articleId: string }[] = [];
  for (const [index, article] of articles.entries()) {
    if (index > 0) {
      // As the check ranks an imported article: its claims together (story.ts), every earlier claim a candidate.
      const ranked = await rankArticleClaims(
        article.claims.map((claim) => ({ id: claim.id, statement: claim.text, candidates: earlier })),
        { lexicon: bilingualLexicon(), bonus: similarStoryBonus() },
      );
      for (const claim of article.claims)
        cases.push({ claim, relevant: relevant.get(claim.id)!, suggested: ranked.get(claim.id)!.map((s) => s.id) });
    }
    earlier.push(...article.claims.map((claim) => ({ id: claim.id, statement: claim.text, articleId: article.id })));
  }
  return cases;
}

async function databaseCases(articles: GoldArticle[]): Promise<EvalCase[]> {
  const { withThrowawayDatabase } = await import("./eval-similar/database");
  return withThrowawayDatabase(articles, options.desk);
}

async function main() {
  const articles = loadGold(undefined, options.file);
  if (options.desk && options.pure) throw new Error("--desk needs the database path (not --pure)");
  const cases = options.pure ? await pureCases(articles) : await databaseCases(articles);
  const result = figures(cases);
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  const text = new Map(articles.flatMap((a) => a.claims.map((c) => [c.id, c.text] as const)));
  if (options.verbose) {
    // Beside each miss, the claims it should have met and the scorer's word score for each (no story
    // bonus): under the suggestion threshold is the scorer's miss, above it the candidates'.
    const lexicon = bilingualLexicon();
    for (const miss of result.misses) {
      const wanted = [...miss.relevant].map((id) => `${id} ${text.get(id)} (score ${scoreSimilarity(miss.claim.text, text.get(id)!, lexicon).score})`);
      console.log(
        `MISS  ${miss.claim.id} ${miss.claim.text}\n      got: ${miss.suggested.map((id) => `${id} ${text.get(id) ?? "(a claim of the desk)"}`).join(" | ") || "nothing"}\n      wanted: ${wanted.join(" | ")}`,
      );
    }
    for (const wrong of result.falseSuggestions)
      console.log(
        `FALSE ${wrong.claim.id} ${wrong.claim.text}\n      got: ${wrong.suggested.map((id) => `${id} ${text.get(id) ?? "(a claim of the desk)"}`).join(" | ")}`,
      );
  }
  console.log(
    `Gold: ${articles.length} articles, ${cases.length} claims after the first article (${result.withMatch} with an earlier match, ${result.withoutMatch} without); ${options.pure ? "scorer over every earlier claim" : "database candidates + scorer"}${options.desk ? `, among the desk in ${options.desk}` : ""}`,
  );
  console.log(`precision@1  ${pct(result.precisionAt1)}  (target ≥ ${pct(TARGETS.precisionAt1)})`);
  console.log(`recall@3     ${pct(result.recallAt3)}  (target ≥ ${pct(TARGETS.recallAt3)})`);
  console.log(`false        ${pct(result.falseShare)}  (target ≤ ${pct(TARGETS.falseShare)})`);
  const met =
    result.precisionAt1 >= TARGETS.precisionAt1 &&
    result.recallAt3 >= TARGETS.recallAt3 &&
    result.falseShare <= TARGETS.falseShare;
  process.exitCode = met ? 0 : 1;
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
