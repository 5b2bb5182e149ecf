// npm run test:e2e: Playwright in a real Chromium against the production build, served by the
// same `npm start` a newcomer runs, on a throwaway embedded database.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { freePort } from "../lib/system/free-port";

function findChromium(): string | null {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
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
// Tests serve "outside" pages (articles to import by URL, sources to snapshot) on this port of
// 127.0.0.1, which the app may fetch through the safe fetcher's allow list.
const sourcePort = await freePort();
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PLAYWRIGHT_CHROMIUM_EXECUTABLE: executable,
  CLAIMLEDGER_DATA_DIR: dataDir,
  PORT: String(port),
  E2E_SOURCE_PORT: String(sourcePort),
  CLAIMLEDGER_FETCH_ALLOW: `127.0.0.1:${sourcePort}`,
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
