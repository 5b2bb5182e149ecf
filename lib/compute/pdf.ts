// PDF reports off the event loop: drawn on a thread of their own (pdf-worker.ts, in a pool of
// one), which loads only the PDF renderer and warms up as it starts. Kept apart from the general
// pool (index.ts), so a long report and a large import never wait for each other, and a module
// that only exports PDFs (scripts/bench-report.ts) loads nothing else. Same time budgets and
// errors as the other off-loop work.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import type { PdfReportInput } from "@/lib/reports/pdf";
import { ComputeTimeoutError, WorkerPool } from "./pool";

/**
 * A thread running lib/compute/pdf-worker.ts (the PDF renderer only), however the app runs: PDF
 * reports have their own thread, which starts warm (fonts parsed) and leaves the general pool to
 * imports. The thread loads the renderer as one file compiled by esbuild (bootstrap-pdf.mjs,
 * pdf-worker-bundle.mjs) in the production build too: Next.js's own bundle of pdf-worker.ts
 * (kept as the fallback) drew a cold 1,000-claim report with about 1.3 s more CPU on average and
 * up to 30 MB more memory (docs/reports.md).
 */
/**
 * The PDF thread's young generation is capped at 8 MB (V8's default lets it grow to 48 MB): a
 * report allocates mostly short-lived layout objects, so the smaller nursery is collected more
 * often at little cost (about 0.3 s on a 1,000-claim report) and the process peaks 30-50 MB lower
 * (`npm run bench:report`, docs/reports.md). The old generation is not capped: a report that
 * needs more must still finish.
 */
const PDF_THREAD_LIMITS = { maxYoungGenerationSizeMb: 8 };

export function spawnPdfWorker(): Worker {
  // From TypeScript source (vitest, the CLI, npm scripts).
  if (!process.env.NEXT_RUNTIME) return bootstrappedWorker(path.dirname(fileURLToPath(import.meta.url)));
  // Inside Next.js this module runs from a bundle chunk: the sources are found from the
  // repository root, where the server runs (fonts.ts reads node_modules from there too).
  const sources = path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "compute");
  if (existsSync(/* turbopackIgnore: true */ path.join(sources, "bootstrap-pdf.mjs")))
    return bootstrappedWorker(sources);
  // A deployment without the sources: the bundler sees this exact form and builds pdf-worker.ts
  // with its imports as a worker entry.
  return new Worker(new URL("./pdf-worker.ts", import.meta.url), { resourceLimits: PDF_THREAD_LIMITS });
}

/**
 * The PDF thread through bootstrap-pdf.mjs in `folder` (lib/compute). Started from a line of code
 * that imports it rather than from its path: Next.js's bundler follows any path it can work out in
 * `new Worker(…)` and would bundle the bootstrap, tsx and esbuild's binary into the server.
 */
function bootstrappedWorker(folder: string): Worker {
  const bootstrap = pathToFileURL(path.join(folder, "bootstrap-pdf.mjs")).href;
  return new Worker(`import(${JSON.stringify(bootstrap)})`, {
    eval: true,
    workerData: { entry: path.join(folder, "pdf-worker.ts") },
    // Not the parent's --import flags (tsx's ESM hook would start a loader thread for this one too).
    execArgv: [],
    resourceLimits: PDF_THREAD_LIMITS,
  });
}

/** Default time budget of drawing one PDF report (1,000 claims: 2 to 5 s here, docs/reports.md). */
export const DEFAULT_REPORT_TIMEOUT_MS = 60_000;

/** The time budget of drawing a PDF report, in ms (CLAIMLEDGER_REPORT_TIMEOUT_MS). */
export function reportTimeoutMs(): number {
  const configured = Number(process.env.CLAIMLEDGER_REPORT_TIMEOUT_MS);
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_REPORT_TIMEOUT_MS;
}

let reportPool: WorkerPool | undefined;

/** How long an on-demand PDF thread waits idle for the next report before it ends. */
const PDF_THREAD_IDLE_MS = 10 * 60_000;

/**
 * CLAIMLEDGER_PDF_THREAD: "kept" (the default) starts the PDF thread with the server and keeps
 * it, warm, for as long as the server runs (about 100 MB held while idle), so that no export pays
 * for starting it: on two busy cores a new thread's start and V8's compilation of the renderer
 * were what took a 1,000-claim report past 5 s (docs/reports.md). "on-demand" starts it with the
 * first export and ends it after ten idle minutes, for small machines that export rarely.
 */
export function pdfThreadMode(): "kept" | "on-demand" {
  return process.env.CLAIMLEDGER_PDF_THREAD === "on-demand" ? "on-demand" : "kept";
}

/**
 * The PDF reports' pool: one thread, so two long reports queue (within their budget) instead of
 * holding twice the memory, and a report never waits behind imports or the other way round.
 */
export function pdfPool(): WorkerPool {
  // Even on demand, kept for a while after a report (its fonts parsed, its words shaped): the
  // next export, often of the same article, does not pay the start again.
  const idleMs = pdfThreadMode() === "kept" ? Infinity : PDF_THREAD_IDLE_MS;
  reportPool ??= new WorkerPool({ size: 1, spawn: spawnPdfWorker, idleMs });
  return reportPool;
}

/**
 * Starts the PDF thread now if none is running, so that it warms up while the caller loads the
 * report's data. The thread's warm-up (lib/reports/pdf/warm-up.ts: about 2.5-3 s of CPU in
 * small idle steps) gives way as soon as a report starts.
 */
export function warmPdfWorker(): void {
  pdfPool().warm();
}

const limitText = (ms: number) => (ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000}-second` : `${ms} ms`);

const claimCount = (input: PdfReportInput) => input.articles.reduce((sum, entry) => sum + entry.claims.length, 0);

/** The PDF report drawn on a worker thread; AppError UNAVAILABLE past its time budget. */
export async function renderPdfOffLoop(input: PdfReportInput): Promise<Uint8Array> {
  try {
    return (await pdfPool().run("renderPdf", input, reportTimeoutMs())) as Uint8Array;
  } catch (error) {
    if (!(error instanceof ComputeTimeoutError)) throw error;
    const limit = limitText(error.budgetMs);
    const size = `(${claimCount(input).toLocaleString("en-US")} claims in ${input.articles.length} article${input.articles.length === 1 ? "" : "s"})`;
    const message =
      error.phase === "queued"
        ? `The server is busy with other work and could not start drawing this PDF report ${size} within the ${limit} limit. Try again in a minute.`
        : `Drawing this PDF report ${size} took longer than the ${limit} limit, so it was stopped. ` +
          "Export a shorter date range, or the CSV or JSON report (an administrator can raise the limit with CLAIMLEDGER_REPORT_TIMEOUT_MS).";
    throw new AppError("UNAVAILABLE", message, { budgetMs: error.budgetMs, phase: error.phase });
  }
}
