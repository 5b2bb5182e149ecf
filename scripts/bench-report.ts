// Time and memory of the PDF report: a generated 1,000-claim article in seven scripts
// (tests/unit/reports/multiscript.ts) drawn on the PDF thread exactly as an export does
// (lib/compute/pdf.ts), twice. "cold" starts the thread (its code loaded, fonts read and parsed,
// nothing shaped yet); "warm" draws the same report again on that thread, so every word is
// already shaped (a later report with other text falls between the two). Prints wall time, pages,
// size, the CPU time the process spent (the worker's work: the main thread waits; it tells the
// real cost when other programs share the cores), the process's peak RSS (main thread and worker
// threads share one process) sampled every 10 ms, and the main event loop's longest stall while
// the worker draws. The script loads only the PDF side of lib/compute; an app server holds much
// more before it exports, so the export's own cost is the rise above the RSS before.
//   npm run bench:report [-- --claims 1000] [-- --out report.pdf]
import { writeFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { pdfPool, renderPdfOffLoop } from "../lib/compute/pdf";
import { multiScriptReport } from "../tests/unit/reports/multiscript";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const claims = Number(option("claims") ?? 1000);
const out = option("out");
const MB = 1024 * 1024;

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
  const bytes = await renderPdfOffLoop(multiScriptReport(claims));
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
  console.log(
    `${label}: ${claims} claims → ${pages} pages, ${(bytes.length / MB).toFixed(1)} MB in ${(ms / 1000).toFixed(2)} s (CPU ${(cpuMs / 1000).toFixed(2)} s); ` +
      `peak RSS ${(peak / MB).toFixed(0)} MB (${((peak - before) / MB).toFixed(0)} MB above the ${(before / MB).toFixed(0)} MB before); ` +
      `longest event-loop stall ${(loop.max / 1e6).toFixed(0)} ms`,
  );
  return { bytes, ms, peak };
}

const first = await run("cold (fonts read and parsed)");
const second = await run("warm");
if (out) writeFileSync(out, first.bytes);
const ok = Math.max(first.ms, second.ms) < 5000 && Math.max(first.peak, second.peak) < 300 * MB;
console.log(ok ? "Within the bounds: under 5 s and under 300 MB." : "OVER the bounds of 5 s and 300 MB.");
await pdfPool().close();
process.exitCode = ok ? 0 : 1;
