import "server-only";
import { readFile } from "node:fs/promises";
import { db } from "@/lib/db/client";
import { migrationStatus } from "@/lib/db/migration-status";
import type { ServiceStatus } from "@/lib/system/supervisor";

export type HealthReport =
  | { status: "ok"; database: "embedded" | "external"; migrations: "up-to-date" }
  | { status: "error"; database: "embedded" | "external"; reason: string };

/** A database that does not answer within this long counts as unreachable (a dead host can hang a connect for minutes). */
const DATABASE_TIMEOUT_MS = 3_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * What `npm start`'s supervisor says about the embedded database (it writes the file named by
 * CLAIMLEDGER_SUPERVISOR_STATUS), to say why the database cannot be reached.
 */
async function supervisedDatabaseStatus(): Promise<string | null> {
  const file = process.env.CLAIMLEDGER_SUPERVISOR_STATUS;
  if (!file) return null;
  try {
    const status = (JSON.parse(await readFile(file, "utf8")) as { database?: ServiceStatus }).database;
    if (status?.state !== "restarting") return null;
    return `The embedded PostgreSQL server stopped: ${status.reason}; npm start restarts it (attempt ${status.attempt} at ${status.nextAttemptAt}).`;
  } catch {
    return null;
  }
}

export async function checkHealth(): Promise<HealthReport> {
  const database = process.env.CLAIMLEDGER_DATABASE_MODE === "embedded" ? "embedded" : "external";
  try {
    await withTimeout(db.$queryRaw`select 1`, DATABASE_TIMEOUT_MS);
  } catch {
    const supervised = await supervisedDatabaseStatus();
    return {
      status: "error",
      database,
      reason: `The database cannot be reached.${supervised ? ` ${supervised}` : ""}`,
    };
  }
  let status;
  try {
    status = await withTimeout(migrationStatus(), DATABASE_TIMEOUT_MS);
  } catch {
    return {
      status: "error",
      database,
      reason: "The migration state cannot be read (is prisma/migrations deployed?).",
    };
  }
  const { pending, failed } = status;
  if (failed.length)
    return { status: "error", database, reason: `Migration failed: ${failed.join(", ")}. See the server log.` };
  if (pending.length) {
    return {
      status: "error",
      database,
      reason: `Migrations not applied: ${pending.join(", ")}. Run npm run db:migrate.`,
    };
  }
  return { status: "ok", database, migrations: "up-to-date" };
}
