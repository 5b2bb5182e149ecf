import "server-only";
// What the backup and the restore read from PostgreSQL's catalog about the app's schema: its
// tables (with columns and foreign keys, in load order), sequences and applied migrations.
// Found at run time, so a table a future migration adds is backed up without a code change.
import type pg from "pg";
import { loadOrder, MIGRATIONS_TABLE, quoteIdent, SESSION_SETTINGS } from "./format";

export interface CatalogTable {
  name: string;
  columns: string[];
}

export interface SchemaCatalog {
  schema: string;
  /** In load order: referenced tables first. */
  tables: CatalogTable[];
  sequences: string[];
}

export async function applySessionSettings(client: pg.Client): Promise<void> {
  for (const [name, value] of SESSION_SETTINGS) await client.query(`SELECT set_config($1, $2, false)`, [name, value]);
}

export async function readCatalog(client: pg.Client, schema: string): Promise<SchemaCatalog> {
  const tables = await client.query<{ name: string; columns: string[] }>(
    `SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> $2
      GROUP BY c.relname`,
    [schema, MIGRATIONS_TABLE],
  );
  const keys = await client.query<{ table: string; references: string }>(
    `SELECT src.relname AS "table", dst.relname AS "references"
       FROM pg_constraint k
       JOIN pg_class src ON src.oid = k.conrelid
       JOIN pg_class dst ON dst.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = src.relnamespace
      WHERE k.contype = 'f' AND n.nspname = $1`,
    [schema],
  );
  const sequences = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind = 'S' ORDER BY c.relname`,
    [schema],
  );
  const byName = new Map(tables.rows.map((table) => [table.name, table]));
  const order = loadOrder([...byName.keys()], keys.rows);
  return {
    schema,
    tables: order.map((name) => ({ name, columns: byName.get(name)!.columns })),
    sequences: sequences.rows.map((row) => row.name),
  };
}

export function qualified(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

/** Applied migrations in order, or [] when the schema has never been migrated. */
export async function appliedMigrations(client: pg.Client, schema: string): Promise<string[]> {
  const exists = await client.query<{ found: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS found`, [
    qualified(schema, MIGRATIONS_TABLE),
  ]);
  if (!exists.rows[0]?.found) return [];
  const rows = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM ${qualified(schema, MIGRATIONS_TABLE)}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.rows.map((row) => row.migration_name);
}

/** The tables that hold at least one row. */
export async function nonEmptyTables(client: pg.Client, catalog: SchemaCatalog): Promise<string[]> {
  const found: string[] = [];
  for (const table of catalog.tables) {
    const result = await client.query(`SELECT 1 FROM ${qualified(catalog.schema, table.name)} LIMIT 1`);
    if (result.rowCount) found.push(table.name);
  }
  return found;
}

export async function sequenceState(
  client: pg.Client,
  schema: string,
  name: string,
): Promise<{ lastValue: string; isCalled: boolean }> {
  const result = await client.query<{ last_value: string; is_called: boolean }>(
    `SELECT last_value::text AS last_value, is_called FROM ${qualified(schema, name)}`,
  );
  return { lastValue: result.rows[0].last_value, isCalled: result.rows[0].is_called };
}
