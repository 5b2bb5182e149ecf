// Time and memory of the PDF report: a generated 1,000-claim article in seven scripts
// (tests/unit/reports/multiscript.ts) drawn on the PDF thread exactly as an export does
// (lib/compute/pdf.ts). Three runs:
// - "first": the thread the server keeps (CLAIMLEDGER_PDF_THREAD=kept, the default), started and
//   warmed up as at server start and then left until idle, draws the report: code loaded, fonts
//   parsed, no word of this report shaped yet. Every export of a running server is this case or
//   better.
// - "warm": the same report again on that thread, every word already shaped (the best case; a
//   later report with other text falls between the two).
// - "cold": a new thread (CLAIMLEDGER_PDF_THREAD=on-demand, the first export after a start, or
//   after a report over its time budget ended the thread), its start and warm-up included.
// The bound (under 5 s, under 300 MB) is checked on what the server does by default: "first" and
// "warm". The thread's code is the esbuild bundle of lib/compute/pdf-worker-bundle.mjs, the one
// `npm start`, the CLI and the tests load too, checked (and built when a source changed) before
// timing; with --next-build DIR (a production build's folder, `.next`) it is instead Next.js's own
// bundle of pdf-worker.ts, which the server falls back to without the sources. Prints wall time,
// pages, size, the CPU time the process spent (the worker's work: the main thread waits; it tells
// the real cost when other programs share the cores), the process's peak RSS (main thread and
// worker threads share one process) sampled every 10 ms, the main event loop's longest stall while
// the worker draws, and the machine's load average (other programs on the cores lengthen the wall
// time, not the CPU time). The script loads only the PDF side of lib/compute; an app server holds
// much more before it exports, so the export's own cost is the rise above the RSS before.
//   npm run bench:report [-- --claims 1000] [-- --out report.pdf] [-- --next-build .next]
import { readdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { reportTimeoutMs, spawnPdfWorker } from "../lib/compute/pdf";
import { WorkerPool } from "../lib/compute/pool";
import { pdfWorkerBundle } from "../lib/compute/pdf-worker-bundle.mjs";
import { multiScriptReport } from "../tests/unit/reports/multiscript";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const claims = Number(option("claims") ?? 1000);
const out = option("out");
const nextBuild = option("next-build");
const MB = 1024 * 1024;

/** Next.js's build of the PDF thread: the worker chunk it made from pdf-worker.ts (the fallback). */
function productionSpawn(dist: string): () => Worker {
  const chunks = path.resolve(dist, "server", "chunks");
  const chunk = readdirSync(chunks).find(
    (name) => name.startsWith("[worker thread]-") && name.includes("lib_compute_pdf-worker") && name.endsWith(".js"),
  );
  if (!chunk) throw new Error(`No PDF worker chunk in ${chunks}: run \`npm run build\` (NEXT_DIST_DIR=${dist}) first.`);
  console.log(`PDF thread code: ${path.join(chunks, chunk)} (Next.js's bundle)`);
  const env = { ...process.env, NEXT_RUNTIME: "nodejs" };
  return () => new Worker(path.join(chunks, chunk), { env });
}

const spawn = nextBuild ? productionSpawn(nextBuild) : spawnPdfWorker;
/** A PDF pool as lib/compute/pdf.ts makes it: one thread, kept while the process runs. */
const newPool = () => new WorkerPool({ size: 1, spawn, idleMs: Infinity });

/** Waits until the process has spent under 20 ms of CPU in 500 ms: the thread's warm-up is over. */
async function untilIdle() {
  for (let rounds = 0; rounds < 60; rounds++) {
    const before = process.cpuUsage();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const spent = process.cpuUsage(before);
    if ((spent.user + spent.system) / 1000 < 20) return;
  }
}

async function run(label: string, pool: WorkerPool) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  // Generated here, so that (as in an export) only the pool holds the data until it is posted.
  const bytes = (await pool.run("renderPdf", multiScriptReport(claims), reportTimeoutMs())) as Uint8Array;
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  loop.disable();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const pages = (
    Buffer.from(bytes)
      .toString("latin1")
      .match(/\/Type \/Page\b/g) ?? []
  ).length;
  const load = loadavg()[0].toFixed(2);
  console.log(
    `${label}: ${claims} claims → ${pages} pages, ${(bytes.length / MB).toFixed(1)} MB in ${(ms / 1000).toFixed(2)} s (CPU ${(cpuMs / 1000).toFixed(2)} s); ` +
      `peak RSS ${(peak / MB).toFixed(0)} MB (${((peak - before) / MB).toFixed(0)} MB above the ${(before / MB).toFixed(0)} MB before); ` +
      `longest event-loop stall ${(loop.max / 1e6).toFixed(0)} ms; load average ${load} on ${availableParallelism()} cores`,
  );
  return { bytes, ms, peak };
}

// The PDF thread's compiled code (lib/compute/pdf-worker-bundle.mjs) is built once per change of
// its sources, not per thread: build it first, so that no run times a build.
if (!nextBuild) {
  const bundleStarted = performance.now();
  const bundle = pdfWorkerBundle();
  console.log(
    bundle
      ? `PDF thread code: ${bundle} (checked or built in ${((performance.now() - bundleStarted) / 1000).toFixed(2)} s, before timing)`
      : "PDF thread code: no bundle could be built; the thread compiles its TypeScript through tsx",
  );
}
const kept = newPool();
kept.warm();
await untilIdle();
const first = await run("first (the kept thread, warmed at server start; no word of this report shaped yet)", kept);
const second = await run("warm (the same report again on that thread)", kept);
await kept.close();
const onDemand = newPool();
const cold = await run("cold (a new thread: CLAIMLEDGER_PDF_THREAD=on-demand, or the first export after a start)", onDemand);
await onDemand.close();
if (out) writeFileSync(out, first.bytes);
const ok = Math.max(first.ms, second.ms) < 5000 && Math.max(first.peak, second.peak, cold.peak) < 300 * MB;
console.log(
  ok
    ? "Within the bounds: the server's exports under 5 s, every run under 300 MB."
    : "OVER the bounds: an export of the server over 5 s, or a run over 300 MB.",
);
process.exitCode = ok ? 0 : 1;
