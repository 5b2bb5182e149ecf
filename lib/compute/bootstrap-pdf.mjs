// Entry of the PDF thread (lib/compute/pdf.ts, spawnPdfWorker), in the production build as from
// TypeScript source (vitest, the CLI, npm scripts). It loads the thread's code as one compiled file
// (pdf-worker-bundle.mjs: built by esbuild when a source changed, else reused), so a new thread
// neither compiles TypeScript nor runs a loader hook on every module it loads, and every way of
// running the app draws with the same code. Where that bundle cannot be had, it compiles the
// sources in this thread through tsx's CommonJS hook, as before: tsx's ESM hook would start a
// further module-loader thread, with its own heap, for every worker. The PDF code uses no ESM-only
// syntax (no top-level await, no import.meta), so it loads either way.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { workerData } from "node:worker_threads";
import { pdfWorkerBundle } from "./pdf-worker-bundle.mjs";

const require = createRequire(import.meta.url);
const bundle = pdfWorkerBundle();
if (bundle) {
  require(bundle);
} else {
  const { register } = await import("tsx/cjs/api");
  process.env.TSX_TSCONFIG_PATH = fileURLToPath(new URL("../../tsconfig.json", import.meta.url));
  register();
  require(workerData.entry);
}
