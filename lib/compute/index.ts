// CPU-heavy work off the event loop: claim extraction of a large body, HTML-to-text of a large
// upload and every PDF report run on a worker thread (pool.ts) with a time budget, so that one
// import or export never stalls the requests of others, and an input that takes too long fails
// with a clear AppError (503) instead of occupying a core for ever. Small extraction inputs run
// inline: a thread hop costs more than they do (docs/extraction.md, "Linear time and time
// budgets"); a PDF always goes to a thread.
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import { extractClaims, extractWithCandidates, type ExtractedClaim, type ExtractionResult } from "@/lib/extraction";
import { ComputeTimeoutError, WorkerPool } from "./pool";
import { htmlToTextResult, type HtmlTaskResult, type TaskInput, type TaskName, type TaskOutput } from "./tasks";

// PDF reports have their own thread and pool (pdf.ts), re-exported here.
export {
  DEFAULT_REPORT_TIMEOUT_MS,
  pdfPool,
  renderPdfOffLoop,
  reportTimeoutMs,
  spawnPdfWorker,
  warmPdfWorker,
} from "./pdf";

/** Bodies up to this many characters are extracted inline: at most ~80 ms even when adversarial. */
export const EXTRACTION_INLINE_MAX_CHARS = 20_000;
/**
 * HTML up to this many characters is read inline. Finding the article (Readability, from
 * lib/articles/main-content.ts) costs up to ~10 µs a character on hostile markup, so beyond a few
 * KB (every real saved page) it runs on a thread: at most ~40 ms here.
 */
export const HTML_INLINE_MAX_CHARS = 4 * 1024;
export const DEFAULT_TIMEOUT_MS = 20_000;

/** The time budget of one off-loop step (reading an HTML file, extracting claims), in ms. */
export function computeTimeoutMs(): number {
  const configured = Number(process.env.CLAIMLEDGER_EXTRACTION_TIMEOUT_MS);
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_TIMEOUT_MS;
}

function poolSize(): number {
  const configured = Number(process.env.CLAIMLEDGER_COMPUTE_WORKERS);
  if (Number.isInteger(configured) && configured > 0) return configured;
  // Leave a core to the event loop; at most four threads.
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** A thread running lib/compute/worker.ts, however the app runs. */
export function spawnComputeWorker(): Worker {
  // Inside Next.js (the production build and `next dev`) the bundler sees this exact form and
  // builds worker.ts with its imports as a worker entry.
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("./worker.ts", import.meta.url));
  // From TypeScript source (vitest, the CLI, npm scripts): bootstrap.mjs loads worker.ts via tsx.
  const here = path.dirname(fileURLToPath(import.meta.url));
  return new Worker(/* turbopackIgnore: true */ path.join(here, "bootstrap.mjs"), {
    workerData: { entry: pathToFileURL(path.join(here, "worker.ts")).href },
  });
}

let pool: WorkerPool | undefined;

/** The process's pool, started on first use. */
export function computePool(): WorkerPool {
  pool ??= new WorkerPool({ size: poolSize(), spawn: spawnComputeWorker });
  return pool;
}

export async function runTask<N extends TaskName>(
  name: N,
  input: TaskInput<N>,
  budgetMs: number,
): Promise<TaskOutput<N>> {
  return (await computePool().run(name, input, budgetMs)) as TaskOutput<N>;
}

const limitText = (ms: number) => (ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000}-second` : `${ms} ms`);

function overBudget(error: ComputeTimeoutError, work: string, size: string): AppError {
  const limit = limitText(error.budgetMs);
  const message =
    error.phase === "queued"
      ? `The server is busy with other imports and could not start ${work} ${size} within the ${limit} limit. Try again in a minute.`
      : `${work[0].toUpperCase()}${work.slice(1)} ${size} took longer than the ${limit} limit, so it was stopped. ` +
        "Split the text into shorter articles and import them one by one (an administrator can raise the limit with CLAIMLEDGER_EXTRACTION_TIMEOUT_MS).";
  return new AppError("UNAVAILABLE", message, { budgetMs: error.budgetMs, phase: error.phase });
}

const characters = (n: number) => `(${n.toLocaleString("en-US")} characters)`;

/** extractClaims, on a worker thread for a large body; AppError UNAVAILABLE past the budget. */
export async function extractClaimsOffLoop(text: string): Promise<ExtractedClaim[]> {
  if (text.length <= EXTRACTION_INLINE_MAX_CHARS) return extractClaims(text);
  try {
    return await runTask("extractClaims", text, computeTimeoutMs());
  } catch (error) {
    if (error instanceof ComputeTimeoutError)
      throw overBudget(error, "extracting claims from this article", characters(text.length));
    throw error;
  }
}

/** The claims and the candidates under the threshold (the article page's "below the line"), off the loop when large. */
export async function extractWithCandidatesOffLoop(text: string): Promise<ExtractionResult> {
  if (text.length <= EXTRACTION_INLINE_MAX_CHARS) return extractWithCandidates(text);
  try {
    return await runTask("extractWithCandidates", text, computeTimeoutMs());
  } catch (error) {
    if (error instanceof ComputeTimeoutError)
      throw overBudget(error, "finding claim candidates in this article", characters(text.length));
    throw error;
  }
}

/** htmlToText as data (see tasks.ts), on a worker thread for a large file; AppError past the budget. */
export async function htmlToTextOffLoop(html: string): Promise<HtmlTaskResult> {
  if (html.length <= HTML_INLINE_MAX_CHARS) return htmlToTextResult(html);
  try {
    return await runTask("htmlToText", html, computeTimeoutMs());
  } catch (error) {
    if (!(error instanceof ComputeTimeoutError)) throw error;
    const appError = overBudget(error, "reading this HTML file", characters(html.length));
    throw new AppError(appError.code, appError.message, { ...appError.details, fields: { file: [appError.message] } });
  }
}
