// npm run test:e2e: Playwright in a real Chromium against the production build, served by the
// same `npm start` a newcomer runs, on a throwaway embedded database.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { freePort } from "../lib/system/free-port";
import { E2E_WORKERS } from "../tests/e2e/workers";

// Chromium's headless shell first: the tests need no window, and on a 2-core machine it used about
// half the CPU of the full browser for the same pages (13–14 s against 25–31 s for 20 page loads;
// docs/architecture.md). The full browser works too, only slower.
function findChromium(): string | null {
  const candidates = [
    process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE,
    "/usr/bin/chromium-headless-shell",
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
  ];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own installed
  }
  return null;
}


const executable = findChromium();
if (!executable) {
  console.error(
    [
      "No Chromium found for the end-to-end tests. Any one of these works:",
      "  - Debian: sudo apt-get install chromium-headless-shell   (gives /usr/bin/chromium-headless-shell)",
      "  - Debian/Ubuntu: sudo apt-get install chromium   (gives /usr/bin/chromium)",
      "  - set PLAYWRIGHT_CHROMIUM_EXECUTABLE=/path/to/chromium",
      "  - npx playwright install chromium   (needs access to Playwright's download host)",
    ].join("\n"),
  );
  process.exit(1);
}

const dataDir = mkdtempSync(path.join(tmpdir(), "claimledger-e2e-"));
chmodSync(dataDir, 0o755);
const port = await freePort();
// Tests serve "outside" pages (articles to import by URL, sources to snapshot, webhook receivers)
// on 127.0.0.1, which the app may fetch through the safe fetcher's allow list: one port per
// Playwright worker (tests/e2e/fixtures.ts outsidePages), so specs running at once never contend.
const sourcePorts: number[] = [];
while (sourcePorts.length < E2E_WORKERS) {
  const candidate = await freePort();
  if (candidate !== port && !sourcePorts.includes(candidate)) sourcePorts.push(candidate);
}
// The OpenID provider of the single sign-on test (playwright.config.ts, tests/e2e/sso.spec.ts).
const oidcPort = await freePort();
// The mail capture server (SMTP, and HTTP for the specs to read it; tests/e2e/mail-capture.ts).
const smtpPort = await freePort();
const mailPort = await freePort();
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PLAYWRIGHT_CHROMIUM_EXECUTABLE: executable,
  CLAIMLEDGER_DATA_DIR: dataDir,
  PORT: String(port),
  E2E_SOURCE_PORTS: sourcePorts.join(","),
  E2E_SMTP_PORT: String(smtpPort),
  E2E_MAIL_PORT: String(mailPort),
  E2E_OIDC_PORT: String(oidcPort),
  CLAIMLEDGER_FETCH_ALLOW: sourcePorts.map((sourcePort) => `127.0.0.1:${sourcePort}`).join(","),
};
// End-to-end tests always use a fresh embedded database with the demo workspace.
delete env.DATABASE_URL;
delete env.NEXTAUTH_URL;

const result = spawnSync(process.execPath, [path.resolve("node_modules/@playwright/test/cli.js"), "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env,
});
rmSync(dataDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
