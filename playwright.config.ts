import { defineConfig } from "@playwright/test";

// scripts/run-e2e.ts sets these; running `npx playwright test` directly needs them too.
const port = Number(process.env.PORT ?? 3200);
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The HTML report keeps the screenshots tests attach (the Arabic claim page, for one).
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
    },
  },
  webServer: {
    command: "npx tsx --import ./bin/server-context.mjs scripts/start.ts",
    url: `http://localhost:${port}/api/health`,
    // A first build on a busy 2-core machine can take longer; CLAIMLEDGER_E2E_SERVER_TIMEOUT_MS raises the wait.
    timeout: Number(process.env.CLAIMLEDGER_E2E_SERVER_TIMEOUT_MS) || 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
