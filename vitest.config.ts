import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

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
