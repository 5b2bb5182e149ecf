// Time and memory of the PDF report: a generated 1,000-claim article in seven scripts
// (tests/unit/reports/multiscript.ts) drawn on the PDF thread exactly as an export does
// (lib/compute/pdf.ts), twice. "cold" starts the thread (its code loaded, fonts read and parsed,
// nothing shaped yet), as the first export after a server start does, minus the overlap with
// loading the data that the app gets; "warm" draws the same report again on that thread, so every
// word is already shaped (a later report with other text falls between the two). The thread's
// code is the esbuild bundle of lib/compute/pdf-worker-bundle.mjs, the one `npm start`, the CLI
// and the tests load too, checked (and built when a source changed) before timing; with
// --next-build DIR (a production build's folder, `.next`) it is instead Next.js's own bundle of
// pdf-worker.ts, which the server falls back to without the sources. Prints wall time, pages,
// size, the CPU time the process spent (the worker's work: the main thread waits; it tells the
// real cost when other programs share the cores), the process's peak RSS (main thread and worker
// threads share one process) sampled every 10 ms, and the main event loop's longest stall while
// the worker draws, and the machine's load average (other programs on the cores lengthen the wall
// time, not the CPU time). The script loads only the PDF side of lib/compute; an app server holds much
// more before it exports, so the export's own cost is the rise above the RSS before.
//   npm run bench:report [-- --claims 1000] [-- --out report.pdf] [-- --next-build .next]
import { readdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { pdfPool, renderPdfOffLoop, reportTimeoutMs } from "../lib/compute/pdf";
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
function productionPool(dist: string): WorkerPool {
  const chunks = path.resolve(dist, "server", "chunks");
  const chunk = readdirSync(chunks).find(
    (name) => name.startsWith("[worker thread]-") && name.includes("lib_compute_pdf-worker") && name.endsWith(".js"),
  );
  if (!chunk) throw new Error(`No PDF worker chunk in ${chunks}: run \`npm run build\` (NEXT_DIST_DIR=${dist}) first.`);
  console.log(`PDF thread code: ${path.join(chunks, chunk)} (Next.js's bundle)`);
  const env = { ...process.env, NEXT_RUNTIME: "nodejs" };
  return new WorkerPool({ size: 1, spawn: () => new Worker(path.join(chunks, chunk), { env }), idleMs: 600_000 });
}

const production = nextBuild ? productionPool(nextBuild) : null;
const draw = async (input: ReturnType<typeof multiScriptReport>) =>
  production ? ((await production.run("renderPdf", input, reportTimeoutMs())) as Uint8Array) : renderPdfOffLoop(input);

async function run(label: string) {
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
  const bytes = await draw(multiScriptReport(claims));
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
// its sources, not per thread: build it first, so that "cold" times a new thread, not a build.
if (!production) {
  const bundleStarted = performance.now();
  const bundle = pdfWorkerBundle();
  console.log(
    bundle
      ? `PDF thread code: ${bundle} (checked or built in ${((performance.now() - bundleStarted) / 1000).toFixed(2)} s, before timing)`
      : "PDF thread code: no bundle could be built; the thread compiles its TypeScript through tsx",
  );
}
const first = await run("cold (new thread: code loaded, fonts read and parsed)");
const second = await run("warm");
if (out) writeFileSync(out, first.bytes);
const ok = Math.max(first.ms, second.ms) < 5000 && Math.max(first.peak, second.peak) < 300 * MB;
console.log(ok ? "Within the bounds: under 5 s and under 300 MB." : "OVER the bounds of 5 s and 300 MB.");
await (production ?? pdfPool()).close();
process.exitCode = ok ? 0 : 1;
