// A backup made by an older release restores into this one: restore rebuilds the schema at the
// backup's migration level (here the target was already at today's level, with no rows), loads
// the rows there, then applies the later migrations as an upgrade would, so the old rows get the
// same data changes an in-place upgrade gives them. Uses the release 0.1 fixture
// (tests/fixtures/db/release-0.1), in schemas of this test's own.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createBackup } from "@/lib/backup/create-backup";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { committedMigrationNames } from "@/lib/db/migration-status";
import { applyMigrations } from "@/lib/db/migrations";
import { pgConnection } from "@/lib/db/url";
import { uniqueSuffix } from "./factories";

const FIXTURE = new URL("../fixtures/db/release-0.1/", import.meta.url);
const RELEASE_0_1_LAST_MIGRATION = "20261124220315_init";
const suffix = uniqueSuffix().replace(/-/g, "");
const OLD = `backup_old_${suffix}`;
const UPGRADED = `backup_upg_${suffix}`;
const RESTORED = `backup_new_${suffix}`;

function schemaUrl(schema: string): string {
  const url = new URL(inject("databaseUrl"));
  url.searchParams.set("schema", schema);
  return url.toString();
}

let admin: pg.Client;
let workDir: string;

/** Rows as JSON without updatedAt, which a data migration sets to the moment it ran. */
const rows = async (schema: string, table: string, order: string) =>
  (
    await admin.query(`SELECT (to_jsonb(t) - 'updatedAt')::text AS row FROM "${schema}"."${table}" t ORDER BY ${order}`)
  ).rows.map((row) => row.row);

describe("restoring a backup from release 0.1", () => {
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: pgConnection(inject("databaseUrl")).connectionString });
    await admin.connect();
    for (const schema of [OLD, UPGRADED, RESTORED]) await admin.query(`CREATE SCHEMA "${schema}"`);
    const data = (await readFile(new URL("data.sql", FIXTURE), "utf8")).replaceAll(
      "INSERT INTO public.",
      "INSERT INTO ",
    );
    // The old database, and a copy of it upgraded in place the ordinary way, for comparison.
    for (const schema of [OLD, UPGRADED]) {
      await applyMigrations(schemaUrl(schema), { upTo: RELEASE_0_1_LAST_MIGRATION });
      await admin.query(`SET search_path TO "${schema}"`);
      await admin.query(data);
    }
    await admin.query("RESET search_path");
    await applyMigrations(schemaUrl(UPGRADED));
    // The target: today's schema, no rows (as a fresh `npm start` on an external database leaves it).
    await applyMigrations(schemaUrl(RESTORED));
    workDir = await mkdtemp(path.join(tmpdir(), "claimledger-backup-old-"));
  }, 120_000);

  afterAll(async () => {
    for (const schema of [OLD, UPGRADED, RESTORED]) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it("rebuilds the schema at the backup's level, loads, and migrates forward like an upgrade", async () => {
    const file = path.join(workDir, "release-0.1.sql.gz");
    const backup = await createBackup({ databaseUrl: schemaUrl(OLD), file, appVersion: "0.1.0" });
    expect(backup.manifest.lastMigration).toBe(RELEASE_0_1_LAST_MIGRATION);

    const lines: string[] = [];
    const result = await restoreBackup({ databaseUrl: schemaUrl(RESTORED), file, log: (line) => lines.push(line) });
    expect(result.rebuiltSchema).toBe(true);
    expect(result.migratedForward).toEqual(
      (await committedMigrationNames()).filter((name) => name > RELEASE_0_1_LAST_MIGRATION),
    );
    expect(lines.join("\n")).toMatch(/rebuilding it at 20261124220315_init/);

    // Same rows as the database upgraded in place (ids, hashes, statuses, numbers, audit rows; the
    // audit rows a migration adds get new ids and times).
    for (const [table, order] of [
      ["StatusChange", `"claimId", seq`],
      ["Claim", "id"],
      ["Assignment", "id"],
      ["User", "id"],
    ] as const) {
      expect(await rows(RESTORED, table, order)).toEqual(await rows(UPGRADED, table, order));
    }
    const audit = `SELECT action, "entityType", "entityId", before, after FROM "%s"."AuditEvent" ORDER BY "entityId", action, before::text, after::text`;
    expect((await admin.query(audit.replace("%s", RESTORED))).rows).toEqual(
      (await admin.query(audit.replace("%s", UPGRADED))).rows,
    );
  });

  it("refuses a backup from a newer release", async () => {
    const file = path.join(workDir, "release-0.1.sql.gz");
    const { gunzipSync, gzipSync } = await import("node:zlib");
    const { writeFile } = await import("node:fs/promises");
    const text = gunzipSync(await readFile(file)).toString("utf8");
    const newer = text.replace(
      '"migrations":["20261124220315_init"]',
      '"migrations":["20261124220315_init","29991231000000_from_the_future"]',
    );
    const newerFile = path.join(workDir, "newer.sql.gz");
    await writeFile(newerFile, gzipSync(newer));
    await expect(restoreBackup({ databaseUrl: schemaUrl(RESTORED), file: newerFile, force: true })).rejects.toThrow(
      /made by a newer ClaimLedger \(migrations 29991231000000_from_the_future\): upgrade this installation first/,
    );
  });
});
