// npm start: the whole app from a fresh clone. Starts the embedded PostgreSQL (or uses
// DATABASE_URL), applies migrations, seeds the demo workspace once (embedded only), builds the
// app when the build is missing or stale, then serves it and prints where and how to sign in.
// `npm run dev` does the same with `next dev` instead of a production build.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { dataDirectory, openDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrations";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed/demo-data";
import { buildIsCurrent, markBuilt, sourceFingerprint } from "./build-state";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const devMode = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

function log(line: string) {
  console.log(`[claimledger] ${line}`);
}

/** The session-signing secret: NEXTAUTH_SECRET, or one generated once and kept in the data folder. */
function authSecret(mode: "embedded" | "external"): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const dir = dataDirectory();
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  if (mode === "external") {
    log(`NEXTAUTH_SECRET is not set; using ${file}. Set the same NEXTAUTH_SECRET on every instance.`);
  }
  return readFileSync(file, "utf8").trim();
}

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], { stdio: "inherit", env });
}

function exited(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function waitForServer(url: string, child: ChildProcess): Promise<boolean> {
  for (let attempt = 0; attempt < 600 && child.exitCode === null; attempt++) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

async function main() {
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}".`);

  const started = Date.now();
  const database = await openDatabase({ log, purpose: "app" });
  log(database.mode === "embedded" ? `Embedded PostgreSQL ready (data in ${dataDirectory()}).` : "Using the PostgreSQL server at DATABASE_URL.");

  const applied = await applyMigrations(database.url);
  log(applied.length ? `Applied migrations: ${applied.join(", ")}.` : "Database schema is up to date.");

  const seedDemo = process.env.CLAIMLEDGER_SEED_DEMO ? process.env.CLAIMLEDGER_SEED_DEMO === "true" : database.mode === "embedded";
  if (seedDemo) {
    if (database.mode === "external") log("CLAIMLEDGER_SEED_DEMO=true: adding the demo users (shared password) to this database.");
    process.env.DATABASE_URL = database.url;
    const { seedDemoWorkspace } = await import("../prisma/seed/seed");
    const { created } = await seedDemoWorkspace();
    if (created) log("Seeded the demo workspace.");
    const { disconnectDb } = await import("../lib/db/client");
    await disconnectDb();
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    CLAIMLEDGER_DATABASE_MODE: database.mode,
    NEXTAUTH_SECRET: authSecret(database.mode),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };

  if (!devMode) {
    const fingerprint = sourceFingerprint();
    if (!buildIsCurrent(fingerprint)) {
      log("Building the app (first run or changed sources; this takes a minute or two) …");
      const code = await exited(run(["build"], { ...env, NODE_ENV: "production" }));
      if (code !== 0) throw new Error("The build failed; see the output above.");
      markBuilt(fingerprint);
    }
  }

  const server = run(devMode ? ["dev", "-p", String(port)] : ["start", "-p", String(port)], env);
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("Shutting down …");
    if (server.exitCode === null) server.kill("SIGTERM");
    await exited(server).catch(() => undefined);
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  server.on("exit", (code) => void shutdown(code ?? 0));

  if (await waitForServer(`http://127.0.0.1:${port}/api/health`, server)) {
    log(`ClaimLedger is running at http://localhost:${port} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s).`);
    if (seedDemo) {
      log(`Demo sign-ins (password "${DEMO_PASSWORD}"):`);
      for (const user of DEMO_USERS) log(`  ${user.role.padEnd(8)} ${user.email}`);
    }
    log("Press Ctrl-C to stop.");
  }
}

main().catch((error: unknown) => {
  console.error(`[claimledger] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
