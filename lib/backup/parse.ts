// Reads a backup file (already gunzipped) as a stream of events: each table's COPY header, its
// rows in batches, its end, and finally the manifest. Pure: it takes byte chunks and executes
// nothing. It checks the structure, the row counts and the SHA-256 checksum against the manifest
// and throws BackupFileError on any difference, so a restore that consumes these events inside
// its transaction rolls back on a damaged or altered file.
import { createHash } from "node:crypto";
import {
  BACKUP_FORMAT_VERSION,
  BackupFileError,
  HEADER_FIRST_LINE,
  MANIFEST_PREFIX,
  manifestSchema,
  parseCopyFromLine,
  type BackupManifest,
} from "./format";

export type BackupEvent =
  | { kind: "table"; table: string; columns: string[] }
  | { kind: "rows"; data: Buffer }
  | { kind: "tableEnd"; table: string; rows: number }
  | { kind: "manifest"; manifest: BackupManifest };

const NEWLINE = 0x0a;
const END_OF_DATA = Buffer.from("\\.\n");
const BATCH_BYTES = 256 * 1024;

/** Splits byte chunks into lines, each with its "\n" (a last line without one is yielded as is). */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  let carry: Buffer = Buffer.alloc(0);
  for await (const piece of chunks) {
    const chunk = typeof piece === "string" ? Buffer.from(piece) : piece;
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE, start); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      const line = chunk.subarray(start, end + 1);
      if (carry.length) {
        yield Buffer.concat([carry, line]);
        carry = Buffer.alloc(0);
      } else {
        yield line;
      }
      start = end + 1;
    }
    if (start < chunk.length)
      carry = carry.length ? Buffer.concat([carry, chunk.subarray(start)]) : Buffer.from(chunk.subarray(start));
  }
  if (carry.length) yield carry;
}

/** A structural fault: damage in the compressed stream often shows up here before gzip's own check. */
function damaged(detail: string): BackupFileError {
  return new BackupFileError(`The backup file is damaged or was altered (${detail}). Nothing was restored.`);
}

function text(line: Buffer): string {
  return line.toString("utf8").replace(/\n$/, "");
}

export async function* readBackup(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<BackupEvent> {
  const hash = createHash("sha256");
  const seen: { table: string; columns: string[]; rows: number }[] = [];
  let current: { table: string; columns: string[]; rows: number } | null = null;
  let batch: Buffer[] = [];
  let batchBytes = 0;
  let manifest: BackupManifest | null = null;
  let first = true;

  const flush = (): Buffer | null => {
    if (!batch.length) return null;
    const data = Buffer.concat(batch, batchBytes);
    hash.update(data);
    batch = [];
    batchBytes = 0;
    return data;
  };

  for await (const line of splitLines(chunks)) {
    if (manifest) throw damaged("data after its manifest");
    if (line[line.length - 1] !== NEWLINE) throw damaged("it ends in the middle of a line: incomplete?");
    if (first) {
      const header = text(line);
      const newer = /^-- ClaimLedger backup, format (\d+)\.$/.exec(header);
      if (newer && Number(newer[1]) > BACKUP_FORMAT_VERSION) {
        throw new BackupFileError(
          `This backup has format ${newer[1]}; this ClaimLedger reads format ${BACKUP_FORMAT_VERSION}: restore it with a newer release.`,
        );
      }
      if (header !== HEADER_FIRST_LINE) {
        throw new BackupFileError(
          "This is not a ClaimLedger backup (format 1), or it is damaged: its first line does not match.",
        );
      }
      first = false;
    }
    if (current) {
      if (line.equals(END_OF_DATA)) {
        const data = flush();
        if (data) yield { kind: "rows", data };
        hash.update(line);
        seen.push(current);
        yield { kind: "tableEnd", table: current.table, rows: current.rows };
        current = null;
        continue;
      }
      current.rows += 1;
      batch.push(line);
      batchBytes += line.length;
      if (batchBytes >= BATCH_BYTES) yield { kind: "rows", data: flush()! };
      continue;
    }
    const statement = text(line);
    if (statement.startsWith(MANIFEST_PREFIX)) {
      let json: unknown;
      try {
        json = JSON.parse(statement.slice(MANIFEST_PREFIX.length));
      } catch {
        throw damaged("its manifest is not valid JSON");
      }
      const format = typeof json === "object" && json !== null ? Reflect.get(json, "format") : undefined;
      if (typeof format === "number" && format > BACKUP_FORMAT_VERSION) {
        throw new BackupFileError(
          `This backup has format ${format}; this ClaimLedger reads format ${BACKUP_FORMAT_VERSION}: restore it with a newer release.`,
        );
      }
      const parsed = manifestSchema.safeParse(json);
      if (!parsed.success)
        throw damaged(`its manifest is not one this version reads: ${parsed.error.issues[0]?.message ?? ""}`);
      manifest = parsed.data;
      continue;
    }
    hash.update(line);
    if (statement.startsWith("COPY ")) {
      const copy = parseCopyFromLine(statement);
      if (!copy) throw damaged(`a malformed COPY line: ${statement.slice(0, 80)}`);
      current = { ...copy, rows: 0 };
      yield { kind: "table", table: copy.table, columns: copy.columns };
    }
    // Other lines outside the data are comments, SET and setval lines: read for psql, not here.
  }

  if (current) throw damaged(`it ends inside the rows of "${current.table}": incomplete?`);
  if (!manifest)
    throw new BackupFileError(
      "The backup file has no manifest: it is incomplete (was the backup interrupted?). Nothing was restored.",
    );
  const digest = hash.digest("hex");
  if (digest !== manifest.checksum.value) {
    throw new BackupFileError(
      "The backup's checksum does not match its contents: the file was altered or damaged. Nothing was restored.",
    );
  }
  const listed = manifest.tables.map((table) => `${table.name}(${table.columns.join(",")}):${table.rows}`);
  const found = seen.map((table) => `${table.table}(${table.columns.join(",")}):${table.rows}`);
  if (listed.join("\n") !== found.join("\n")) {
    throw damaged("its tables or row counts differ from its manifest");
  }
  yield { kind: "manifest", manifest };
}
