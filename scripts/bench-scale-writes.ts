// npx tsx --import ./bin/server-context.mjs scripts/bench-scale-writes.ts [-- --claims 5000 --writes 150 --trace]
// The writes of issue 11 timed in-process (no HTTP, no rate limit or token lookup): add a source,
// give a verdict, assign a claim, each on a fresh claim of the benchmark's seeded database
// (scripts/bench-scale/seed.ts), with the statements each sends counted at the pg driver. Wall
// times on a shared machine are noisy; the statement counts are not. See docs/performance.md.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";

const { values: options } = parseArgs({
  options: {
    claims: { type: "string", default: "5000" },
    writes: { type: "string", default: "150" },
    // Print the statements of one write of each kind.
    trace: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    // A folder kept by an earlier run (--keep): time on that database as it is, without seeding.
    "data-dir": { type: "string" },
  },
});
const log = (line: string) => console.log(line);

// Every statement the app sends goes through pg's Client#query (Prisma's pg adapter included).
let statements: string[] = [];
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const first = args[0];
  statements.push(typeof first === "string" ? first : String((first as { text?: string })?.text ?? "?"));
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

/** The users and large articles of a database seeded by an earlier run. */
async function seededState(pool: pg.Pool) {
  const one = async (sql: string) => (await pool.query(sql)).rows;
  const [editor] = await one(`SELECT id FROM "User" WHERE role = 'EDITOR' AND active ORDER BY "createdAt", id LIMIT 1`);
  const reviewers = await one(`SELECT id FROM "User" WHERE role = 'REVIEWER' AND active ORDER BY "createdAt", id`);
  const large = await one(`SELECT "articleId" AS id FROM "Claim" GROUP BY 1 HAVING count(*) = 250`);
  return { editorId: editor.id as string, reviewerIds: reviewers.map((row) => row.id as string), largeArticleIds: large.map((row) => row.id as string) };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  const reuse = options["data-dir"];
  const dir = reuse ?? (await mkdtemp(path.join(os.tmpdir(), "claimledger-bench-writes-")));
  process.env.CLAIMLEDGER_DATA_DIR = dir;
  const { openDatabase } = await import("@/lib/db/embedded");
  const handle = await openDatabase({ log: () => undefined });
  process.env.DATABASE_URL = handle.url;
  const pool = new pg.Pool({ connectionString: handle.url, max: 4, options: "-c jit=off" });
  try {
    const { applyMigrations } = await import("@/lib/db/migrations");
    if (!reuse) await applyMigrations(handle.url);
    const { seedUsers, seedTo } = await import("./bench-scale/seed");
    const { addEvidence } = await import("@/lib/evidence/mutations");
    const { setVerdict } = await import("@/lib/verdicts/mutations");
    const { assignClaims } = await import("@/lib/assignments/mutations");
    const { disconnectDb } = await import("@/lib/db/client");
    const { stopJobQueue } = await import("@/lib/jobs/queue");
    const claims = Number(options.claims);
    let state: { editorId: string; reviewerIds: string[]; largeArticleIds: string[] };
    if (reuse) state = await seededState(pool);
    else {
      const seeded = await seedUsers(pool);
      await seedTo(pool, seeded, { claims, articles: Math.round(claims / 25), assignedShare: 0.6, evidenceShare: 0.3, verdictShare: 0.02 }, log);
      state = seeded;
    }
    const writes = Number(options.writes);
    const editor = { id: state.editorId, role: "EDITOR" as const, active: true };
    const pending = (
      await pool.query(`SELECT c.id, c.version FROM "Claim" c JOIN "Assignment" s ON s."claimId" = c.id AND s.state = 'OPEN'
        WHERE c.status = 'PENDING' AND c."deletedAt" IS NULL AND NOT (c."articleId" = ANY($1)) ORDER BY md5(c.id) LIMIT $2`, [state.largeArticleIds, writes * 2 + 4])
    ).rows as { id: string; version: number }[];
    const unassigned = (
      await pool.query(`SELECT c.id FROM "Claim" c WHERE NOT EXISTS (SELECT 1 FROM "Assignment" s WHERE s."claimId" = c.id)
        AND NOT (c."articleId" = ANY($1)) ORDER BY md5(c.id) LIMIT $2`, [state.largeArticleIds, writes + 2])
    ).rows as { id: string }[];
    const evidenceClaims = pending.slice(0, writes + 2);
    const verdictClaims = pending.slice(writes + 2);
    let e = 0;
    let v = 0;
    let a = 0;
    const kinds: [string, () => Promise<unknown>][] = [
      ["add evidence", () => {
        const claim = evidenceClaims[e++];
        return addEvidence(editor, claim.id, { url: `https://bench.example/${claim.id}/${Date.now()}-${e}`, title: "A source", stance: "CONTEXT", version: claim.version });
      }],
      ["verdict", () => {
        const claim = verdictClaims[v++];
        return setVerdict(editor, claim.id, { status: "UNVERIFIED", rationale: "Checked by the benchmark.", version: claim.version });
      }],
      ["assign", () => assignClaims(editor, { claimIds: [unassigned[a++].id], reviewerId: state.reviewerIds[1], dueAt: null })],
    ];
    log(`\nload average before: ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
    log("| write | statements | p50 | p95 | samples |\n|---|---|---|---|---|");
    for (const [name, run] of kinds) {
      // Two warm-ups (query compilation, pool connections).
      for (let i = 0; i < 2; i++) await run();
      const times: number[] = [];
      const counts = new Set<number>();
      for (let i = 0; i < writes; i++) {
        statements = [];
        const started = performance.now();
        await run();
        times.push(performance.now() - started);
        counts.add(statements.length);
        if (options.trace && i === 0) log(`\n${name}:\n${statements.map((s, n) => `  ${n + 1}. ${s.replace(/\s+/g, " ").slice(0, 160)}`).join("\n")}\n`);
      }
      times.sort((x, y) => x - y);
      log(`| ${name} | ${[...counts].sort((x, y) => x - y).join(", ")} | ${percentile(times, 50).toFixed(1)} ms | ${percentile(times, 95).toFixed(1)} ms | ${times.length} |`);
    }
    log(`load average after: ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
    await stopJobQueue();
    await disconnectDb();
  } finally {
    await pool.end();
    await handle.stop();
    if (!options.keep && !reuse) await rm(dir, { recursive: true, force: true });
    else log(`Kept the database in ${dir}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
