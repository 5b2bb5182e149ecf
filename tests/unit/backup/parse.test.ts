import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  BACKUP_FORMAT_VERSION,
  BackupFileError,
  copyFromLine,
  headerText,
  manifestLine,
  type BackupManifest,
} from "@/lib/backup/format";
import { readBackup, splitLines, type BackupEvent } from "@/lib/backup/parse";

// Rows in COPY text format. The second table holds rows that look like the file's own markers
// once unescaped: a backslash-dot line, a manifest line, a COPY line; COPY escapes them.
const TABLES = [
  { name: "User", columns: ["id", "email"], rows: ["u1\ta@example.org\n", "u2\tb@example.org\n"] },
  {
    name: "Comment",
    columns: ["id", "body"],
    rows: [
      "c1\t\\\\.\n",
      "c2\t-- manifest: {}\n",
      'c3\tCOPY "User" ("id") FROM stdin;\\nline two\\ttab 中文 🎉\n',
      "c4\t\\N\n",
    ],
  },
  { name: "Empty", columns: ["id"], rows: [] },
];

function backupText(tables = TABLES, alter?: (data: string) => string): string {
  let data = headerText({ createdAt: "2026-12-01T00:00:00.000Z", appVersion: "0.1.0", schema: "public" });
  for (const table of tables) data += `${copyFromLine(table.name, table.columns)}\n${table.rows.join("")}\\.\n\n`;
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT_VERSION,
    app: "claimledger",
    appVersion: "0.1.0",
    createdAt: "2026-12-01T00:00:00.000Z",
    serverVersion: "18.4",
    migrations: ["20261124220315_init"],
    lastMigration: "20261124220315_init",
    tables: tables.map((table) => ({ name: table.name, columns: table.columns, rows: table.rows.length })),
    sequences: [],
    checksum: { algorithm: "sha256", value: createHash("sha256").update(data).digest("hex") },
  };
  return (alter ? alter(data) : data) + manifestLine(manifest);
}

async function* chunked(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function collect(text: string, size = 7) {
  const events: BackupEvent[] = [];
  for await (const event of readBackup(chunked(text, size))) events.push(event);
  const rows = new Map<string, string>();
  let table = "";
  for (const event of events) {
    if (event.kind === "table") table = event.table;
    if (event.kind === "rows") rows.set(table, (rows.get(table) ?? "") + event.data.toString());
  }
  return { events, rows };
}

describe("splitLines", () => {
  it("yields the same lines whatever the chunk size, multi-byte characters split included", async () => {
    const text = "a\n中文🎉\n\nlast";
    for (const size of [1, 2, 3, 5, 100]) {
      const lines: string[] = [];
      for await (const line of splitLines(chunked(text, size))) lines.push(line.toString());
      expect(lines).toEqual(["a\n", "中文🎉\n", "\n", "last"]);
    }
  });
});

describe("readBackup", () => {
  it("gives each table's rows byte for byte, then the checked manifest, for any chunking", async () => {
    for (const size of [1, 3, 64, 1 << 20]) {
      const { events, rows } = await collect(backupText(), size);
      expect(events.filter((event) => event.kind === "tableEnd")).toEqual([
        { kind: "tableEnd", table: "User", rows: 2 },
        { kind: "tableEnd", table: "Comment", rows: 4 },
        { kind: "tableEnd", table: "Empty", rows: 0 },
      ]);
      expect(rows.get("User")).toBe(TABLES[0].rows.join(""));
      expect(rows.get("Comment")).toBe(TABLES[1].rows.join(""));
      const last = events.at(-1);
      expect(last?.kind === "manifest" && last.manifest.tables.map((table) => table.rows)).toEqual([2, 4, 0]);
    }
  });

  it("refuses a file whose data was changed (checksum)", async () => {
    const tampered = backupText(TABLES, (data) => data.replace("a@example.org", "x@example.org"));
    await expect(collect(tampered)).rejects.toThrow(/checksum does not match/);
    await expect(collect(tampered)).rejects.toBeInstanceOf(BackupFileError);
  });

  it("refuses a file cut short, with or without its manifest", async () => {
    const full = backupText();
    await expect(collect(full.slice(0, full.lastIndexOf("-- manifest: ")))).rejects.toThrow(/no manifest/);
    await expect(collect(full.slice(0, full.indexOf("c3")))).rejects.toThrow(/ends inside the rows of "Comment"/);
    await expect(collect(full.slice(0, -1))).rejects.toThrow(/middle of a line/);
  });

  it("refuses row counts that differ from the manifest, and data after the manifest", async () => {
    const manifestOf = (text: string) => text.slice(text.lastIndexOf("-- manifest: "));
    const good = backupText();
    const data = good.slice(0, good.lastIndexOf("-- manifest: "));
    const wrongCount = manifestOf(good).replace('"rows":4', '"rows":3');
    await expect(collect(data + wrongCount)).rejects.toThrow(/row counts differ/);
    await expect(collect(`${good}SELECT 1;\n`)).rejects.toThrow(/after its manifest/);
  });

  it("refuses a file that is not a ClaimLedger backup", async () => {
    await expect(collect("CREATE TABLE x ();\n")).rejects.toThrow(/not a ClaimLedger backup/);
  });
});

describe("readBackup and newer formats", () => {
  it("says a backup of a newer format needs a newer release", async () => {
    const newer = backupText().replace("-- ClaimLedger backup, format 1.", "-- ClaimLedger backup, format 2.");
    await expect(collect(newer)).rejects.toThrow(
      /format 2; this ClaimLedger reads format 1: restore it with a newer release/,
    );
  });
});
