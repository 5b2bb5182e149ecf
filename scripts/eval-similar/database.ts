// A throwaway database for the similar-claims evaluation and benchmark: an embedded PostgreSQL in
// a temporary folder (or DATABASE_URL, which must then be a database you can throw away), with
// the migrations applied.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { relevantEarlier, type EvalCase, type GoldArticle } from "./gold";

/** `keepDir`: a data folder kept between runs (the benchmark reuses what it seeded there). */
export async function openThrowawayDatabase(log: (line: string) => void = () => undefined, keepDir?: string) {
  let stopServer = async () => undefined as void;
  let dir: string | null = null;
  if (!process.env.DATABASE_URL) {
    dir = keepDir ? path.resolve(keepDir) : await mkdtemp(path.join(os.tmpdir(), "claimledger-similar-"));
    process.env.CLAIMLEDGER_DATA_DIR = dir;
    const { openDatabase } = await import("@/lib/db/embedded");
    const handle = await openDatabase({ log });
    process.env.DATABASE_URL = handle.url;
    stopServer = handle.stop;
  }
  const { applyMigrations } = await import("@/lib/db/migrations");
  await applyMigrations(process.env.DATABASE_URL!);
  return {
    stop: async () => {
      const { disconnectDb } = await import("@/lib/db/client");
      await disconnectDb();
      await stopServer();
      if (dir && !keepDir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Imports the gold articles in order (one second apart) and matches every claim as the app does.
 * `deskDir`: a kept data folder holding a large desk (the benchmark's 50,000 claims, copied), so
 * the gold is matched among them through the statistics-driven question a large desk gets; the
 * gold's rows are deleted again afterwards. An earlier claim of that desk suggested counts as a
 * wrong suggestion.
 */
export async function withThrowawayDatabase(articles: GoldArticle[], deskDir?: string): Promise<EvalCase[]> {
  const database = await openThrowawayDatabase(() => undefined, deskDir);
  const createdArticles: string[] = [];
  let userId: string | null = null;
  try {
    const { db } = await import("@/lib/db/client");
    const { suggestionsForClaims } = await import("@/lib/similar/data");
    const run = Date.now().toString(36);
    const user = await db.user.create({
      data: {
        email: `eval-similar-${run}@example.org`,
        name: "Similar claims evaluation",
        role: "EDITOR",
        passwordHash: "x",
      },
    });
    userId = user.id;
    const relevant = relevantEarlier(articles);
    const dbIds = new Map<string, string>();
    const goldIds = new Map<string, string>();
    const start = Date.now() - articles.length * 1000;
    for (const [index, article] of articles.entries()) {
      const body = article.claims.map((claim) => claim.text).join("\n\n");
      const created = await db.article.create({
        data: {
          title: `${article.id} (${run})`,
          body,
          bodySha256: `${run}-${article.id}`,
          language: article.language,
          importedById: user.id,
          createdAt: new Date(start + index * 1000),
          nextClaimNumber: article.claims.length + 1,
        },
      });
      createdArticles.push(created.id);
      let offset = 0;
      for (const [n, claim] of article.claims.entries()) {
        const row = await db.claim.create({
          data: {
            articleId: created.id,
            text: claim.text,
            originalText: claim.text,
            statement: claim.text,
            start: offset,
            end: offset + claim.text.length,
            prefix: "",
            suffix: "",
            ordinal: n + 1,
            number: n + 1,
          },
        });
        offset += claim.text.length + 2;
        dbIds.set(claim.id, row.id);
        goldIds.set(row.id, claim.id);
      }
    }
    const cases: EvalCase[] = [];
    for (const [index, article] of articles.entries()) {
      if (index === 0) continue;
      // As the check after an import ranks them: the article's claims together.
      const rows = await db.claim.findMany({
        where: { id: { in: article.claims.map((claim) => dbIds.get(claim.id)!) } },
        select: { id: true, articleId: true, statement: true },
      });
      const all = await suggestionsForClaims(db, rows);
      for (const claim of article.claims) {
        const suggestions = all.get(dbIds.get(claim.id)!)!;
        cases.push({
          claim,
          relevant: relevant.get(claim.id)!,
          suggested: suggestions.map((s) => goldIds.get(s.id) ?? `desk:${s.id}`),
        });
      }
    }
    return cases;
  } finally {
    if (deskDir) {
      // Leave the desk as it was for the next run (its claims cascade with their articles).
      const { db } = await import("@/lib/db/client");
      await db.article.deleteMany({ where: { id: { in: createdArticles } } });
      if (userId) await db.user.delete({ where: { id: userId } });
    }
    await database.stop();
  }
}
