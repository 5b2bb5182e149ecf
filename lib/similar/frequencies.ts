// How many claims hold a word group, for asking the index for the rarest groups only (query.ts).
// Read from PostgreSQL's own statistics of the indexed column: ANALYZE (autovacuum runs it as the
// table grows) keeps the most common lexemes of a tsvector column with their share of rows
// (pg_stats.most_common_elems / most_common_elem_freqs); a lexeme not listed is rarer than the
// rarest listed one. Nothing to maintain, and reading it is one small catalog query, cached
// here; a word's lexemes (as the database stems it) are asked once and cached too.
import "server-only";
import type { DbClient, DbTransaction } from "@/lib/db/client";
import type { GroupRows, Term } from "./query";

type Client = DbClient | DbTransaction;

/** Statistics change only when ANALYZE runs; reading them every few minutes is plenty. */
const STATS_TTL_MS = 5 * 60_000;
/** Words whose lexemes are remembered (a desk's vocabulary; cleared when it grows past this). */
const MAX_WORDS = 50_000;

interface LexemeStats {
  share: Map<string, number>;
  /** What an unlisted lexeme is taken to hold: half the rarest listed share. */
  unlisted: number;
  /** Claims in the table when ANALYZE last counted them. */
  claims: number;
  readAt: number;
}

let stats: LexemeStats | null = null;
let statsRead: Promise<LexemeStats | null> | null = null;
const lexemesOfWord = new Map<string, string[]>();

async function readStats(client: Client): Promise<LexemeStats | null> {
  const rows = await client.$queryRaw<{ elems: string[] | null; freqs: number[] | null; claims: number }[]>`
    SELECT s.most_common_elems::text::text[] AS elems, s.most_common_elem_freqs AS freqs,
           (SELECT reltuples FROM pg_class WHERE oid = '"Claim"'::regclass)::float8 AS claims
    FROM pg_stats s
    WHERE s.schemaname = current_schema() AND s.tablename = 'Claim' AND s.attname = 'similarVector'`;
  const row = rows[0];
  if (!row?.elems?.length || !row.freqs?.length) return null;
  const share = new Map<string, number>();
  row.elems.forEach((lexeme, i) => share.set(lexeme, row.freqs![i]!));
  // For a tsvector the list of shares ends with their minimum and maximum.
  const rarest = row.freqs[row.elems.length] ?? Math.min(...share.values());
  return { share, unlisted: rarest / 2, claims: Math.max(0, Number(row.claims)), readAt: Date.now() };
}

/** The cached statistics, read again in the background once stale; null while there are none. */
async function lexemeStats(client: Client): Promise<LexemeStats | null> {
  const stale = !stats || Date.now() - stats.readAt > STATS_TTL_MS;
  if (stale && !statsRead) {
    statsRead = readStats(client)
      .then((read) => (stats = read ?? (stats ? { ...stats, readAt: Date.now() } : null)))
      .catch(() => stats)
      .finally(() => (statsRead = null));
  }
  // The first time there is nothing to fall back on: wait for it.
  if (!stats && statsRead) await statsRead;
  return stats;
}

async function lexemesOf(client: Client, words: string[]): Promise<void> {
  const missing = [...new Set(words)].filter((word) => !lexemesOfWord.has(word));
  if (!missing.length) return;
  if (lexemesOfWord.size + missing.length > MAX_WORDS) lexemesOfWord.clear();
  const rows = await client.$queryRaw<{ word: string; lexemes: string[] }[]>`
    SELECT w.word, tsvector_to_array(claimledger_search_document(w.word)) AS lexemes
    FROM unnest(${missing}::text[]) AS w(word)`;
  for (const row of rows) lexemesOfWord.set(row.word, row.lexemes);
}

/**
 * Each word group's estimated number of claims (the sum over its terms of their most common
 * lexeme's share, times the claims), or null when the database has no statistics yet (a small desk).
 */
export async function groupRows(client: Client, groups: Term[][]): Promise<GroupRows | null> {
  const current = await lexemeStats(client);
  if (!current) return null;
  const wordsOf = (term: Term) => term.split(" & ");
  await lexemesOf(client, groups.flat().flatMap(wordsOf));
  const wordShare = (word: string) => {
    const lexemes = lexemesOfWord.get(word) ?? [];
    // A stop word has no lexeme: it never narrows anything.
    if (!lexemes.length) return 1;
    return Math.max(...lexemes.map((lexeme) => current.share.get(lexeme) ?? current.unlisted));
  };
  // A phrase is as rare as its rarest word; a group as common as all its terms together.
  const termShare = (term: Term) => Math.min(...wordsOf(term).map(wordShare));
  return {
    claims: current.claims,
    rowsOf: (group) =>
      Math.min(
        1,
        group.reduce((sum, term) => sum + termShare(term), 0),
      ) * current.claims,
  };
}

/** Forget what was read (tests that change the statistics). */
export function forgetFrequencies(): void {
  stats = null;
  lexemesOfWord.clear();
}
