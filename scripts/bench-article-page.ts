// npx tsx --import ./bin/server-context.mjs scripts/bench-article-page.ts -- --data-dir DIR --dist .next-a [--dist .next-b] [--requests 30]
// The 250-claim article page as an editor, on a database kept by the scale benchmark (`--keep`):
// each build served by its own `next start`, the requests alternating between them (one to each in
// turn, so both see the same load), p50/p95 per build, and what the page is made of: the HTML
// proper and the inlined RSC payload, each split by part of the page (highlighted text, claim list,
// each client component's props). See docs/performance.md.
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { describe } from "./bench-pages-payload";
import { summarise } from "./bench-scale/measure";
import type { CurrentUser } from "@/lib/auth/identity";

const { values: options } = parseArgs({
  options: {
    "data-dir": { type: "string" },
    dist: { type: "string", multiple: true },
    requests: { type: "string", default: "30" },
    // Also write each build's page there (DIR/<dist>.html), to look into.
    save: { type: "string" },
  },
});
const log = (line: string) => console.log(line);
const SECRET = "claimledger-bench-scale-secret";
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

async function main() {
  if (!options["data-dir"]) throw new Error("--data-dir: the folder the scale benchmark kept");
  const dists = options.dist ?? [];
  if (!dists.length) throw new Error("--dist: one or more builds to serve");
  process.env.CLAIMLEDGER_DATA_DIR = options["data-dir"];
  process.env.NEXTAUTH_SECRET = SECRET;
  const { openDatabase } = await import("@/lib/db/embedded");
  const handle = await openDatabase({ log: () => undefined });
  process.env.DATABASE_URL = handle.url;
  const { db, disconnectDb } = await import("@/lib/db/client");
  const { startInstance } = await import("./bench-scale/instances");
  const { createBrowserSession } = await import("@/lib/auth/identity");
  const { encode } = await import("next-auth/jwt");
  const requests = Number(options.requests);
  const servers: Awaited<ReturnType<typeof startInstance>>[] = [];
  try {
    const [large] = await db.$queryRaw<{ id: string }[]>`
      SELECT "articleId" AS id FROM "Claim" WHERE "deletedAt" IS NULL GROUP BY 1 HAVING count(*) = 250 ORDER BY 1 LIMIT 1`;
    const editor = await db.user.findFirstOrThrow({
      where: { role: "EDITOR", active: true },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    const sid = await createBrowserSession(editor.id, {});
    const cookie = `next-auth.session-token=${await encode({ token: { sid, sub: editor.id }, secret: SECRET })}`;
    // The page's reads in-process (what is left of its time is rendering and sending it).
    const { getArticleWorkspace } = await import("@/lib/review/article-page");
    const { anchorStates } = await import("@/lib/revisions/data");
    const { similarForArticle } = await import("@/lib/similar/data");
    const person = await db.user.findUniqueOrThrow({
      where: { id: editor.id },
      select: { id: true, role: true, active: true, name: true, email: true },
    });
    const user: CurrentUser = { ...person, timeZone: "UTC", locale: null };
    const reads = async () => {
      await getArticleWorkspace(user, large.id);
      await anchorStates(large.id);
      await similarForArticle(user, large.id);
    };
    for (let w = 0; w < 3; w++) await reads();
    const readTimes: number[] = [];
    for (let r = 0; r < requests; r++) {
      const started = performance.now();
      await reads();
      readTimes.push(performance.now() - started);
    }
    const readTiming = summarise(readTimes);
    log(
      `page's reads in-process (workspace, anchor states, similar claims): p50 ${readTiming.p50.toFixed(0)} ms, p95 ${readTiming.p95.toFixed(0)} ms`,
    );
    // Each read alone, to see which one the page waits on.
    for (const [name, read] of [
      ["workspace", () => getArticleWorkspace(user, large.id)],
      ["anchor states", () => anchorStates(large.id)],
      ["similar claims", () => similarForArticle(user, large.id)],
    ] as const) {
      const times: number[] = [];
      for (let r = 0; r < requests; r++) {
        const started = performance.now();
        await read();
        times.push(performance.now() - started);
      }
      const timing = summarise(times);
      log(`  ${name}: p50 ${timing.p50.toFixed(0)} ms, p95 ${timing.p95.toFixed(0)} ms (load ${load()})`);
    }
    for (const dist of dists)
      servers.push(await startInstance({ databaseUrl: handle.url, secret: SECRET, distDir: dist }));
    const fetchPage = async (index: number) => {
      const response = await fetch(`${servers[index].url}/articles/${large.id}`, { headers: { cookie } });
      const text = await response.text();
      if (response.status !== 200) throw new Error(`${dists[index]} answered ${response.status}`);
      return text;
    };
    const pages: string[] = [];
    for (let i = 0; i < dists.length; i++) for (let w = 0; w < 3; w++) pages[i] = await fetchPage(i);
    log(`article ${large.id}; load average before: ${load()}`);
    const times: number[][] = dists.map(() => []);
    for (let r = 0; r < requests; r++) {
      // Alternate which build goes first, so neither always follows the other.
      const order = r % 2 ? [...dists.keys()].reverse() : [...dists.keys()];
      for (const i of order) {
        const started = performance.now();
        await fetchPage(i);
        times[i].push(performance.now() - started);
      }
    }
    log(`load average after: ${load()}`);
    log("| build | p50 | p95 | fastest | samples |\n|---|---|---|---|---|");
    dists.forEach((dist, i) => {
      const timing = summarise(times[i]);
      log(
        `| ${dist} | ${timing.p50.toFixed(0)} ms | ${timing.p95.toFixed(0)} ms | ${Math.min(...times[i]).toFixed(0)} ms | ${timing.samples} |`,
      );
    });
    if (options.save)
      for (let i = 0; i < dists.length; i++)
        writeFileSync(path.join(options.save, `${path.basename(dists[i])}.html`), pages[i]);
    dists.forEach((dist, i) => {
      log(`\n${dist}:`);
      describe(pages[i], log);
    });
  } finally {
    for (const server of servers) server.stop();
    await disconnectDb();
    await handle.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
