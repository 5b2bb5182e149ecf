import { defineConfig } from "@playwright/test";
import { E2E_WORKERS } from "./tests/e2e/workers";

// scripts/run-e2e.ts sets these; running `npx playwright test` directly needs them too.
const port = Number(process.env.PORT ?? 3200);
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;

// Single sign-on against the OpenID provider tests/e2e/sso.spec.ts starts on 127.0.0.1 (the app
// reaches it only when someone signs in with it). Set here, before the server starts, so the
// server and the test workers see the same values.
process.env.E2E_OIDC_PORT ??= "3299";
process.env.CLAIMLEDGER_OIDC_ISSUER = `http://127.0.0.1:${process.env.E2E_OIDC_PORT}`;
process.env.CLAIMLEDGER_OIDC_CLIENT_ID = "claimledger-e2e";
process.env.CLAIMLEDGER_OIDC_CLIENT_SECRET = "e2e-oidc-secret";
process.env.CLAIMLEDGER_OIDC_ALLOWED_DOMAINS = "newsroom.test";
process.env.CLAIMLEDGER_OIDC_NAME = "Newsroom ID";

// Email is on in the end-to-end app: it goes to the capture server below (tests/e2e/mail-capture.ts),
// which the specs read (tests/e2e/mail.ts).
process.env.E2E_SMTP_PORT ??= "3297";
process.env.E2E_MAIL_PORT ??= "3296";
process.env.SMTP_URL = `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`;
process.env.CLAIMLEDGER_MAIL_FROM = "ClaimLedger <desk@claimledger.test>";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: E2E_WORKERS,
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
  webServer: [
    {
      command: "npx tsx tests/e2e/mail-capture.ts",
      url: `http://127.0.0.1:${process.env.E2E_MAIL_PORT}/health`,
      timeout: 60_000,
      reuseExistingServer: false,
    },
    {
      command: "npx tsx --import ./bin/server-context.mjs scripts/start.ts",
      url: `http://localhost:${port}/api/health`,
      // A first build on a busy 2-core machine can take longer; CLAIMLEDGER_E2E_SERVER_TIMEOUT_MS raises the wait.
      timeout: Number(process.env.CLAIMLEDGER_E2E_SERVER_TIMEOUT_MS) || 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
  ],
});
