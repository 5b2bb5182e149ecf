// Which committed migrations the database has applied: read from Prisma's own
// _prisma_migrations table and the prisma/migrations folder. No schema engine needed.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "./client";

export interface MigrationStatus {
  pending: string[];
  failed: string[];
}

export async function committedMigrationNames(): Promise<string[]> {
  const dir = path.resolve(process.cwd(), "prisma/migrations");
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

export async function migrationStatus(): Promise<MigrationStatus> {
  const names = await committedMigrationNames();
  // Unqualified: found in the app's schema (public, or the one DATABASE_URL's ?schema= names).
  const [table] = await db.$queryRaw<{ exists: boolean }[]>`select to_regclass('_prisma_migrations') is not null as exists`;
  if (!table?.exists) return { pending: names, failed: [] };
  const rows = await db.$queryRaw<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }[]>`
    select migration_name, finished_at, rolled_back_at from _prisma_migrations`;
  const finished = new Set(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
  return {
    pending: names.filter((name) => !finished.has(name)),
    failed: rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name),
  };
}
