import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { openDatabase } from "@/lib/db/embedded";
import { callerPath } from "../files";

/**
 * Runs work on the app's database as it is: unlike the other commands, backup and restore must
 * not apply migrations first (a backup taken before an upgrade keeps the old level; a restore
 * sets the level itself).
 */
async function withDatabaseAsItIs<T>(work: (url: string) => Promise<T>): Promise<T> {
  const database = await openDatabase({ log: (line) => console.error(line) });
  try {
    return await work(database.url);
  } finally {
    const { disconnectDb } = await import("@/lib/db/client");
    await disconnectDb();
    await database.stop();
  }
}

async function appVersion(): Promise<string> {
  return (JSON.parse(await readFile("package.json", "utf8")) as { version: string }).version;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

export function registerBackupCommands(program: Command) {
  program
    .command("backup")
    .description(
      "Write a consistent copy of the database to a file: every table from one snapshot, gzip-compressed, with a manifest (migration level, row counts) and a SHA-256 checksum",
    )
    .requiredOption("--out <file>", "the file to write, e.g. claimledger-2026-12-01.sql.gz (never overwritten)")
    .option("--json", "print the manifest as JSON")
    .action(async (options: { out: string; json?: boolean }) => {
      const file = callerPath(options.out);
      if (existsSync(file))
        throw new Error(`${options.out} exists already; choose a new name (backups are never overwritten).`);
      const { createBackup } = await import("@/lib/backup/create-backup");
      const version = await appVersion();
      const result = await withDatabaseAsItIs((databaseUrl) =>
        createBackup({ databaseUrl, file, appVersion: version }),
      );
      if (options.json) {
        console.log(
          JSON.stringify(
            { file: result.file, bytes: result.bytes, durationMs: result.durationMs, manifest: result.manifest },
            null,
            2,
          ),
        );
        return;
      }
      const rows = result.manifest.tables.reduce((sum, table) => sum + table.rows, 0);
      console.log(
        `Backed up ${rows} rows from ${result.manifest.tables.length} tables (migration ${result.manifest.lastMigration}) ` +
          `to ${result.file}: ${megabytes(result.bytes)} in ${(result.durationMs / 1000).toFixed(1)} s.`,
      );
      console.log(`SHA-256 of the data: ${result.manifest.checksum.value}`);
    });

  program
    .command("restore")
    .description(
      "Replace the database's contents with a backup (checked first: checksum, manifest, migration level), in one transaction; then check every verdict history",
    )
    .argument("<file>", "a file written by claimledger backup")
    .option("--force", "replace a database that holds rows (everything in it is lost: back it up first)")
    .action(async (fileArgument: string, options: { force?: boolean }) => {
      const file = callerPath(fileArgument);
      const { restoreBackup } = await import("@/lib/backup/restore-backup");
      const { result, verification } = await withDatabaseAsItIs(async (databaseUrl) => {
        const restored = await restoreBackup({
          databaseUrl,
          file,
          force: options.force,
          log: (line) => console.log(line),
        });
        process.env.DATABASE_URL = databaseUrl;
        const { verifyHistories } = await import("@/lib/history/data");
        return { result: restored, verification: await verifyHistories({}) };
      });
      if (result.replaced.length) console.log(`Replaced the rows that were in ${result.replaced.join(", ")}.`);
      console.log(`Restored ${result.rows} rows from ${fileArgument} in ${(result.durationMs / 1000).toFixed(1)} s.`);
      if (!verification.ok) {
        throw new Error(
          `${verification.breaks.length} break(s) in the restored verdict histories: run npx claimledger verify for details.`,
        );
      }
      console.log(
        `Every verdict history verifies (${verification.checkedRows} rows on ${verification.checkedClaims} claims).`,
      );
    });
}
