import { spawn } from "node:child_process";
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

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `npx claimledger …` as the operator would, with `stdin` written to it (a password), in this
 * file's environment unless `env` is given; resolves with its exit code and output.
 */
export function runClaimledger(args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bin/claimledger.mjs", ...args], { env: options.env ?? cliEnvironment() });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}
