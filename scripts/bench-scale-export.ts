// npx tsx --import ./bin/server-context.mjs scripts/bench-scale-export.ts -- --data-dir DIR [--formats json,csv,history --runs 2 --out-dir DIR]
// The all-articles export of issue 11 timed in-process (no HTTP) on a database kept by
// `npm run bench:scale -- --keep` or scripts/bench-scale-writes.ts --keep: every article the
// benchmark's editor may export, rendered as the route renders it (renderReport) but with a fixed
// context and without recording the export, so that two runs, or two versions of the code, write
// the same bytes when they read the same rows. Prints each file's time, size and sha256, and the
// floor (the SQL of scripts/bench-scale/targets.ts's reportFloor) beside it, alternated per run.
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";

const { values: options } = parseArgs({
  options: {
    "data-dir": { type: "string" },
    formats: { type: "string", default: "json,csv,history" },
    runs: { type: "string", default: "2" },
    // Write each file there too (the first run's), to compare two versions byte by byte.
    "out-dir": { type: "string" },
  },
});
const log = (line: string) => console.log(line);

let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements++;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

async function main() {
  const dir = options["data-dir"];
  if (!dir) throw new Error("Give --data-dir: a database kept by bench:scale --keep.");
  process.env.CLAIMLEDGER_DATA_DIR = dir;
  const { openDatabase } = await import("@/lib/db/embedded");
  const handle = await openDatabase({ log: () => undefined });
  process.env.DATABASE_URL = handle.url;
  const floorClient = new pg.Client({ connectionString: handle.url, options: "-c jit=off" });
  await floorClient.connect();
  try {
    const { articleIdsInRange } = await import("@/lib/reports/data");
    const { renderReport } = await import("@/lib/reports/render");
    const { disconnectDb } = await import("@/lib/db/client");
    const { rows: [editor] } = await floorClient.query(`SELECT id, name, email FROM "User" WHERE email = 'bench-editor@claimledger.local'`);
    const actor = { id: editor.id as string, role: "EDITOR" as const, active: true };
    const articleIds = await articleIdsInRange(actor, new Date("2000-01-01T00:00:00Z"), new Date("2100-01-01T00:00:00Z"));
    const context = {
      generatedAt: new Date("2026-01-01T00:00:00Z"),
      generatedBy: { id: editor.id, name: editor.name, email: editor.email },
      scope: { type: "range" as const, from: "2000-01-01", to: "2099-12-31", criterion: "bench" },
      baseUrl: "http://localhost:3000",
      organisation: { name: "ClaimLedger", url: "http://localhost:3000" },
      timeZone: "UTC",
    };
    const floor = async () => {
      const started = performance.now();
      await floorClient.query(`SELECT c.*, (SELECT json_agg(e) FROM "Evidence" e WHERE e."claimId" = c.id) AS evidence,
          (SELECT json_agg(h ORDER BY h.seq) FROM "StatusChange" h WHERE h."claimId" = c.id) AS history,
          (SELECT json_agg(s) FROM "Assignment" s WHERE s."claimId" = c.id) AS assignments
        FROM "Claim" c WHERE c."articleId" = ANY($1) ORDER BY c."articleId", c.ordinal`, [articleIds]);
      await floorClient.query(`SELECT e.* FROM "AuditEvent" e WHERE e."entityType" = 'Article' AND e."entityId" = ANY($1)`, [articleIds]);
      return performance.now() - started;
    };
    log(`${articleIds.length} articles; load average ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
    log("| file | run | app | floor | app ÷ floor | statements | bytes | peak RSS | sha256 |\n|---|---|---|---|---|---|---|---|---|");
    for (let run = 1; run <= Number(options.runs); run++) {
      for (const name of options.formats.split(",")) {
        const format = name === "json" ? "json" : "csv";
        const kind = name === "history" ? "history" : "claims";
        const floorMs = await floor();
        const out = run === 1 && options["out-dir"] ? createWriteStream(path.join(options["out-dir"], `all.${name}`)) : null;
        const hash = createHash("sha256");
        let bytes = 0;
        let peak = process.memoryUsage.rss();
        statements = 0;
        const started = performance.now();
        const reader = renderReport(format, kind, context, articleIds).getReader();
        for (;;) {
          const next = await reader.read();
          if (next.done) break;
          hash.update(next.value);
          bytes += next.value.length;
          if (out && !out.write(next.value)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
          // rss() alone: memoryUsage() walks the heap spaces, which cost seconds over 2,000 chunks.
          peak = Math.max(peak, process.memoryUsage.rss());
        }
        const ms = performance.now() - started;
        await new Promise<void>((resolve) => (out ? out.end(() => resolve()) : resolve()));
        log(`| ${name} | ${run} | ${(ms / 1000).toFixed(2)} s | ${(floorMs / 1000).toFixed(2)} s | ×${(ms / floorMs).toFixed(1)} | ${statements} | ${bytes} | ${Math.round(peak / 2 ** 20)} MB | ${hash.digest("hex")} |`);
      }
    }
    log(`load average after: ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
    await disconnectDb();
  } finally {
    await floorClient.end();
    await handle.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
