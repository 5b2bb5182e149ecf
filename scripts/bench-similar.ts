// npm run bench:similar [-- --claims 50000 --queries 200 --keep /tmp/bench-similar-db]
// Times matching one claim against the earlier claims of a large desk: seeds a throwaway
// database (embedded PostgreSQL in a temporary folder, or DATABASE_URL) with --claims claims in
// articles of 25, then matches --queries new claims through the app's own path (lib/similar:
// candidates from the full-text and trigram indexes, then the scorer) and prints p50 / p95 / max,
// the candidate SQL and the scorer timed apart, and the load average beside them (the machine is
// shared: a figure means little without it). --keep reuses (or seeds once) a data folder.
// Half of the seeded claims are newsroom sentences built from one shared vocabulary of events,
// places and figures, in English and Arabic (many share words with every query: the hard case
// for an OR-query), half the scale benchmark's generator (scripts/bench-scale/text.ts).
// See docs/similar-claims.md.
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { claimSentence, randomSource, vocabulary, type Random } from "./bench-scale/text";
import { openThrowawayDatabase } from "./eval-similar/database";

const { values: options } = parseArgs({
  options: {
    claims: { type: "string", default: "50000" },
    queries: { type: "string", default: "200" },
    keep: { type: "string" },
  },
});
const CLAIMS = Number(options.claims);
const QUERIES = Number(options.queries);
const PER_ARTICLE = 25;
const TARGET_P95_MS = 50;

const PLACES = [
  "Aleppo",
  "Homs",
  "Idlib",
  "Daraa",
  "Hama",
  "Raqqa",
  "Douma",
  "Kafr Nabl",
  "Gazipur",
  "Derna",
  "Mosul",
  "Khan Younis",
  "Rafah",
  "Marib",
  "Taiz",
  "Sirte",
];
const EVENTS = [
  (n: number, p: string) =>
    `At least ${n} people were killed in an airstrike on the hospital in ${p}, the civil defence said.`,
  (n: number, p: string) => `${n} civilians died when shells hit the central market in ${p} on Friday.`,
  (n: number, p: string) => `The death toll from the floods in ${p} has risen to ${n}, officials said.`,
  (n: number, p: string) => `Police arrested ${n} protesters outside the governor's office in ${p}.`,
  (n: number, p: string) => `More than ${n * 100} families fled their homes in ${p} after the fighting.`,
  (n: number, p: string) => `The council in ${p} approved a budget of $${n} million for schools next year.`,
  (n: number, p: string) => `Turnout in the municipal elections in ${p} reached ${n} percent.`,
  (n: number, p: string) => `${n} workers were injured in a fire at a garment factory in ${p}.`,
  (n: number, p: string) => `قُتل ${n} أشخاص في غارة جوية على المستشفى في ${p} بحسب الدفاع المدني.`,
  (n: number, p: string) => `ارتفع عدد ضحايا الفيضانات في ${p} إلى ${n} قتيلاً وفق السلطات.`,
  (n: number, p: string) => `نزحت ${n * 100} عائلة من منازلها في ${p} بسبب القتال.`,
  (n: number, p: string) => `بلغت نسبة المشاركة في الانتخابات البلدية في ${p} ${n} بالمئة.`,
];

function newsSentence(random: Random): string {
  return random.pick(EVENTS)(2 + random.int(60), random.pick(PLACES));
}

async function seed(random: Random) {
  const { db } = await import("@/lib/db/client");
  const user = await db.user.create({
    data: { email: `bench-similar-${Date.now()}@example.org`, name: "Similar claims benchmark", role: "EDITOR" },
  });
  const words = vocabulary(random);
  const articles = Math.ceil(CLAIMS / PER_ARTICLE);
  // A bulk load: the claims' GIN indexes are built once afterwards, as a restore would, rather
  // than row by row (which takes many minutes on a busy 2-core machine).
  const indexes = await db.$queryRaw<{ indexdef: string; indexname: string }[]>`
    SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'Claim' AND indexdef LIKE '%USING gin%'`;
  for (const { indexname } of indexes) await db.$executeRawUnsafe(`DROP INDEX "${indexname}"`);
  const started = Date.now() - (articles + 10) * 60_000;
  for (let a = 0; a < articles; a += 40) {
    const batch = Array.from({ length: Math.min(40, articles - a) }, (_, i) => a + i);
    const created = await db.article.createManyAndReturn({
      data: batch.map((index) => ({
        title: `Bench article ${index}`,
        body: `Bench article ${index}`,
        bodySha256: `bench-similar-${index}-${started}`,
        importedById: user.id,
        createdAt: new Date(started + index * 60_000),
        nextClaimNumber: PER_ARTICLE + 1,
      })),
      select: { id: true },
    });
    await db.claim.createMany({
      data: created.flatMap(({ id }) =>
        Array.from({ length: PER_ARTICLE }, (_, n) => {
          const text = random.chance(0.5) ? newsSentence(random) : claimSentence(random, words).text;
          return {
            articleId: id,
            text,
            originalText: text,
            statement: text,
            start: 0,
            end: text.length,
            prefix: "",
            suffix: "",
            ordinal: n + 1,
            number: n + 1,
          };
        }),
      ),
    });
    if ((a / 40) % 10 === 0) console.log(`  seeded ${Math.min(CLAIMS, (a + batch.length) * PER_ARTICLE)} claims`);
  }
  console.log(`  building ${indexes.length} GIN indexes …`);
  for (const { indexdef } of indexes) await db.$executeRawUnsafe(indexdef);
  await db.$executeRawUnsafe(`ANALYZE "Claim"`);
  await db.$executeRawUnsafe(`ANALYZE "Article"`);
  // The claims being matched: a later article's, newsroom sentences (the hard case).
  const later = await db.article.create({
    data: {
      title: "Bench: the new article",
      body: "new",
      bodySha256: `bench-similar-new-${started}`,
      importedById: user.id,
      createdAt: new Date(),
      nextClaimNumber: QUERIES + 1,
    },
  });
  const queries = await db.claim.createManyAndReturn({
    data: Array.from({ length: QUERIES }, (_, n) => {
      const text = newsSentence(random);
      return {
        articleId: later.id,
        text,
        originalText: text,
        statement: text,
        start: 0,
        end: text.length,
        prefix: "",
        suffix: "",
        ordinal: n + 1,
        number: n + 1,
      };
    }),
    select: { id: true, articleId: true, statement: true },
  });
  return queries;
}

/** The plan of the candidate statement for one claim, exactly as the product runs it (BENCH_SIMILAR_EXPLAIN=1). */
async function explain(claim: { id: string; articleId: string; statement: string }) {
  const { db, Prisma } = await import("@/lib/db/client");
  const { candidateSql } = await import("@/lib/similar/data");
  const sql = await candidateSql(db, claim);
  if (!sql) return;
  const rows = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${sql.primary}`);
  console.log(claim.statement);
  console.log(rows.map((row) => row["QUERY PLAN"]).join("\n"));
}

/** The claims a previous run seeded in the kept folder, when it seeded this many. */
async function seeded() {
  const { db } = await import("@/lib/db/client");
  const later = await db.article.findFirst({ where: { title: "Bench: the new article" }, select: { id: true } });
  if (!later) return null;
  const earlier = await db.claim.count({ where: { articleId: { not: later.id } } });
  if (earlier < CLAIMS) return null;
  return db.claim.findMany({
    where: { articleId: later.id },
    orderBy: { number: "asc" },
    take: QUERIES,
    select: { id: true, articleId: true, statement: true },
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const loadAverage = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

async function main() {
  const database = await openThrowawayDatabase((line) => console.log(line), options.keep);
  try {
    const queries = (await seeded()) ?? (await seedFresh());
    const { db } = await import("@/lib/db/client");
    const { findCandidates, suggestionsFor } = await import("@/lib/similar/data");
    const { rankCandidates } = await import("@/lib/similar/rank");
    // Read once, as a running worker has it (the bilingual dictionaries, when installed).
    const lexicon = (await import("@/lib/similar/lexicon-file")).bilingualLexicon();
    if (process.env.BENCH_SIMILAR_EXPLAIN) await explain(queries[0]!);
    // Warm the connection pool and the indexes' pages, as a running app has them.
    for (const query of queries.slice(0, 10)) rankCandidates(query.statement, await findCandidates(db, query), { lexicon });
    const totals: number[] = [];
    const sqlTimes: number[] = [];
    const scorerTimes: number[] = [];
    let suggested = 0;
    let candidates = 0;
    const loadBefore = loadAverage();
    // The candidate SQL and the scorer on the claim's own words, timed apart.
    for (const query of queries) {
      const start = performance.now();
      const found = await findCandidates(db, query);
      const fetched = performance.now();
      rankCandidates(query.statement, found, { lexicon });
      const end = performance.now();
      sqlTimes.push(fetched - start);
      scorerTimes.push(end - fetched);
      candidates += found.length;
    }
    // The whole of what the check does for one claim (suggestionsFor): the candidates, the story
    // its article's other claims already share (their stored matches), the story's claims when it
    // has one, and the scorer.
    for (const query of queries) {
      const start = performance.now();
      const suggestions = await suggestionsFor(db, query);
      totals.push(performance.now() - start);
      suggested += suggestions.length ? 1 : 0;
    }
    if (process.env.BENCH_SIMILAR_EXPLAIN) {
      const slowest = queries[sqlTimes.indexOf(Math.max(...sqlTimes))]!;
      console.log("The slowest candidate statement:");
      await explain(slowest);
    }
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    const line = (name: string, times: number[]) => {
      const sorted = [...times].sort((a, b) => a - b);
      return `${name} p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, max ${ms(sorted.at(-1)!)}`;
    };
    console.log(
      `Matching one claim against ${CLAIMS} earlier claims (${queries.length} claims): ${line("total", totals)} (target p95 < ${TARGET_P95_MS} ms)`,
    );
    console.log(`  of which on its own words: ${line("candidate SQL", sqlTimes)}; ${line("scorer", scorerTimes)}`);
    console.log(
      `  ${(candidates / queries.length).toFixed(1)} candidates per claim; ${suggested} of ${queries.length} got a suggestion; load average ${loadBefore} before, ${loadAverage()} after (${cpus().length} cores)`,
    );
    const sorted = [...totals].sort((a, b) => a - b);
    process.exitCode = percentile(sorted, 95) < TARGET_P95_MS ? 0 : 1;
  } finally {
    await database.stop();
  }
}

async function seedFresh() {
  console.log(`Seeding ${CLAIMS} earlier claims …`);
  return seed(randomSource(18));
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
