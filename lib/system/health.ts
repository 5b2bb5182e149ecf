import "server-only";
import { db } from "@/lib/db/client";
import { migrationStatus } from "@/lib/db/migration-status";

export type HealthReport =
  | { status: "ok"; database: "embedded" | "external"; migrations: "up-to-date" }
  | { status: "error"; database: "embedded" | "external"; reason: string };

export async function checkHealth(): Promise<HealthReport> {
  const database = process.env.CLAIMLEDGER_DATABASE_MODE === "embedded" ? "embedded" : "external";
  try {
    await db.$queryRaw`select 1`;
  } catch {
    return { status: "error", database, reason: "The database cannot be reached." };
  }
  let status;
  try {
    status = await migrationStatus();
  } catch {
    return { status: "error", database, reason: "The migration state cannot be read (is prisma/migrations deployed?)." };
  }
  const { pending, failed } = status;
  if (failed.length) return { status: "error", database, reason: `Migration failed: ${failed.join(", ")}. See the server log.` };
  if (pending.length) {
    return { status: "error", database, reason: `Migrations not applied: ${pending.join(", ")}. Run npm run db:migrate.` };
  }
  return { status: "ok", database, migrations: "up-to-date" };
}
