import { inject } from "vitest";

/**
 * The environment a CLI child process needs to reach the test database: the embedded server's
 * data folder (the CLI joins the running server) or DATABASE_URL.
 */
export function cliEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (inject("databaseMode") === "embedded") {
    delete env.DATABASE_URL;
    env.CLAIMLEDGER_DATA_DIR = inject("embeddedDataDir");
  } else {
    env.DATABASE_URL = inject("databaseUrl");
  }
  return env;
}
