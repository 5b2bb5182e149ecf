// Integration tests run against a real PostgreSQL: DATABASE_URL when set (CI's PostgreSQL 15),
// else the embedded server on a throwaway data folder. Migrations are applied once here.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase, type DatabaseHandle } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";
import { isLocalDatabaseUrl } from "@/lib/db/reset";

let database: DatabaseHandle | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    // Tests write rows freely: never let them near a shared or production database.
    if (!isLocalDatabaseUrl(process.env.DATABASE_URL)) {
      throw new Error("Integration tests refuse a non-local DATABASE_URL.");
    }
  } else {
    dataDir = await mkdtemp(path.join(tmpdir(), "claimledger-it-"));
    process.env.CLAIMLEDGER_DATA_DIR = dataDir;
  }
  database = await openDatabase();
  await applyMigrations(database.url);
  project.provide("databaseUrl", database.url);
  project.provide("databaseMode", database.mode);
  project.provide("embeddedDataDir", dataDir ?? "");
}

export async function teardown() {
  await database?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseMode: "embedded" | "external";
    /** The embedded server's data folder, or "" when DATABASE_URL names the database. */
    embeddedDataDir: string;
  }
}
