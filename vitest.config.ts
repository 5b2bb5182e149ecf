import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { BuildFirstSequencer } from "./tests/sequencer";

const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * Unit files that replace a module (vi.mock, vi.doMock) need a module registry of their own; the
 * others share modules within a worker. Found by reading the files, so a new mocking test cannot
 * land in the shared project by mistake.
 */
function filesThatMock(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".test.ts"))
    .map((name) => path.join(dir, name))
    .filter((file) => /\bvi\.(do)?[mM]ock\(/.test(readFileSync(file, "utf8")))
    .map((file) => path.relative(root, file).split(path.sep).join("/"));
}
const MOCKING_UNIT_FILES = filesThatMock(path.join(root, "tests/unit"));
// Integration files share their modules (the threads pool, below): a replaced module would leak
// into the files after it in the worker.
const MOCKING_INTEGRATION_FILES = filesThatMock(path.join(root, "tests/integration"));
if (MOCKING_INTEGRATION_FILES.length) {
  throw new Error(`Integration files share modules and may not replace one (vi.mock): ${MOCKING_INTEGRATION_FILES.join(", ")}`);
}

export default defineConfig({
  // "server-only" marks modules Next.js must keep out of browser bundles; in tests it is a no-op.
  resolve: { alias: { "@": root, "server-only": `${root}node_modules/server-only/empty.js` } },
  test: {
    // Vitest's default leaves one core idle (one worker on CI's two cores). Unit files are
    // CPU-bound and independent; integration files spend much of their time waiting on the
    // database, so both use every core. Integration files share one database and may run at the
    // same time: each creates its own rows (tests/integration/factories.ts), and a file that
    // starts a job worker works a queue schema of its own (CLAIMLEDGER_JOBS_SCHEMA), so a job it
    // queues (a mail, a webhook delivery) runs where its SMTP server, receiver and settings are.
    maxWorkers: "100%",
    minWorkers: 1,
    poolOptions: { threads: { isolate: false } },
    sequence: { sequencer: BuildFirstSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          exclude: MOCKING_UNIT_FILES,
          environment: "node",
          // Unit files are pure logic: a worker keeps its loaded modules from one file to the next
          // instead of importing the whole module graph again per file. Isolation is a setting of
          // the pool, not of a project (Vitest 3), so unit files run on the threads pool, set
          // above to share modules, and everything else on the isolated forks pool.
          pool: "threads",
        },
      },
      {
        extends: true,
        test: {
          // Files that replace a module (vi.mock) need a module registry of their own.
          name: "unit-isolated",
          include: MOCKING_UNIT_FILES,
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup-env.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Files share one database: each test creates its own rows
          // (tests/integration/factories.ts) instead of resetting the database. They share modules
          // too: a worker imports the app's module graph (Prisma's client, the routes) once, not
          // once per file (the suite went from about 10 to under 6 minutes on 2 cores). So no integration
          // file may replace a module (vi.mock); setup-env.ts gives each file the environment the
          // worker started with. Isolation is the pool's setting (see the unit project): the
          // threads pool, set above to share modules.
          pool: "threads",
        },
      },
    ],
  },
});
