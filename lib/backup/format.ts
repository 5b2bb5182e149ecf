// The ClaimLedger backup file, pure parts: the manifest, the statements written into the file,
// and the order tables load in. A backup is gzip-compressed text that reads like a plain SQL
// dump: a header of SET lines, then per table `COPY "Table" (columns) FROM stdin;`, its rows in
// PostgreSQL's COPY text format and a `\.` line, then setval lines for sequences, and last a
// `-- manifest: {json}` line. The manifest's checksum is the SHA-256 of every byte before that
// line (uncompressed). See docs/operations.md for why this design.
import { z } from "zod";
import { AppError } from "@/lib/errors";

export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_PREFIX = "-- manifest: ";
export const HEADER_FIRST_LINE = `-- ClaimLedger backup, format ${BACKUP_FORMAT_VERSION}.`;
/** The table Prisma records applied migrations in: not data, its state is the manifest's migrations. */
export const MIGRATIONS_TABLE = "_prisma_migrations";

/** Session settings both sides use, so COPY text round-trips exactly (dates, floats, bytes, text). */
export const SESSION_SETTINGS: readonly [string, string][] = [
  ["client_encoding", "UTF8"],
  ["DateStyle", "ISO, YMD"],
  ["IntervalStyle", "postgres"],
  ["TimeZone", "UTC"],
  ["extra_float_digits", "3"],
  ["bytea_output", "hex"],
];

const identifier = z.string().min(1).max(63);

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT_VERSION),
  app: z.literal("claimledger"),
  appVersion: z.string(),
  createdAt: z.iso.datetime(),
  serverVersion: z.string(),
  /** Every migration applied to the database backed up, in order; the last one is its schema level. */
  migrations: z.array(z.string()),
  lastMigration: z.string().nullable(),
  /** In load order (referenced tables first). */
  tables: z.array(
    z.object({ name: identifier, columns: z.array(identifier).min(1), rows: z.number().int().nonnegative() }),
  ),
  sequences: z.array(z.object({ name: identifier, lastValue: z.string().regex(/^-?\d+$/), isCalled: z.boolean() })),
  checksum: z.object({ algorithm: z.literal("sha256"), value: z.string().regex(/^[0-9a-f]{64}$/) }),
});

export type BackupManifest = z.infer<typeof manifestSchema>;
export type TableManifest = BackupManifest["tables"][number];

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** The line that opens a table's rows in the file (unqualified, so the file loads into any schema). */
export function copyFromLine(table: string, columns: readonly string[]): string {
  return `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(", ")}) FROM stdin;`;
}

const COPY_LINE = /^COPY ((?:"(?:[^"]|"")+")) \(((?:"(?:[^"]|"")+")(?:, "(?:[^"]|"")+")*)\) FROM stdin;$/;
const QUOTED = /"((?:[^"]|"")+)"/g;

/** Reads a table and its columns back from a COPY line; null for any other line. */
export function parseCopyFromLine(line: string): { table: string; columns: string[] } | null {
  const match = COPY_LINE.exec(line);
  if (!match) return null;
  const unquote = (text: string) => [...text.matchAll(QUOTED)].map((part) => part[1].replace(/""/g, '"'));
  return { table: unquote(match[1])[0], columns: unquote(match[2]) };
}

export function headerText(options: { createdAt: string; appVersion: string; schema: string }): string {
  return [
    HEADER_FIRST_LINE,
    `-- Made by ClaimLedger ${options.appVersion} at ${options.createdAt} from schema "${options.schema}".`,
    "-- Restore: npx claimledger restore FILE (checks the manifest on the last line first).",
    "-- Without ClaimLedger: migrate an empty database to the manifest's lastMigration, then",
    "-- gunzip -c FILE | psql --single-transaction -v ON_ERROR_STOP=1 DATABASE",
    ...SESSION_SETTINGS.map(([name, value]) => `SET ${name} = ${quoteLiteral(value)};`),
    "",
    "",
  ].join("\n");
}

export function setvalLine(sequence: { name: string; lastValue: string; isCalled: boolean }): string {
  return `SELECT pg_catalog.setval(${quoteLiteral(quoteIdent(sequence.name))}, ${sequence.lastValue}, ${sequence.isCalled});\n`;
}

export function manifestLine(manifest: BackupManifest): string {
  return `${MANIFEST_PREFIX}${JSON.stringify(manifest)}\n`;
}

export interface ForeignKey {
  table: string;
  references: string;
}

/**
 * Orders tables so that every table comes after the tables it references (restore loads them in
 * this order with every constraint checked). Ties go alphabetically, so the order is stable.
 * A self-reference is allowed only if rows never point forward; a cycle between tables cannot be
 * loaded table by table and is refused.
 */
export function loadOrder(tables: readonly string[], foreignKeys: readonly ForeignKey[]): string[] {
  const known = new Set(tables);
  const needs = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const key of foreignKeys) {
    if (key.table === key.references || !known.has(key.table) || !known.has(key.references)) continue;
    needs.get(key.table)!.add(key.references);
  }
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < tables.length) {
    const ready = [...needs]
      .filter(([table, deps]) => !placed.has(table) && [...deps].every((dep) => placed.has(dep)))
      .map(([table]) => table)
      .sort();
    if (!ready.length) {
      const stuck = tables.filter((table) => !placed.has(table)).sort();
      throw new Error(
        `These tables reference each other in a cycle, which a table-by-table restore cannot load: ${stuck.join(", ")}.`,
      );
    }
    for (const table of ready) {
      order.push(table);
      placed.add(table);
    }
  }
  return order;
}

/** Why a backup file cannot be restored; restore says it and changes nothing. */
export class BackupFileError extends AppError {
  constructor(message: string) {
    super("VALIDATION_FAILED", message);
    this.name = "BackupFileError";
  }
}
