import "server-only";
// Writes a backup of the app's schema: every table read in one REPEATABLE READ snapshot (as
// pg_dump does), streamed with COPY … TO STDOUT through gzip into FILE.partial, renamed to FILE
// only when complete. Works through an ordinary connection, so it needs no pg_dump and no
// matching client version: the same for the embedded server and an external PostgreSQL.
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rename, rm, stat } from "node:fs/promises";
import { once } from "node:events";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { pgConnection } from "@/lib/db/url";
import { appliedMigrations, applySessionSettings, qualified, readCatalog, sequenceState } from "./catalog";
import {
  BACKUP_FORMAT_VERSION,
  copyFromLine,
  headerText,
  manifestLine,
  quoteIdent,
  setvalLine,
  type BackupManifest,
} from "./format";

export interface BackupResult {
  file: string;
  bytes: number;
  manifest: BackupManifest;
  durationMs: number;
}

export async function createBackup(options: {
  databaseUrl: string;
  file: string;
  appVersion: string;
}): Promise<BackupResult> {
  const started = Date.now();
  const connection = pgConnection(options.databaseUrl);
  const schema = connection.schema ?? "public";
  const client = new pg.Client({ connectionString: connection.connectionString });
  await client.connect();
  const partial = `${options.file}.partial`;
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(partial, { mode: 0o600 }));
  written.catch(() => undefined); // awaited below; a failure surfaces there or as the write's error
  const hash = createHash("sha256");
  const write = async (data: Buffer | string, hashed = true) => {
    if (hashed) hash.update(data);
    if (!gzip.write(data)) await once(gzip, "drain");
  };
  try {
    await applySessionSettings(client);
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const catalog = await readCatalog(client, schema);
    if (!catalog.tables.length)
      throw new Error(`The schema "${schema}" has no tables: is this the ClaimLedger database?`);
    // As pg_dump does: no migration may drop or alter a table while we read it.
    await client.query(
      `LOCK TABLE ${catalog.tables.map((table) => qualified(schema, table.name)).join(", ")} IN ACCESS SHARE MODE`,
    );
    const migrations = await appliedMigrations(client, schema);
    const serverVersion = (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]
      .server_version;
    const createdAt = new Date().toISOString();

    await write(headerText({ createdAt, appVersion: options.appVersion, schema }));
    const tables: BackupManifest["tables"] = [];
    for (const table of catalog.tables) {
      await write(`${copyFromLine(table.name, table.columns)}\n`);
      const columns = table.columns.map(quoteIdent).join(", ");
      const rowsOut = client.query(copyTo(`COPY ${qualified(schema, table.name)} (${columns}) TO STDOUT`));
      let rows = 0;
      for await (const chunk of rowsOut as AsyncIterable<Buffer>) {
        // COPY text escapes newlines inside values, so each newline ends exactly one row.
        for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) rows += 1;
        await write(chunk);
      }
      await write("\\.\n\n");
      tables.push({ name: table.name, columns: table.columns, rows });
    }
    const sequences: BackupManifest["sequences"] = [];
    for (const name of catalog.sequences) {
      const state = await sequenceState(client, schema, name);
      sequences.push({ name, ...state });
      await write(setvalLine({ name, ...state }));
    }
    await client.query("COMMIT");

    const manifest: BackupManifest = {
      format: BACKUP_FORMAT_VERSION,
      app: "claimledger",
      appVersion: options.appVersion,
      createdAt,
      serverVersion,
      migrations,
      lastMigration: migrations.at(-1) ?? null,
      tables,
      sequences,
      checksum: { algorithm: "sha256", value: hash.digest("hex") },
    };
    await write(manifestLine(manifest), false);
    gzip.end();
    await written;
    await rename(partial, options.file);
    return { file: options.file, bytes: (await stat(options.file)).size, manifest, durationMs: Date.now() - started };
  } catch (error) {
    gzip.destroy();
    await written.catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}
