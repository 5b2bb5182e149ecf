// npx tsx --import ./bin/server-context.mjs scripts/bench-pages.ts -- --data-dir DIR --dist .next-a [--dist .next-b]
//   [--requests 30] [--pages claim,claim-editor,article25,article250,dashboard250,language,notfound] [--statements] [--trace]
//   [--sizes] [--save DIR] [--profile DIR [--profile-requests 200]] [--clients 10]
// A page's fixed cost: the claim page, a 25-claim article page and near-empty pages (the language
// settings, a 404); and the largest, a 250-claim article's text page and dashboard (sixth pass).
// On a database kept by the scale benchmark (`--keep`). Each build is served by its own
// `next start`; requests alternate between the builds (one to each in turn, so both see the
// same load); p50/p95 per page and build, with the load average beside each page's figures.
// --statements counts the SQL statements each page sends (pg_stat_statements, which the server
// must preload: `-c shared_preload_libraries=pg_stat_statements`; --trace lists them).
// --profile takes a CPU profile of each build's server (`node --cpu-prof`, one server per page) over
// --profile-requests requests of the page, and breaks it down (scripts/bench-pages-profile.ts).
// --clients C also times each page from C clients at once (issue 11 allows a p95 at most 10× the
// sequential one).
// The job worker is off in the servers (CLAIMLEDGER_WORKER=off): its polling would count as the
// pages' statements and CPU. See docs/performance.md, "Fifth pass".
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { describe } from "./bench-pages-payload";
import { breakdownProfile, MARK_IDLE_MS, printBreakdown } from "./bench-pages-profile";
import { summarise } from "./bench-scale/measure";
import { freePort } from "../lib/system/free-port";

const { values: options } = parseArgs({
  options: {
    "data-dir": { type: "string" },
    dist: { type: "string", multiple: true },
    requests: { type: "string", default: "30" },
    pages: { type: "string" },
    statements: { type: "boolean", default: false },
    trace: { type: "boolean", default: false },
    profile: { type: "string" },
    "profile-requests": { type: "string", default: "200" },
    clients: { type: "string" },
    // Print what each build's pages are made of (HTML, RSC payload by part).
    sizes: { type: "boolean", default: false },
    // Also write each build's pages there (DIR/<dist>-<page>.html), to look into.
    save: { type: "string" },
    // Screenshots of each build's pages in Chromium at 1366 and 390 px (DIR/<dist>-<page>-<width>[-<part>].png),
    // once hydrated: the top of the page and, where it has them, its claims and its text.
    shots: { type: "string" },
  },
});
const log = (line: string) => console.log(line);
const SECRET = "claimledger-bench-scale-secret";
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

interface PageTarget {
  key: string;
  name: string;
  path: string;
  cookie: string;
  status: number;
}

/**
 * `node --cpu-prof next start` (Node refuses --cpu-prof in NODE_OPTIONS, so not startInstance),
 * with the environment startInstance gives its servers.
 */
async function startProfiled(options: { databaseUrl: string; distDir: string; profileDir: string }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child = spawn(
    process.execPath,
    ["--cpu-prof", `--cpu-prof-dir=${options.profileDir}`, nextBin, "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: options.databaseUrl,
        NEXTAUTH_SECRET: SECRET,
        NEXTAUTH_URL: url,
        NODE_ENV: "production",
        NEXT_DIST_DIR: options.distDir,
        // The PDF thread would otherwise start (and warm up) in the middle of the profile.
        CLAIMLEDGER_PDF_THREAD: "on-demand",
      },
    },
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      await (await fetch(`${url}/api/health`)).arrayBuffer();
      return { url, child };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error("next start did not answer /api/health within 60 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** Screenshots of the pages as a person sees them once the page has hydrated (see --shots). */
async function screenshots(dir: string, dists: string[], servers: { url: string }[], pages: PageTarget[]) {
  const { chromium } = await import("@playwright/test");
  mkdirSync(dir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? "/usr/bin/chromium",
  });
  try {
    for (const [i, dist] of dists.entries())
      for (const page of pages)
        for (const width of [1366, 390]) {
          const context = await browser.newContext({ viewport: { width, height: width > 500 ? 900 : 844 } });
          const [name, value] = page.cookie.split("=");
          await context.addCookies([{ name, value, url: servers[i].url }]);
          const tab = await context.newPage();
          await tab.goto(`${servers[i].url}${page.path}`, { waitUntil: "networkidle" });
          // Hydrated: the notes of what the browser draws once the page has loaded are gone.
          await tab.waitForFunction(() => !document.querySelector("[data-drawn-later]"), null, { timeout: 120_000 });
          const file = (part: string) =>
            path.join(dir, `${path.basename(dist).replace(/^\./, "")}-${page.key}-${width}${part}.png`);
          const cards = await tab.locator("ol.claim-list > li, tr[data-testid^='claim-row-']").count();
          const marks = await tab.locator(".article-body mark").count();
          log(`  ${dist} ${page.key} at ${width} px: ${cards} claim cards or rows, ${marks} marks in the text`);
          await tab.screenshot({ path: file("") });
          for (const [part, selector] of [
            ["-claims", "#claims-heading"],
            ["-text", "#text-heading"],
          ] as const) {
            const target = tab.locator(selector);
            if (!(await target.count())) continue;
            await target.scrollIntoViewIfNeeded();
            await tab.evaluate(() => window.scrollBy(0, -60));
            await tab.screenshot({ path: file(part) });
          }
          await context.close();
        }
  } finally {
    await browser.close();
  }
}

async function main() {
  if (!options["data-dir"]) throw new Error("--data-dir: the folder the scale benchmark kept");
  const dists = options.dist ?? [];
  if (!dists.length) throw new Error("--dist: one or more builds to serve");
  process.env.CLAIMLEDGER_DATA_DIR = options["data-dir"];
  process.env.NEXTAUTH_SECRET = SECRET;
  process.env.CLAIMLEDGER_WORKER = "off";
  const { openDatabase } = await import("@/lib/db/embedded");
  const handle = await openDatabase({ log: () => undefined });
  process.env.DATABASE_URL = handle.url;
  const { db, disconnectDb } = await import("@/lib/db/client");
  const { startInstance } = await import("./bench-scale/instances");
  const { createBrowserSession } = await import("@/lib/auth/identity");
  const { encode } = await import("next-auth/jwt");
  const requests = Number(options.requests);
  const stats = new pg.Client({ connectionString: handle.url });
  await stats.connect();
  let servers: Awaited<ReturnType<typeof startInstance>>[] = [];
  try {
    const cookieFor = async (userId: string) => {
      const sid = await createBrowserSession(userId, {});
      return `next-auth.session-token=${await encode({ token: { sid, sub: userId }, secret: SECRET })}`;
    };
    const first = (role: "EDITOR" | "REVIEWER") =>
      db.user.findFirstOrThrow({ where: { role, active: true }, orderBy: { createdAt: "asc" }, select: { id: true } });
    const editor = await first("EDITOR");
    const reviewer = await first("REVIEWER");
    // The scale benchmark's choices: a claim the reviewer works on that has a verdict, a 25-claim article.
    const [claim] = await db.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM "Claim" c JOIN "Assignment" s ON s."claimId" = c.id
      WHERE s."reviewerId" = ${reviewer.id} AND c.status <> 'PENDING' ORDER BY c.id LIMIT 1`;
    const [small] = await db.$queryRaw<{ id: string }[]>`
      SELECT "articleId" AS id FROM "Claim" GROUP BY 1 HAVING count(*) = 25 LIMIT 1`;
    // The issue's largest pages: an article of 250 claims, its text page and its dashboard.
    const [large] = await db.$queryRaw<{ id: string }[]>`
      SELECT "articleId" AS id FROM "Claim" WHERE "deletedAt" IS NULL GROUP BY 1 HAVING count(*) = 250 ORDER BY 1 LIMIT 1`;
    const editorCookie = await cookieFor(editor.id);
    const reviewerCookie = await cookieFor(reviewer.id);
    const all: PageTarget[] = [
      { key: "claim", name: "claim page (reviewer)", path: `/claims/${claim.id}`, cookie: reviewerCookie, status: 200 },
      {
        key: "claim-editor",
        name: "claim page (editor)",
        path: `/claims/${claim.id}`,
        cookie: editorCookie,
        status: 200,
      },
      {
        key: "article25",
        name: "article page, 25 claims",
        path: `/articles/${small.id}`,
        cookie: editorCookie,
        status: 200,
      },
      ...(large
        ? [
            {
              key: "article250",
              name: "article page, 250 claims",
              path: `/articles/${large.id}`,
              cookie: editorCookie,
              status: 200,
            },
            {
              key: "dashboard250",
              name: "dashboard, 250 claims",
              path: `/articles/${large.id}/dashboard`,
              cookie: editorCookie,
              status: 200,
            },
          ]
        : []),
      { key: "language", name: "language settings", path: "/settings/language", cookie: editorCookie, status: 200 },
      { key: "notfound", name: "no such page (404)", path: "/no-such-page", cookie: editorCookie, status: 404 },
    ];
    const wanted = options.pages?.split(",");
    const pages = wanted ? all.filter((page) => wanted.includes(page.key)) : all;
    log(
      `claim ${claim.id}, 25-claim article ${small.id}, 250-claim article ${large?.id ?? "(none)"}; editor ${editor.id}, reviewer ${reviewer.id}`,
    );

    for (const dist of dists)
      servers.push(await startInstance({ databaseUrl: handle.url, secret: SECRET, distDir: dist }));
    const fetchPage = async (base: string, page: PageTarget) => {
      const response = await fetch(`${base}${page.path}`, { headers: { cookie: page.cookie } });
      const text = await response.text();
      if (response.status !== page.status) throw new Error(`${base}${page.path} answered ${response.status}`);
      return text;
    };
    const html = new Map<string, string>();
    for (const page of pages)
      for (let i = 0; i < dists.length; i++)
        for (let w = 0; w < 3; w++) html.set(`${i} ${page.key}`, await fetchPage(servers[i].url, page));

    log(`\nTimings, ${requests} requests per page and build, alternated (load average = 1, 5, 15 min)`);
    log(`| page | ${dists.map((d) => `${d} p50 / p95 (fastest)`).join(" | ")} | load before → after |`);
    log(`|---|${dists.map(() => "---|").join("")}---|`);
    for (const page of pages) {
      const before = load();
      const times: number[][] = dists.map(() => []);
      for (let r = 0; r < requests; r++) {
        const order = r % 2 ? [...dists.keys()].reverse() : [...dists.keys()];
        for (const i of order) {
          const started = performance.now();
          await fetchPage(servers[i].url, page);
          times[i].push(performance.now() - started);
        }
      }
      const cells = times.map((samples) => {
        const timing = summarise(samples);
        return `${timing.p50.toFixed(1)} / ${timing.p95.toFixed(1)} ms (${Math.min(...samples).toFixed(1)})`;
      });
      log(`| ${page.name} | ${cells.join(" | ")} | ${before} → ${load()} |`);
    }

    if (options.clients) {
      const clients = Number(options.clients);
      const { runConcurrent } = await import("./bench-scale/measure");
      log(`\n${clients} clients at once, ${requests * clients} requests per page and build (p95 ÷ the sequential p95 above)`);
      log(`| page | ${dists.map((d) => `${d} p50 / p95`).join(" | ")} | load before → after |`);
      log(`|---|${dists.map(() => "---|").join("")}---|`);
      for (const page of pages) {
        const before = load();
        const cells: string[] = [];
        for (const i of dists.keys()) {
          const timing = await runConcurrent(async () => void (await fetchPage(servers[i].url, page)), clients, {
            requests: requests * clients,
            capMs: 120_000,
          });
          cells.push(`${timing.p50.toFixed(0)} / ${timing.p95.toFixed(0)} ms${timing.errors ? ` (${timing.errors} errors)` : ""}`);
        }
        log(`| ${page.name} | ${cells.join(" | ")} | ${before} → ${load()} |`);
      }
    }

    log("\nPage sizes (bytes as served)");
    for (const page of pages)
      log(`  ${page.name}: ${dists.map((d, i) => `${d} ${html.get(`${i} ${page.key}`)?.length ?? 0}`).join(", ")}`);
    if (options.sizes)
      for (const page of pages)
        dists.forEach((dist, i) => {
          log(`\n${page.name}, ${dist}:`);
          describe(html.get(`${i} ${page.key}`) ?? "", log);
        });

    if (options.save)
      for (const page of pages)
        dists.forEach((dist, i) =>
          writeFileSync(
            path.join(options.save ?? ".", `${path.basename(dist)}-${page.key}.html`),
            html.get(`${i} ${page.key}`) ?? "",
          ),
        );

    if (options.shots) await screenshots(options.shots, dists, servers, pages);

    if (options.statements) {
      const SAMPLES = 5;
      log(`\nSQL statements per request (pg_stat_statements, top level, ${SAMPLES} requests each)`);
      for (const page of pages)
        for (let i = 0; i < dists.length; i++) {
          await stats.query("SELECT pg_stat_statements_reset()");
          for (let n = 0; n < SAMPLES; n++) await fetchPage(servers[i].url, page);
          const { rows } = await stats.query<{ calls: string; ms: number; query: string }>(
            `SELECT calls::text, total_exec_time AS ms, query FROM pg_stat_statements
             WHERE toplevel AND query NOT ILIKE '%pg_stat_statements%' ORDER BY calls DESC, ms DESC`,
          );
          const calls = rows.reduce((sum, row) => sum + Number(row.calls), 0);
          const ms = rows.reduce((sum, row) => sum + row.ms, 0);
          log(
            `  ${page.name}, ${dists[i]}: ${(calls / SAMPLES).toFixed(1)} statements, ${(ms / SAMPLES).toFixed(2)} ms executing`,
          );
          if (options.trace)
            for (const row of rows)
              log(
                `      ${(Number(row.calls) / SAMPLES).toFixed(1)}× ${(row.ms / Number(row.calls)).toFixed(2)} ms  ${row.query.replace(/\s+/g, " ").slice(0, 160)}`,
              );
        }
    }

    if (options.profile) {
      for (const server of servers) server.stop();
      servers = [];
      const count = Number(options["profile-requests"]);
      // One server per build and page, so that each profile holds one page's requests only.
      for (const dist of dists)
        for (const page of pages) {
          const dir = path.resolve(options.profile, path.basename(dist), page.key);
          mkdirSync(dir, { recursive: true });
          const profiled = await startProfiled({ databaseUrl: handle.url, distDir: dist, profileDir: dir });
          // The profile is written when the process exits.
          const exited = new Promise((resolve) => profiled.child.once("exit", resolve));
          try {
            for (let w = 0; w < 3; w++) await fetchPage(profiled.url, page);
            // The mark the breakdown starts after: the server's start and the warm-up are left out.
            await new Promise((resolve) => setTimeout(resolve, MARK_IDLE_MS + 500));
            const started = performance.now();
            for (let n = 0; n < count; n++) await fetchPage(profiled.url, page);
            const wall = performance.now() - started;
            log(
              `\nCPU profile, ${dist}, ${page.name}: ${count} requests in ${(wall / 1000).toFixed(1)} s (${(wall / count).toFixed(1)} ms each), load ${load()}`,
            );
          } finally {
            profiled.child.kill("SIGTERM");
            await exited;
          }
          for (const file of readdirSync(dir).filter((name) => name.endsWith(".cpuprofile")))
            printBreakdown(breakdownProfile(path.join(dir, file)), count, log);
        }
    }
  } finally {
    for (const server of servers) server.stop();
    await stats.end();
    await disconnectDb();
    await handle.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
