import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  // "server-only" marks modules Next.js must keep out of browser bundles; in tests it is a no-op.
  resolve: { alias: { "@": root, "server-only": `${root}node_modules/server-only/empty.js` } },
  test: {
    // Vitest's default leaves one core idle (a single worker on CI's two cores); the unit files
    // are CPU-bound and the integration files mostly wait on PostgreSQL, so both use every core.
    maxWorkers: "100%",
    minWorkers: 1,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
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
          // Files share one database and run in parallel: each test creates its own rows
          // (tests/integration/factories.ts) instead of resetting the database.
        },
      },
    ],
  },
});
