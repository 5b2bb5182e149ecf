// npm run bench:scale [-- --claims 50000 --steps 5000 --requests 100 --clients 10 ...]
// Seeds a throwaway database in steps (5,000 claims, then 50,000 by default), serves the
// production build against it (`next start`), and times every page and API call of issue 11 over
// HTTP beside its SQL floor, sequentially and from concurrent clients. Prints the table and the
// growth between the steps; --out writes the figures as JSON. See docs/performance.md.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { checkInstances, ensureBuild, startInstance, type AppInstance } from "./bench-scale/instances";

const { values: options } = parseArgs({
  options: {
    claims: { type: "string", default: "50000" },
    steps: { type: "string", default: "5000" },
    articles: { type: "string" },
    // Share of claims given a verdict through the app's own write path (the hash chain).
    "verdict-share": { type: "string", default: "0.1" },
    requests: { type: "string", default: "100" },
    clients: { type: "string", default: "10" },
    "cap-seconds": { type: "string", default: "20" },
    only: { type: "string" },
    out: { type: "string" },
    keep: { type: "boolean", default: false },
    // Also start a second instance and check sessions, throttling, locks and writes across the two.
    instances: { type: "boolean", default: true },
    // Serve the build in NEXT_DIST_DIR as it is (e.g. a build of an older commit, for "before" figures).
    "skip-build": { type: "boolean", default: false },
  },
});

const CLAIMS = Number(options.claims);
const STEPS = [...new Set([...(options.steps ? options.steps.split(",").map(Number) : []), CLAIMS])].filter((n) => n > 0 && n <= CLAIMS).sort((a, b) => a - b);
const REQUESTS = Number(options.requests);
const CLIENTS = Number(options.clients);
const CAP_MS = Number(options["cap-seconds"]) * 1000;
const SECRET = "claimledger-bench-scale-secret";
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next-bench";
process.env.NEXT_DIST_DIR = DIST_DIR;
process.env.NEXTAUTH_SECRET = SECRET;
const log = (line: string) => console.log(line);

/** A throwaway embedded PostgreSQL in a temporary folder, unless DATABASE_URL names one. */
async function openThrowawayDatabase() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined };
  const dir = await mkdtemp(path.join(os.tmpdir(), "claimledger-bench-"));
  process.env.CLAIMLEDGER_DATA_DIR = dir;
  const { openDatabase } = await import("@/lib/db/embedded");
  const handle = await openDatabase({ log });
  return {
    url: handle.url,
    stop: async () => {
      await handle.stop();
      if (!options.keep) await rm(dir, { recursive: true, force: true });
      else log(`Kept the database in ${dir}`);
    },
  };
}

interface Row {
  name: string;
  kind: string;
  app: import("./bench-scale/measure").Timing;
  floor: import("./bench-scale/measure").Timing;
  concurrent: import("./bench-scale/measure").Timing | null;
  error?: string;
}

const ms = (value: number) => (Number.isFinite(value) ? (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`) : "–");
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `×${(a / b).toFixed(1)}` : "–");

function printTable(size: number, rows: Row[]) {
  log(`\n### ${size.toLocaleString("en")} claims\n`);
  log("| page or call | app p50 / p95 | floor p50 / p95 | app ÷ floor (p95) | 10 clients p95 | ÷ sequential p95 |");
  log("|---|---|---|---|---|---|");
  for (const row of rows) {
    if (row.error) {
      log(`| ${row.name} | failed: ${row.error.slice(0, 120)} | | | | |`);
      continue;
    }
    const failed = row.concurrent?.errors ? ` (${row.concurrent.errors} failed)` : "";
    const conc = row.concurrent ? `${ms(row.concurrent.p95)}${failed}` : "–";
    log(`| ${row.name} | ${ms(row.app.p50)} / ${ms(row.app.p95)} | ${ms(row.floor.p50)} / ${ms(row.floor.p95)} | ${ratio(row.app.p95, row.floor.p95)} | ${conc} | ${row.concurrent ? ratio(row.concurrent.p95, row.app.p95) : "–"} |`);
  }
}

async function main() {
  const began = performance.now();
  if (!options["skip-build"]) await ensureBuild(DIST_DIR, log);
  const database = await openThrowawayDatabase();
  process.env.DATABASE_URL = database.url;
  const { applyMigrations } = await import("@/lib/db/migrations");
  await applyMigrations(database.url);
  // The same session settings the app's connections get (lib/db/client.ts: no JIT).
  const pool = new pg.Pool({ connectionString: database.url, max: 4, options: "-c jit=off" });
  const floorClient = new pg.Client({ connectionString: database.url, options: "-c jit=off" });
  await floorClient.connect();
  const { seedUsers, seedTo, LARGE_ARTICLE_CLAIMS } = await import("./bench-scale/seed");
  const { targets } = await import("./bench-scale/targets");
  const { runConcurrent, runSequential } = await import("./bench-scale/measure");
  const { importBody, randomSource, vocabulary } = await import("./bench-scale/text");
  const { createBrowserSession } = await import("@/lib/auth/identity");
  const { createApiToken } = await import("@/lib/tokens/mutations");
  const { encode } = await import("next-auth/jwt");
  const { disconnectDb } = await import("@/lib/db/client");

  let server: AppInstance | null = null;
  const results: { claims: number; seed: unknown; rows: Row[] }[] = [];
  try {
    const state = await seedUsers(pool);
    const cookieFor = async (userId: string) => {
      const sid = await createBrowserSession(userId, {});
      return `next-auth.session-token=${await encode({ token: { sid, sub: userId }, secret: SECRET })}`;
    };
    const reviewerId = state.reviewerIds[0];
    const editor = { id: state.editorId, role: "EDITOR" as const, active: true };
    const reviewer = { id: reviewerId, role: "REVIEWER" as const, active: true };
    const editorToken = (await createApiToken(editor, { name: "bench" }, { via: "cli" })).token;
    const reviewerToken = (await createApiToken(reviewer, { name: "bench" }, { via: "cli" })).token;
    const editorCookie = await cookieFor(state.editorId);
    const reviewerCookie = await cookieFor(reviewerId);
    const importRandom = randomSource(7);
    const importWords = vocabulary(importRandom, 2000);
    let importCount = 0;

    for (const size of STEPS) {
      const articles = options.articles ? Math.round((Number(options.articles) * size) / CLAIMS) : Math.round(size / 25);
      log(`\nSeeding to ${size.toLocaleString("en")} claims (${articles} articles, ${state.reviewerIds.length} reviewers) …`);
      const seed = await seedTo(pool, state, { claims: size, articles, assignedShare: 0.6, evidenceShare: 0.3, verdictShare: Number(options["verdict-share"]) }, log);
      log(`  ${seed.verdicts} verdicts through the app in ${(seed.verdictMs / 1000).toFixed(1)} s`);
      // The same check as `npx claimledger verify`: every claim's hash chain, head and witnesses.
      const { verifyHistories } = await import("@/lib/history/data");
      const verification = await verifyHistories();
      log(`  history verification: ${verification.ok ? "ok" : `${verification.breaks.length} BREAKS`} (${verification.checkedRows} rows of ${verification.checkedClaims} claims)`);
      server ??= await startInstance({ databaseUrl: database.url, secret: SECRET, distDir: DIST_DIR, separateWorker: true });

      const one = async (sql: string, values: unknown[] = []) => (await pool.query(sql, values)).rows;
      const [small] = await one(`SELECT "articleId" AS id FROM "Claim" GROUP BY 1 HAVING count(*) = 25 LIMIT 1`);
      const [claim] = await one(`SELECT c.id FROM "Claim" c JOIN "Assignment" s ON s."claimId" = c.id WHERE s."reviewerId" = $1 AND c.status <> 'PENDING' ORDER BY c.id LIMIT 1`, [reviewerId]);
      const pending = await one(`SELECT c.id, c.version FROM "Claim" c JOIN "Assignment" s ON s."claimId" = c.id AND s.state = 'OPEN'
        WHERE c.status = 'PENDING' AND c."deletedAt" IS NULL AND NOT (c."articleId" = ANY($1)) ORDER BY md5(c.id) LIMIT 1200`, [state.largeArticleIds]);
      const unassigned = await one(`SELECT c.id FROM "Claim" c WHERE NOT EXISTS (SELECT 1 FROM "Assignment" s WHERE s."claimId" = c.id)
        AND NOT (c."articleId" = ANY($1)) ORDER BY md5(c.id) LIMIT 600`, [state.largeArticleIds]);
      const schemaFlags = await one(`SELECT to_regclass('"ArticleSummary"') IS NOT NULL AS summary,
        EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'Claim' AND column_name = 'searchVector') AS "searchVector"`);
      const today = new Date().toISOString().slice(0, 10);
      const fixtures = {
        baseUrl: server.url,
        editorCookie,
        reviewerCookie,
        editorToken,
        reviewerToken,
        reviewerId,
        editorId: state.editorId,
        largeArticleId: state.largeArticleIds[0],
        smallArticleId: small.id,
        claimId: claim.id,
        evidenceClaims: pending.slice(0, pending.length / 2).map((row) => ({ id: row.id as string, version: row.version as number })),
        verdictClaims: pending.slice(pending.length / 2).map((row) => ({ id: row.id as string, version: row.version as number })),
        unassignedClaims: unassigned.map((row) => row.id as string),
        rangeFrom: new Date(Date.now() - 800 * 86_400_000).toISOString().slice(0, 10),
        rangeTo: today,
        importBodies: () => importBody(importRandom, importWords, 20_000, `${size}-${importCount++}-${Date.now()}`),
        schema: schemaFlags[0] as { summary: boolean; searchVector: boolean },
      };
      log(`  large article ${LARGE_ARTICLE_CLAIMS} claims: ${fixtures.largeArticleId}; schema: ${JSON.stringify(fixtures.schema)}`);
      const rows: Row[] = [];
      for (const target of targets(fixtures, floorClient)) {
        if (options.only && !target.name.includes(options.only)) continue;
        const requests = target.requests ?? REQUESTS;
        try {
          const floor = await runSequential(target.floor, { requests, capMs: CAP_MS, warmup: 1 });
          // One untimed call before an import or export too, as before the floor: the first loads
          // the route into a fresh server (a second or more), which no user of a running server waits for.
          const app = await runSequential(target.call, { requests, capMs: CAP_MS, warmup: target.kind === "import" || target.kind === "export" ? 1 : 2 });
          const concurrentRequests = target.concurrentRequests ?? REQUESTS;
          const concurrent = concurrentRequests ? await runConcurrent(target.call, CLIENTS, { requests: concurrentRequests, capMs: CAP_MS }) : null;
          rows.push({ name: target.name, kind: target.kind, app, floor, concurrent });
          log(`  ${target.name}: app p95 ${ms(app.p95)} (${app.samples}), floor p95 ${ms(floor.p95)}${concurrent ? `, ${CLIENTS} clients p95 ${ms(concurrent.p95)}${concurrent.errors ? `, ${concurrent.errors} failed: ${concurrent.firstError}` : ""}` : ""}`);
        } catch (error) {
          rows.push({ name: target.name, kind: target.kind, app: { samples: 0, p50: NaN, p95: NaN }, floor: { samples: 0, p50: NaN, p95: NaN }, concurrent: null, error: String(error) });
          log(`  ${target.name}: FAILED ${String(error)}`);
        }
      }
      results.push({ claims: size, seed, rows });
    }

    for (const result of results) printTable(result.claims, result.rows);
    if (results.length > 1) {
      const [first, last] = [results[0], results[results.length - 1]];
      log(`\n### Growth from ${first.claims.toLocaleString("en")} to ${last.claims.toLocaleString("en")} claims (app p95)\n`);
      log("| page or call | small | large | growth |");
      log("|---|---|---|---|");
      for (const row of last.rows) {
        const before = first.rows.find((r) => r.name === row.name);
        if (before) log(`| ${row.name} | ${ms(before.app.p95)} | ${ms(row.app.p95)} | ${ratio(row.app.p95, before.app.p95)} |`);
      }
    }
    if (server && options.instances) {
      log("\nTwo instances on one database:");
      const second = await startInstance({ databaseUrl: database.url, secret: SECRET, distDir: DIST_DIR });
      try {
        const { createUser } = await import("@/lib/users/mutations");
        const password = "bench-scale-password";
        const stamp = Date.now();
        const person = await createUser(null, { email: `bench-instances-${stamp}@claimledger.local`, name: "Instances", role: "EDITOR", password }, { viaCli: true });
        const throttled = await createUser(null, { email: `bench-throttled-${stamp}@claimledger.local`, name: "Throttled", role: "REVIEWER", password }, { viaCli: true });
        const [claim] = (await pool.query(`SELECT id, version FROM "Claim" WHERE status = 'PENDING' AND "deletedAt" IS NULL ORDER BY md5(id) LIMIT 1`)).rows;
        const checks = await checkInstances({
          a: server.url,
          b: second.url,
          user: { email: person.email, password, id: person.id },
          throttled: { email: throttled.email },
          token: (await createApiToken({ id: person.id, role: "EDITOR", active: true }, { name: "instances" }, { via: "cli" })).token,
          claim: { id: claim.id, version: claim.version },
        });
        for (const check of checks) log(`  ${check.ok ? "ok  " : "FAIL"} ${check.name} (${check.detail})`);
      } finally {
        second.stop();
      }
    }
    log(`\nTotal ${((performance.now() - began) / 60_000).toFixed(1)} min.`);
    if (options.out) await writeFile(options.out, JSON.stringify(results, null, 2));
  } finally {
    server?.stop();
    await floorClient.end().catch(() => undefined);
    await pool.end().catch(() => undefined);
    await disconnectDb();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
