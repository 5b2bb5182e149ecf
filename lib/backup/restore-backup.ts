import "server-only";
// Restores a backup made by createBackup. First reads the whole file once without touching the
// database (checksum, structure, manifest); then brings the schema to the backup's migration
// level and loads every table in foreign-key order inside ONE transaction, reading the file a
// second time and checking its checksum again before COMMIT. Last, it applies the migrations
// this installation has beyond the backup's (an upgrade, as `npm start` would do it).
import { createReadStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { AppError } from "@/lib/errors";
import { committedMigrationNames } from "@/lib/db/migration-status";
import { applyMigrations } from "@/lib/db/migrations";
import { resetDatabase } from "@/lib/db/reset";
import { pgConnection } from "@/lib/db/url";
import {
  appliedMigrations,
  applySessionSettings,
  nonEmptyTables,
  qualified,
  readCatalog,
  type SchemaCatalog,
} from "./catalog";
import { BackupFileError, quoteIdent, quoteLiteral, type BackupManifest } from "./format";
import { readBackup, type BackupEvent } from "./parse";

/** How long the restore waits for the app's own transactions to let go of a table. */
const LOCK_TIMEOUT = "30s";

export interface RestoreResult {
  manifest: BackupManifest;
  rows: number;
  /** Tables that held rows and were replaced (only with force). */
  replaced: string[];
  /** The schema was dropped and rebuilt at the backup's migration level first. */
  rebuiltSchema: boolean;
  /** Migrations applied after loading, to bring the restored data to this installation's level. */
  migratedForward: string[];
  durationMs: number;
}

/** The decompressed bytes of a backup file; damage to the compression itself is a BackupFileError. */
async function* fileChunks(file: string): AsyncGenerator<Buffer> {
  const gunzip = createGunzip();
  const reading = pipeline(createReadStream(file), gunzip);
  reading.catch(() => undefined); // its error also ends the iteration below
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) yield chunk;
    await reading;
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (code.startsWith("Z_"))
      throw new BackupFileError(`The backup file is damaged (${(error as Error).message}). Nothing was restored.`);
    if (code === "ENOENT") throw new BackupFileError(`There is no backup file at ${file}.`);
    throw error;
  }
}

/** Reads the whole file and checks it; returns its manifest. Touches no database. */
export async function verifyBackupFile(file: string): Promise<BackupManifest> {
  for await (const event of readBackup(fileChunks(file))) if (event.kind === "manifest") return event.manifest;
  throw new BackupFileError("The backup file has no manifest.");
}

function isPrefix(prefix: readonly string[], list: readonly string[]): boolean {
  return prefix.length <= list.length && prefix.every((name, index) => list[index] === name);
}

function checkSchemaMatches(catalog: SchemaCatalog, manifest: BackupManifest) {
  const target = new Map(catalog.tables.map((table) => [table.name, [...table.columns].sort().join(",")]));
  for (const table of manifest.tables) {
    const columns = target.get(table.name);
    if (columns === undefined)
      throw new AppError("CONFLICT", `The database has no table "${table.name}", which the backup holds.`);
    if (columns !== [...table.columns].sort().join(",")) {
      throw new AppError(
        "CONFLICT",
        `The table "${table.name}" has other columns in the database than in the backup, at the same migration level.`,
      );
    }
  }
}

/** Loads the rows of one table: the events up to its tableEnd go straight into COPY … FROM STDIN. */
async function loadTable(
  client: pg.Client,
  schema: string,
  table: BackupManifest["tables"][number],
  events: AsyncIterator<BackupEvent>,
) {
  const columns = table.columns.map(quoteIdent).join(", ");
  const sink = client.query(copyFrom(`COPY ${qualified(schema, table.name)} (${columns}) FROM STDIN`));
  let fileRows = -1;
  await pipeline(async function* () {
    for (;;) {
      const next = await events.next();
      if (next.done) throw new BackupFileError(`The backup file ends inside "${table.name}".`);
      if (next.value.kind === "rows") yield next.value.data;
      else if (next.value.kind === "tableEnd") {
        fileRows = next.value.rows;
        return;
      } else throw new BackupFileError(`The backup file is out of order inside "${table.name}".`);
    }
  }, sink);
  if (sink.rowCount !== table.rows || fileRows !== table.rows) {
    throw new BackupFileError(
      `"${table.name}": the backup lists ${table.rows} rows, the file held ${fileRows}, PostgreSQL loaded ${sink.rowCount}.`,
    );
  }
}

export async function restoreBackup(options: {
  databaseUrl: string;
  file: string;
  force?: boolean;
  log?: (line: string) => void;
}): Promise<RestoreResult> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const manifest = await verifyBackupFile(options.file);
  log(
    `The backup checks out: ${manifest.tables.reduce((sum, table) => sum + table.rows, 0)} rows, made ${manifest.createdAt} at migration ${manifest.lastMigration}.`,
  );

  const known = await committedMigrationNames();
  if (!isPrefix(manifest.migrations, known)) {
    const unknown = manifest.migrations.filter((name) => !known.includes(name));
    throw new AppError(
      "CONFLICT",
      unknown.length
        ? `The backup was made by a newer ClaimLedger (migrations ${unknown.join(", ")}): upgrade this installation first.`
        : "The backup's migrations are not a prefix of this installation's: it comes from a different line of releases.",
    );
  }

  const connection = pgConnection(options.databaseUrl);
  const schema = connection.schema ?? "public";
  const client = new pg.Client({ connectionString: connection.connectionString });
  await client.connect();
  try {
    await applySessionSettings(client);
    let catalog = await readCatalog(client, schema);
    const occupied = await nonEmptyTables(client, catalog);
    if (occupied.length && !options.force) {
      throw new AppError(
        "CONFLICT",
        `The database is not empty (rows in ${occupied.join(", ")}). A restore replaces everything in it: ` +
          "back it up first, then run the restore again with --force.",
      );
    }

    const applied = await appliedMigrations(client, schema);
    let rebuiltSchema = false;
    if (applied.join("\n") !== manifest.migrations.join("\n")) {
      if (!isPrefix(applied, manifest.migrations) || (applied.length === 0 && catalog.tables.length > 0)) {
        // The schema is at a later (or unknown) level: rows restored into it would skip the data
        // changes of the migrations in between. Rebuild it at the backup's level instead.
        log(
          `The database's schema is at another migration level (${applied.at(-1) ?? "none"}); rebuilding it at ${manifest.lastMigration}.`,
        );
        await resetDatabase(options.databaseUrl);
        rebuiltSchema = true;
      }
      if (manifest.lastMigration) await applyMigrations(options.databaseUrl, { upTo: manifest.lastMigration });
      catalog = await readCatalog(client, schema);
    }
    checkSchemaMatches(catalog, manifest);

    await client.query("BEGIN");
    try {
      await client.query(`SET LOCAL lock_timeout = ${quoteLiteral(LOCK_TIMEOUT)}`);
      const tables = catalog.tables.map((table) => qualified(schema, table.name));
      // User triggers (the append-only guard on "StatusChange") would refuse the TRUNCATE and
      // could alter rows on the way in; disabled only inside this transaction, which holds every
      // table's ACCESS EXCLUSIVE lock until COMMIT, when they are enabled again. See docs/operations.md.
      for (const table of tables) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
      // Every table is locked now: look again, in case rows arrived since the first look.
      const occupiedNow = await nonEmptyTables(client, catalog);
      if (occupiedNow.length && !options.force) {
        throw new AppError(
          "CONFLICT",
          `Rows arrived in ${occupiedNow.join(", ")} meanwhile: the database is not empty. Nothing was restored.`,
        );
      }
      if (occupiedNow.length) await client.query(`TRUNCATE ${tables.join(", ")}`);

      const events = readBackup(fileChunks(options.file))[Symbol.asyncIterator]();
      let index = 0;
      let rows = 0;
      for (;;) {
        const next = await events.next();
        if (next.done) throw new BackupFileError("The backup file changed while it was being restored.");
        const event = next.value;
        if (event.kind === "manifest") {
          if (event.manifest.checksum.value !== manifest.checksum.value) {
            throw new BackupFileError("The backup file changed while it was being restored.");
          }
          break;
        }
        const expected = manifest.tables[index];
        if (event.kind !== "table" || !expected || event.table !== expected.name) {
          throw new BackupFileError("The backup file changed while it was being restored.");
        }
        await loadTable(client, schema, expected, events);
        rows += expected.rows;
        index += 1;
      }
      for (const sequence of manifest.sequences) {
        await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [
          qualified(schema, sequence.name),
          sequence.lastValue,
          sequence.isCalled,
        ]);
      }
      for (const table of tables) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
      await client.query("COMMIT");
      log(`Loaded ${rows} rows into ${manifest.tables.length} tables in one transaction.`);

      let migratedForward: string[] = [];
      if (known.length > manifest.migrations.length) {
        migratedForward = await applyMigrations(options.databaseUrl);
        if (migratedForward.length) log(`Applied the migrations made since the backup: ${migratedForward.join(", ")}.`);
      }
      return {
        manifest,
        rows,
        replaced: occupiedNow,
        rebuiltSchema,
        migratedForward,
        durationMs: Date.now() - started,
      };
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      if ((error as { code?: string }).code === "55P03") {
        throw new AppError(
          "CONFLICT",
          "The app is using the database: stop it (or wait for its work to finish) and restore again.",
        );
      }
      throw error;
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
