// npx tsx --import ./bin/server-context.mjs scripts/bench-scale-export.ts --data-dir DIR [--formats json,csv,history --runs 2 --out-dir DIR]
// The all-articles export of issue 11 timed in-process (no HTTP) on a database kept by
// `npm run bench:scale -- --keep` or scripts/bench-scale-writes.ts --keep: every article the
// benchmark's editor may export, rendered as the route renders it (renderReport) but with a fixed
// context and without recording the export, so that two runs, or two versions of the code, write
// the same bytes when they read the same rows. Prints each file's time, size and sha256, and the
// floor (scripts/bench-scale/targets.ts: archiveFloor for JSON, reportFloor for CSV) beside it,
// alternated per run.
// Beside the times, the CPU each used, this process's and PostgreSQL's together: on a machine
// shared with other work, that compares the two where wall times swing with the load.
import { createHash } from "node:crypto";
import { createWriteStream, readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { archiveFloor, reportFloor } from "./bench-scale/targets";

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

/** CPU milliseconds of a process from /proc (with its reaped children's when asked). */
function cpuOf(pid: number, children: boolean): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]) + (children ? Number(fields[13]) + Number(fields[14]) : 0);
  return ticks * 10;
}

/**
 * CPU used so far by this process and by the database server: its postmaster (with the backends
 * it has reaped) and the backends still running. Null where /proc or the server's pid file is not
 * readable (another system, or a database this script did not start).
 */
function cpuNow(dataDir: string): { database: number; own: number } | null {
  try {
    const postmaster = Number(readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
    let database = cpuOf(postmaster, true);
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        if (Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]) === postmaster) database += cpuOf(Number(entry), false);
      } catch {
        // The process ended meanwhile.
      }
    }
    const own = process.cpuUsage();
    return { database, own: (own.user + own.system) / 1000 };
  } catch {
    return null;
  }
}

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
    type Cpu = { database: number; own: number };
    const cpuSince = (start: Cpu | null): Cpu | null => {
      const now = cpuNow(dir);
      return start === null || now === null ? null : { database: now.database - start.database, own: now.own - start.own };
    };
    const seconds = (ms: number) => (ms / 1000).toFixed(2);
    // The last floor's CPU (a holder: it is set inside floor()).
    const floorCpu: { last: Cpu | null } = { last: null };
    // Each format's floor (scripts/bench-scale/targets.ts): the archive's reads its own rows.
    const floor = async (format: string) => {
      const cpu = cpuNow(dir);
      const started = performance.now();
      await (format === "json" ? archiveFloor : reportFloor)(floorClient, articleIds);
      floorCpu.last = cpuSince(cpu);
      return performance.now() - started;
    };
    log(`${articleIds.length} articles; load average ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
    log("| file | run | app | floor | app ÷ floor | CPU app / floor (database + process) | statements | bytes | peak RSS | sha256 |\n|---|---|---|---|---|---|---|---|---|---|");
    for (let run = 1; run <= Number(options.runs); run++) {
      for (const name of options.formats.split(",")) {
        const format = name === "json" ? "json" : "csv";
        const kind = name === "history" ? "history" : "claims";
        const floorMs = await floor(format);
        const out = run === 1 && options["out-dir"] ? createWriteStream(path.join(options["out-dir"], `all.${name}`)) : null;
        const hash = createHash("sha256");
        let bytes = 0;
        let peak = process.memoryUsage.rss();
        statements = 0;
        const cpu = cpuNow(dir);
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
        const appCpu = cpuSince(cpu);
        // Total CPU of each, then PostgreSQL's share (database + this process).
        const total = (cpu: Cpu) => cpu.database + cpu.own;
        const floorUsed = floorCpu.last;
        const cpuText =
          appCpu === null || floorUsed === null
            ? "n/a"
            : `${seconds(total(appCpu))} / ${seconds(total(floorUsed))} s (×${(total(appCpu) / total(floorUsed)).toFixed(1)}; ` +
              `${seconds(appCpu.database)} + ${seconds(appCpu.own)} / ${seconds(floorUsed.database)} + ${seconds(floorUsed.own)})`;
        await new Promise<void>((resolve) => (out ? out.end(() => resolve()) : resolve()));
        log(`| ${name} | ${run} | ${(ms / 1000).toFixed(2)} s | ${(floorMs / 1000).toFixed(2)} s | ×${(ms / floorMs).toFixed(1)} | ${cpuText} | ${statements} | ${bytes} | ${Math.round(peak / 2 ** 20)} MB | ${hash.digest("hex")} |`);
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
