// npx tsx --import ./bin/server-context.mjs scripts/bench-scale-dashboard.ts -- --data-dir DIR [--dist .next-x] [--requests 60]
// The 250-claim dashboard on a database kept by the scale benchmark (`--keep`): its reads in-process
// (getArticleDashboard, and the flagged-sources statement beside the Prisma relation filter it
// replaced), and, with --dist, the whole page over HTTP from `next start` of that build.
import os from "node:os";
import { parseArgs } from "node:util";
import type { CurrentUser } from "@/lib/auth/identity";

const { values: options } = parseArgs({
  options: {
    "data-dir": { type: "string" },
    dist: { type: "string" },
    requests: { type: "string", default: "60" },
  },
});
const log = (line: string) => console.log(line);
const SECRET = "claimledger-bench-scale-secret";

async function timed(name: string, requests: number, run: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)].toFixed(1);
  log(`| ${name} | ${at(50)} ms | ${at(95)} ms | ${times.length} |`);
}

async function main() {
  if (!options["data-dir"]) throw new Error("--data-dir: the folder the scale benchmark kept");
  process.env.CLAIMLEDGER_DATA_DIR = options["data-dir"];
  process.env.NEXTAUTH_SECRET = SECRET;
  const { openDatabase } = await import("@/lib/db/embedded");
  const handle = await openDatabase({ log: () => undefined });
  process.env.DATABASE_URL = handle.url;
  const { db, disconnectDb } = await import("@/lib/db/client");
  const { getArticleDashboard } = await import("@/lib/dashboard/data");
  const { flaggedSourcesOfArticle, FLAGGED_LINK_STATES } = await import("@/lib/sources/data");
  const { claimTableFiltersSchema } = await import("@/lib/dashboard/schema");
  const requests = Number(options.requests);
  try {
    const [large] = await db.$queryRaw<{ id: string }[]>`
      SELECT "articleId" AS id FROM "Claim" GROUP BY 1 HAVING count(*) = 250 ORDER BY 1 LIMIT 1`;
    const editor = await db.user.findFirstOrThrow({ where: { role: "EDITOR", active: true }, select: { id: true, role: true, active: true, name: true, email: true } });
    const user: CurrentUser = { ...editor, timeZone: "UTC", locale: null };
    log(`load average: ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
    log("| read (250-claim article) | p50 | p95 | samples |\n|---|---|---|---|");
    await timed("flagged sources: Prisma relation filter (before)", requests, () =>
      db.evidence.findMany({
        where: { removedAt: null, linkState: { in: [...FLAGGED_LINK_STATES] }, claim: { articleId: large.id, deletedAt: null } },
        select: { id: true, title: true, url: true, linkState: true, linkCheckedAt: true, claim: { select: { id: true, number: true } } },
        orderBy: [{ claim: { number: "asc" } }, { createdAt: "asc" }],
      }),
    );
    await timed("flagged sources: one statement from the article's claims (after)", requests, () => flaggedSourcesOfArticle(large.id));
    await timed("getArticleDashboard", requests, () => getArticleDashboard(user, large.id, claimTableFiltersSchema.parse({})));
    if (options.dist) {
      const { startInstance } = await import("./bench-scale/instances");
      const { createBrowserSession } = await import("@/lib/auth/identity");
      const { encode } = await import("next-auth/jwt");
      const sid = await createBrowserSession(editor.id, {});
      const cookie = `next-auth.session-token=${await encode({ token: { sid, sub: editor.id }, secret: SECRET })}`;
      const server = await startInstance({ databaseUrl: handle.url, secret: SECRET, distDir: options.dist });
      try {
        let page = "";
        await timed(`dashboard page over HTTP (${options.dist})`, requests, async () => {
          const response = await fetch(`${server.url}/articles/${large.id}/dashboard`, { headers: { cookie } });
          if (response.status !== 200) throw new Error(`dashboard answered ${response.status}`);
          page = await response.text();
        });
        // The RSC payload inlined for hydration (self.__next_f.push(…) scripts) beside the HTML.
        const payload = [...page.matchAll(/<script[^>]*>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].reduce((sum, match) => sum + match[1].length, 0);
        log(`page: ${(page.length / 1024).toFixed(0)} KB, of which the inlined RSC payload ${(payload / 1024).toFixed(0)} KB`);
      } finally {
        await server.stop();
      }
    }
    log(`load average: ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
  } finally {
    await disconnectDb();
    await handle.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
