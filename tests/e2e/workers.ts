// How many Playwright workers run the specs at once: playwright.config.ts runs that many, and
// scripts/run-e2e.ts gives each its own port for outside pages (tests/e2e/fixtures.ts).
export const E2E_WORKERS = 2;
