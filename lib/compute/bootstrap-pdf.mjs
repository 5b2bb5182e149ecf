// Entry of the PDF thread when the app runs from TypeScript source (vitest, the CLI, npm scripts).
// Unlike bootstrap.mjs it loads the code through tsx's CommonJS hook, which compiles in this
// thread: tsx's ESM hook starts a further module-loader thread for every worker, with its own
// heap (tens of MB more while a report is drawn). The PDF code uses no ESM-only syntax (no
// top-level await, no import.meta), so it loads either way. The production build never uses
// this file: Next.js bundles pdf-worker.ts.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { workerData } from "node:worker_threads";
import { register } from "tsx/cjs/api";

process.env.TSX_TSCONFIG_PATH = fileURLToPath(new URL("../../tsconfig.json", import.meta.url));
register();
createRequire(import.meta.url)(workerData.entry);
