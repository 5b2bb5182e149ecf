// npx tsx --import ./bin/server-context.mjs scripts/bench-scale-http-writes.ts -- --data-dir DIR --app DIR[,DIR…] [--dist .next-bench --writes 40 --rounds 2 --warmup 20]
// The writes of issue 11 over HTTP, as bench:scale times them (Bearer token, one fresh claim per
// request), on a database kept by `bench:scale --keep`, against one or more builds served in turn
// (`next start` in each --app folder, its build in --dist, the job worker beside it as `npm start`
// runs it): a build of an older commit beside this one, alternated round by round on the same
// database, so both meet the same rows and the same machine load. Prints p50/p95 per write, build
// and round, with the load average.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";

const { values: options } = parseArgs({
  options: {
    "data-dir": { type: "string" },
    app: { type: "string" },
    dist: { type: "string", default: ".next-bench" },
    writes: { type: "string", default: "40" },
    rounds: { type: "string", default: "2" },
    // Untimed writes of each kind first: a fresh server compiles and loads each route on its
    // first calls (the full benchmark meets its writes warm, after every page).
    warmup: { type: "string", default: "20" },
  },
});
const log = (line: string) => console.log(line);
const SECRET = "claimledger-bench-http-writes";

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });

async function serve(appDir: string, databaseUrl: string) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(appDir, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: appDir,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: url,
      NODE_ENV: "production",
      NEXT_DIST_DIR: options.dist,
      CLAIMLEDGER_API_RATE_LIMIT: "1000000",
      CLAIMLEDGER_API_ADDRESS_RATE_LIMIT: "1000000",
      CLAIMLEDGER_WORKER: "off",
    },
  });
  // The job worker beside the server, as `npm start` runs it (a process of its own, lower priority).
  const worker = spawn(process.execPath, [path.join(appDir, "bin/claimledger.mjs"), "worker"], {
    cwd: appDir,
    stdio: "ignore",
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production" },
  });
  const stopWorker = () => worker.exitCode === null && worker.kill("SIGTERM");
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      await (await fetch(`${url}/api/health`)).arrayBuffer();
      const stop = () => {
        stopWorker();
        if (child.exitCode === null) child.kill("SIGTERM");
      };
      return { url, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      stopWorker();
      throw new Error("next start did not answer within 120 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

async function post(url: string, token: string, json: unknown, expected: number) {
  const response = await fetch(url, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(json),
  });
  const body = await response.text();
  if (response.status !== expected) throw new Error(`POST ${url} answered ${response.status}: ${body.slice(0, 300)}`);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  const dir = options["data-dir"];
  if (!dir || !options.app) throw new Error("Give --data-dir (a kept bench:scale database) and --app (folders to serve).");
  process.env.CLAIMLEDGER_DATA_DIR = dir;
  const { openDatabase } = await import("@/lib/db/embedded");
  const handle = await openDatabase({ log: () => undefined });
  process.env.DATABASE_URL = handle.url;
  const pool = new pg.Pool({ connectionString: handle.url, max: 2 });
  try {
    const { createApiToken } = await import("@/lib/tokens/mutations");
    const { disconnectDb } = await import("@/lib/db/client");
    const one = async (sql: string, values: unknown[] = []) => (await pool.query(sql, values)).rows;
    const [editor] = await one(`SELECT id FROM "User" WHERE email = 'bench-editor@claimledger.local'`);
    const [reviewer] = await one(`SELECT id FROM "User" WHERE role = 'REVIEWER' AND active ORDER BY "createdAt", id LIMIT 1 OFFSET 1`);
    const large = (await one(`SELECT "articleId" AS id FROM "Claim" GROUP BY 1 HAVING count(*) = 250`)).map((row) => row.id as string);
    const token = (await createApiToken({ id: editor.id, role: "EDITOR", active: true }, { name: "http-writes" }, { via: "cli" })).token;
    await disconnectDb();
    const writes = Number(options.writes);
    const warmup = Number(options.warmup);
    const perKind = writes + warmup;
    log(`| build | round | write | p50 | p95 | samples | load average |\n|---|---|---|---|---|---|---|`);
    for (let round = 1; round <= Number(options.rounds); round++) {
      for (const app of options.app.split(",")) {
        const server = await serve(app, handle.url);
        try {
          // Fresh claims for this build and round (earlier runs used theirs up).
          const pending = await one(`SELECT c.id, c.version FROM "Claim" c JOIN "Assignment" s ON s."claimId" = c.id AND s.state = 'OPEN'
            WHERE c.status = 'PENDING' AND c."deletedAt" IS NULL AND NOT (c."articleId" = ANY($1))
              AND NOT EXISTS (SELECT 1 FROM "Evidence" e WHERE e."claimId" = c.id AND e.url LIKE 'https://bench-http.example/%')
            ORDER BY md5(c.id || $3) LIMIT $2`, [large, 2 * perKind, `${round}${app}`]);
          const unassigned = await one(`SELECT c.id FROM "Claim" c WHERE NOT EXISTS (SELECT 1 FROM "Assignment" s WHERE s."claimId" = c.id)
            AND c."deletedAt" IS NULL AND NOT (c."articleId" = ANY($1)) ORDER BY md5(c.id || $3) LIMIT $2`, [large, perKind, `${round}${app}`]);
          const evidence = pending.slice(0, perKind);
          const verdicts = pending.slice(perKind);
          const kinds: [string, (i: number) => Promise<void>][] = [
            ["add evidence", (i) => post(`${server.url}/api/v1/claims/${evidence[i].id}/evidence`, token, { url: `https://bench-http.example/${evidence[i].id}`, title: "A source", stance: "CONTEXT", version: evidence[i].version }, 201)],
            ["verdict", (i) => post(`${server.url}/api/v1/claims/${verdicts[i].id}/verdict`, token, { status: "UNVERIFIED", rationale: "Checked by the benchmark.", version: verdicts[i].version }, 200)],
            ["assign", (i) => post(`${server.url}/api/v1/claims/${unassigned[i].id}/assignments`, token, { reviewerId: reviewer.id, dueAt: null }, 201)],
          ];
          for (const [name, run] of kinds) {
            for (let i = 0; i < warmup; i++) await run(i);
            const times: number[] = [];
            for (let i = warmup; i < perKind; i++) {
              const started = performance.now();
              await run(i);
              times.push(performance.now() - started);
            }
            times.sort((a, b) => a - b);
            log(`| ${path.basename(app)} | ${round} | ${name} | ${percentile(times, 50).toFixed(1)} ms | ${percentile(times, 95).toFixed(1)} ms | ${times.length} | ${os.loadavg()[0].toFixed(1)} |`);
          }
        } finally {
          server.stop();
        }
      }
    }
  } finally {
    await pool.end();
    await handle.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
