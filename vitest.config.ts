import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  // "server-only" marks modules Next.js must keep out of browser bundles; in tests it is a no-op.
  resolve: { alias: { "@": root, "server-only": `${root}node_modules/server-only/empty.js` } },
  test: {
    // Vitest's default leaves one core idle (one worker on CI's two cores); the unit files are
    // CPU-bound and independent, so they use every core. The integration files run one at a
    // time (package.json's test:integration passes --maxWorkers=1): every process that touches
    // the job queue also works it, and a job queued by one file (a mail, a webhook delivery) must
    // run where that file's SMTP server, receiver and settings are, not in another file's process.
    maxWorkers: "100%",
    minWorkers: 1,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
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
          // (tests/integration/factories.ts) instead of resetting the database.
        },
      },
    ],
  },
});
