// Worker entry when the app runs from TypeScript source (vitest, the CLI and npm scripts through
// tsx). Node 20 does not apply the parent's tsx loader to a worker's own entry file, so this plain
// module registers tsx inside the worker, with the repo's tsconfig for the "@/..." imports, and
// then loads the real entry. The production build never uses it: Next.js bundles worker.ts.
import { workerData } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register({ tsconfig: fileURLToPath(new URL("../../tsconfig.json", import.meta.url)) });
await import(workerData.entry);
