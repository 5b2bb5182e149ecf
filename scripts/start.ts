// npm start: the whole app from a fresh clone. Starts the embedded PostgreSQL (or uses
// DATABASE_URL), applies migrations, seeds the demo workspace once (embedded only), builds the
// app when the build is missing or stale, then serves it and prints where and how to sign in.
// It then supervises what it started: if the embedded PostgreSQL or the Next.js server exits, it
// is started again with back-off (lib/system/supervisor.ts). See docs/operations.md.
// `npm run dev` does the same with `next dev` instead of a production build.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { dataDirectory, openDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrations";
import {
  embeddedDatabaseService,
  httpProcessService,
  processService,
  startHttpProcess,
  startProcess,
  supervisorStatusWriter,
  type HttpProcessOptions,
  type ProcessOptions,
  type RunningProcess,
} from "../lib/system/services";
import { Supervisor } from "../lib/system/supervisor";
import { readSsoSettings } from "../lib/sso/settings";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed/demo-data";
import { buildIsCurrent, markBuilt, sourceFingerprint } from "./build-state";
import { isLoopbackHost, listenHost, probeUrl } from "./listen";

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

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

function printDemoNotice(accounts: string[], host: string) {
  const bar = "!".repeat(78);
  const lines = [
    bar,
    "!!  THIS IS A DEMO. These accounts sign in with the password published in the README",
    `!!  ("${DEMO_PASSWORD}"):`,
    ...accounts.map(
      (email) => `!!    ${DEMO_USERS.find((user) => user.email === email)?.role.padEnd(8) ?? ""} ${email}`,
    ),
    "!!  Do not keep real work here. Change their passwords (npx claimledger user set-password)",
    "!!  or deactivate them, and run production on your own PostgreSQL (DATABASE_URL):",
    "!!  see docs/operations.md.",
    isLoopbackHost(host)
      ? `!!  Listening on ${host} only: other machines cannot reach it (HOST changes that).`
      : `!!  Listening on ${host}: OTHER MACHINES CAN REACH THIS DEMO AND SIGN IN WITH THAT PASSWORD.`,
    bar,
  ];
  for (const line of lines) console.log(line);
}

async function main() {
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${process.env.PORT}".`);
  // Half-configured single sign-on stops the start here, not at someone's first sign-in (docs/sso.md).
  readSsoSettings();

  const started = Date.now();
  const database = await openDatabase({ log, purpose: "app" });
  const supervisors: Supervisor[] = [];
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("Shutting down …");
    // The app first, then the database it uses.
    for (const supervisor of [...supervisors].reverse()) await supervisor.stop().catch(() => undefined);
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  log(
    database.mode === "embedded"
      ? `Embedded PostgreSQL ready (data in ${dataDirectory()}).`
      : "Using the PostgreSQL server at DATABASE_URL.",
  );
  const host = listenHost(database.mode, process.env.HOST);

  const applied = await applyMigrations(database.url);
  log(applied.length ? `Applied migrations: ${applied.join(", ")}.` : "Database schema is up to date.");

  const seedDemo = process.env.CLAIMLEDGER_SEED_DEMO
    ? process.env.CLAIMLEDGER_SEED_DEMO === "true"
    : database.mode === "embedded";
  process.env.DATABASE_URL = database.url;
  if (seedDemo) {
    if (database.mode === "external")
      log("CLAIMLEDGER_SEED_DEMO=true: adding the demo users (shared password) to this database.");
    const { seedDemoWorkspace } = await import("../prisma/seed/seed");
    const { created } = await seedDemoWorkspace();
    if (created) log("Seeded the demo workspace.");
  }
  const { accountsWithPublishedPassword } = await import("../lib/system/demo-accounts");
  const demoAccounts = await accountsWithPublishedPassword();
  const { disconnectDb } = await import("../lib/db/client");
  await disconnectDb();

  const statusFile = path.join(dataDirectory(), "supervisor-status.json");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    CLAIMLEDGER_DATABASE_MODE: database.mode,
    // The app shows a demo banner while an account still has the published password.
    CLAIMLEDGER_DEMO: demoAccounts.length ? "true" : "false",
    CLAIMLEDGER_SUPERVISOR_STATUS: statusFile,
    NEXTAUTH_SECRET: authSecret(database.mode),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };

  if (!devMode) {
    const fingerprint = sourceFingerprint();
    if (!buildIsCurrent(fingerprint)) {
      log("Building the app (first run or changed sources; this takes a minute or two) …");
      const child = spawn(process.execPath, [nextBin, "build"], {
        stdio: "inherit",
        env: { ...env, NODE_ENV: "production" },
      });
      const code = await exited(child);
      if (code !== 0) throw new Error("The build failed; see the output above.");
      markBuilt(fingerprint);
    }
  }

  // The job worker runs as a process of its own at a lower CPU priority (`claimledger worker`), so
  // that matching an imported article's claims never holds up a page; `npm run dev` keeps it in
  // the dev server. CLAIMLEDGER_WORKER=off runs none here (workers elsewhere take the jobs).
  const separateWorker = !devMode && process.env.CLAIMLEDGER_WORKER !== "off";
  const nextProcess: HttpProcessOptions = {
    name: "the Next.js server",
    command: process.execPath,
    args: [nextBin, devMode ? "dev" : "start", "-p", String(port), ...(host ? ["-H", host] : [])],
    env: separateWorker ? { ...env, CLAIMLEDGER_WORKER: "off" } : env,
    readyUrl: probeUrl(host, port),
  };
  const workerProcess: ProcessOptions = {
    name: "the job worker",
    command: process.execPath,
    args: [fileURLToPath(new URL("../bin/claimledger.mjs", import.meta.url)), "worker"],
    env,
    // It lets its running jobs finish (a source fetch times out within 30 s).
    stopTimeoutMs: 35_000,
  };
  const writeStatus = supervisorStatusWriter(statusFile);

  if (database.server) {
    const service = embeddedDatabaseService(database.server);
    const supervisor = new Supervisor(service, { log, onStatus: (status) => writeStatus("database", status) });
    supervisor.watch(service.running());
    supervisors.push(supervisor);
  }

  let app: RunningProcess;
  try {
    app = await startHttpProcess(nextProcess);
  } catch (error) {
    log(`The Next.js server did not start: ${error instanceof Error ? error.message : String(error)}`);
    return shutdown(1);
  }
  const appSupervisor = new Supervisor(httpProcessService(nextProcess), {
    log,
    onStatus: (status) => writeStatus("app", status),
  });
  appSupervisor.watch(app);
  supervisors.push(appSupervisor);

  let worker: RunningProcess | null = null;
  if (separateWorker) {
    try {
      worker = await startProcess(workerProcess);
    } catch (error) {
      log(`The job worker did not start: ${error instanceof Error ? error.message : String(error)}`);
      return shutdown(1);
    }
    const workerSupervisor = new Supervisor(processService(workerProcess), { log });
    workerSupervisor.watch(worker);
    supervisors.push(workerSupervisor);
  }

  const shown =
    !host || isLoopbackHost(host) || host === "0.0.0.0" || host === "::"
      ? "localhost"
      : host.includes(":")
        ? `[${host}]`
        : host;
  const where = `http://${shown}:${port}`;
  log(`ClaimLedger is running at ${where} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s).`);
  const supervised = [
    ...(database.server ? [`PostgreSQL (pid ${database.server.pid})`] : []),
    `the Next.js server (pid ${app.pid})`,
    ...(worker ? [`the job worker (pid ${worker.pid})`] : []),
  ];
  log(
    `Supervising ${supervised.slice(0, -1).join(", ")}${supervised.length > 1 ? " and " : ""}${supervised.at(-1)}: each is restarted if it stops${database.server ? "" : "; the app reconnects to the database by itself"}.`,
  );
  if (demoAccounts.length) printDemoNotice(demoAccounts, host ?? "0.0.0.0");
  log("Press Ctrl-C to stop.");
}

main().catch((error: unknown) => {
  console.error(`[claimledger] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
