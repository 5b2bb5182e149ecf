// Kill-and-recover with the real embedded PostgreSQL, through the app's own health route and its
// one Prisma client (no new client is made: the pg pool must reconnect by itself):
// - a database that goes away and comes back (as an external server would) takes health to 503
//   and back to 200 without any restart of the app;
// - SIGKILL to the postmaster (the pid in postmaster.pid), under npm start's supervisor: health
//   says 503 with the reason, then 200 again within a bound, and committed rows are still there.
// The server is this file's own, in a throwaway data folder, so other test files never notice.
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { disconnectDb, db } from "@/lib/db/client";
import { openDatabase, type DatabaseHandle } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";
import { embeddedDatabaseService, supervisorStatusWriter } from "@/lib/system/services";
import { Supervisor } from "@/lib/system/supervisor";

const SAVED = [
  "DATABASE_URL",
  "CLAIMLEDGER_DATA_DIR",
  "CLAIMLEDGER_SUPERVISOR_STATUS",
  "CLAIMLEDGER_DATABASE_MODE",
] as const;
const saved = Object.fromEntries(SAVED.map((name) => [name, process.env[name]]));
let dataDir: string;
let database: DatabaseHandle;

async function health(): Promise<{ status: number; body: { status: string; reason?: string } }> {
  const response = await GET();
  return { status: response.status, body: await response.json() };
}

/** Polls health every 50 ms; returns the answers seen until `until` holds, and how long it took. */
async function watchHealth(until: (status: number) => boolean, timeoutMs: number) {
  const started = Date.now();
  const seen: { status: number; reason?: string }[] = [];
  for (;;) {
    const { status, body } = await health();
    seen.push({ status, reason: body.reason });
    if (until(status)) return { ms: Date.now() - started, seen };
    if (Date.now() - started > timeoutMs)
      throw new Error(`health did not change within ${timeoutMs} ms: ${JSON.stringify(seen.at(-1))}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "claimledger-supervision-"));
  await chmod(dataDir, 0o755);
  delete process.env.DATABASE_URL;
  process.env.CLAIMLEDGER_DATA_DIR = dataDir;
  database = await openDatabase({ purpose: "app" });
  await applyMigrations(database.url);
  // The app's Prisma client (and so /api/health) now uses this server.
  await disconnectDb();
  process.env.DATABASE_URL = database.url;
  process.env.CLAIMLEDGER_DATABASE_MODE = "embedded";
  process.env.CLAIMLEDGER_SUPERVISOR_STATUS = path.join(dataDir, "supervisor-status.json");
}, 120_000);

afterAll(async () => {
  await disconnectDb();
  await database?.stop();
  for (const name of SAVED) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe("recovery from a database crash", () => {
  it("answers 503 while the database is away and 200 once it is back, with the same client", async () => {
    expect(await health()).toEqual({
      status: 200,
      body: { status: "ok", database: "embedded", migrations: "up-to-date" },
    });
    const server = database.server!;
    await server.stop();
    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body.reason).toBe("The database cannot be reached.");
    await server.start();
    const back = await watchHealth((status) => status === 200, 10_000);
    console.log(`database back: health 200 after ${back.ms} ms`);
  });

  it("restarts the killed postmaster with back-off; health says why, then recovers by itself", async () => {
    const server = database.server!;
    const service = embeddedDatabaseService(server);
    const log: string[] = [];
    const writeStatus = supervisorStatusWriter(process.env.CLAIMLEDGER_SUPERVISOR_STATUS!);
    // A first delay long enough to look at health meanwhile.
    const policy = { initialDelayMs: 1_500, maxDelayMs: 30_000, factor: 2, stableAfterMs: 60_000 };
    const supervisor = new Supervisor(service, {
      policy,
      log: (line) => log.push(line),
      onStatus: (status) => writeStatus("database", status),
    });
    supervisor.watch(service.running());
    try {
      const marker = await db.auditEvent.create({
        data: { action: "test.marker", entityType: "Test", entityId: "before-the-crash" },
      });
      const pid = Number((await readFile(path.join(server.clusterDir, "postmaster.pid"), "utf8")).split("\n")[0]);
      expect(pid).toBe(server.pid);

      const killedAt = Date.now();
      process.kill(pid, "SIGKILL");
      const down = await watchHealth((status) => status === 503, 5_000);
      const during = await watchHealth((status) => status !== 503 || Date.now() - killedAt > 1_000, 5_000);
      const reasons = [...down.seen, ...during.seen].map((answer) => answer.reason ?? "");
      expect(reasons.join("\n")).toMatch(
        /The database cannot be reached\. The embedded PostgreSQL server stopped: killed by SIGKILL.*; npm start restarts it \(attempt 1 at /,
      );
      const up = await watchHealth((status) => status === 200, 20_000);
      const recoveryMs = Date.now() - killedAt;
      console.log(
        `postmaster SIGKILL: health 503 after ${down.ms} ms, 200 again after ${recoveryMs} ms (restart delay 1500 ms)`,
      );
      expect(up.seen.at(-1)?.status).toBe(200);
      expect(recoveryMs).toBeLessThan(15_000);

      // The app may reach the server a moment before the supervisor's own readiness check does.
      for (let wait = 0; supervisor.restarts === 0 && wait < 40; wait++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(supervisor.restarts).toBe(1);
      expect(server.pid).not.toBe(pid);
      expect(log.join("\n")).toMatch(/The embedded PostgreSQL server stopped after [\d.]+ s: killed by SIGKILL/);
      expect(log.join("\n")).toMatch(/is back \(pid \d+, started in/);
      // Committed before the crash, still there after recovery.
      expect(await db.auditEvent.findUnique({ where: { id: marker.id } })).toMatchObject({
        entityId: "before-the-crash",
      });
    } finally {
      await supervisor.stop();
    }
  });
});
