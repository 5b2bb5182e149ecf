// Backup and restore round trip: a database holding every kind of row (made through the real
// workflow functions, plus the few tables only sign-in writes) is backed up with
// `npx claimledger backup`, restored with `npx claimledger restore` into an EMPTY schema, compared
// table by table and row by row, and verified with `npx claimledger verify`. Then: a tampered or
// damaged file is refused, a non-empty database is refused without --force and replaced with it.
// Each database is a schema of its own (the Prisma `?schema=` convention).
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BackupFileError } from "@/lib/backup/format";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { disconnectDb, db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { pgConnection } from "@/lib/db/url";
import { uniqueSuffix } from "./factories";

const run = promisify(execFile);
const suffix = uniqueSuffix().replace(/-/g, "");
const SOURCE = `backup_src_${suffix}`;
const TARGET = `backup_dst_${suffix}`;
const SCRATCH = `backup_tmp_${suffix}`;

function schemaUrl(schema: string): string {
  const url = new URL(inject("databaseUrl"));
  url.searchParams.set("schema", schema);
  return url.toString();
}

async function claimledger(schema: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: schemaUrl(schema) };
  delete env.CLAIMLEDGER_DATA_DIR;
  return run(process.execPath, ["bin/claimledger.mjs", ...args], { env, cwd: process.cwd(), timeout: 90_000 });
}

let admin: pg.Client;
let workDir: string;
let backupFile: string;

/** Every table of a schema with its rows as JSON, in a stable order. */
async function snapshot(schema: string): Promise<Record<string, string[]>> {
  const tables = await admin.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' ORDER BY 1`,
    [schema],
  );
  const result: Record<string, string[]> = {};
  for (const { name } of tables.rows) {
    const rows = await admin.query<{ row: string }>(
      `SELECT to_jsonb(t)::text AS row FROM "${schema}"."${name}" t ORDER BY 1`,
    );
    result[name] = rows.rows.map((row) => row.row);
  }
  return result;
}

/** Makes every kind of row in the schema the Prisma client currently points at. */
async function populate() {
  const { reviewedArticle } = await import("./reports-fixtures");
  const { makeUser, makeArticle } = await import("./factories");
  const { addComment } = await import("@/lib/comments/mutations");
  const { deleteClaim } = await import("@/lib/claims/mutations");
  const { createApiToken } = await import("@/lib/tokens/mutations");
  const { createBrowserSession } = await import("@/lib/auth/identity");
  const { setVerdict } = await import("@/lib/verdicts/mutations");
  const { assignClaims } = await import("@/lib/assignments/mutations");
  const { claimVersion } = await import("./review-helpers");

  // Articles, claims (scores, reasons), sources (one removed), assignments completed and open,
  // verdicts with their hash-chained history, a reopened verdict, audit events.
  const { editor, alice, bob, claims } = await reviewedArticle();
  // A deleted claim: its open assignment is cancelled.
  await deleteClaim(editor, claims[3].id, { version: await claimVersion(claims[3].id) });
  // A claim deleted with nothing to give back leaves an undo ticket (CurationUndo).
  const spare = await makeArticle(
    editor,
    "Officials said 300 homes were damaged. The governor said 12 schools closed.",
  );
  await deleteClaim(editor, spare.claims[1].id, { version: await claimVersion(spare.claims[1].id) });
  // A mention of the assigned reviewer, and one of a colleague who is then consulted.
  const carol = await makeUser("REVIEWER", { name: "Carol Consulted" });
  await addComment(editor, claims[2].id, { body: `@${alice.email} and @${carol.email}: please look.` });
  // Text COPY must escape: tabs, backslashes, a line that is COPY's end marker, a line that
  // looks like the backup's manifest, characters outside the BMP.
  await addComment(alice, claims[2].id, {
    body: 'Tab\there, back\\slash, "quotes" 中文 🎉\n\\.\n-- manifest: {"format":1}\nCOPY "User" FROM stdin;',
  });
  const unverified = await makeArticle(editor, "The mayor said the bridge carried 45,000 vehicles a day in 2022.");
  const claim = unverified.claims[0];
  await assignClaims(editor, { claimIds: [claim.id], reviewerId: alice.id });
  await setVerdict(alice, claim.id, {
    status: "UNVERIFIED",
    rationale: "No source could confirm the figure.",
    version: await claimVersion(claim.id),
  });

  // Source snapshots: a pasted text and an attached file whose bytes need COPY's bytea escaping
  // (a NUL, a backslash, bytes above 0x7f), besides the text ones above.
  const { pasteSourceText, attachSourceFile } = await import("@/lib/sources/provide");
  const live = await db.evidence.findFirstOrThrow({ where: { claimId: claims[1].id, removedAt: null } });
  await pasteSourceText(editor, live.id, { text: "Paywalled text\tas pasted, «quoted» 🎉\n\\." });
  const png = Buffer.concat([
    Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"),
    Buffer.from([0x00, 0x5c, 0xff, 0x80, 0x0a, 0x09]),
  ]);
  await attachSourceFile(editor, live.id, { name: "satellite image.png", bytes: png });
  // An attached document and the text read from it (SnapshotFileText, append-only like the snapshot).
  const { makeDocx } = await import("../fixtures/documents");
  const { readSnapshotFileText } = await import("@/lib/sources/file-text-job");
  const { snapshot: document } = await attachSourceFile(editor, live.id, {
    name: "minutes.docx",
    bytes: makeDocx(["Minutes: «quoted» \\ 🎉"]),
  });
  await readSnapshotFileText(document.id, null);
  await createBrowserSession(bob.id, { userAgent: "Mozilla/5.0 (Backup test)", ipAddress: "192.0.2.7" });
  await createApiToken(editor, { name: "nightly export" }, { via: "cli" });
  await db.loginAttempt.createMany({
    data: [
      { scope: "ACCOUNT", key: alice.email, succeeded: false },
      { scope: "ADDRESS", key: "192.0.2.7", succeeded: true },
    ],
  });
  await db.apiRateWindow.create({
    data: { key: `token:${uniqueSuffix()}`, windowStart: new Date("2026-12-01T10:00:00Z"), count: 3 },
  });
  await db.account.create({
    data: {
      userId: bob.id,
      type: "oauth",
      provider: "example",
      providerAccountId: `acct-${suffix}`,
      expires_at: 1_900_000_000,
    },
  });
  await db.verificationToken.create({
    data: { identifier: carol.email, token: `token-${suffix}`, expires: new Date("2030-01-01T00:00:00Z") },
  });
  // Accounts (issue 19): a workspace setting, a reset link, a recovery code.
  await db.appSetting.create({ data: { key: `backup-test-${suffix}`, value: { requireTwoFactorForStaff: false } } });
  await db.passwordResetToken.create({
    data: { userId: carol.id, tokenHash: `reset-${suffix}`, expiresAt: new Date("2030-01-01T00:00:00Z") },
  });
  await db.recoveryCode.create({ data: { userId: carol.id, codeHash: `code-${suffix}` } });
  // A similar-claim suggestion (issue 18) between two articles' claims, its reasons as JSON.
  await db.claimMatch.create({
    data: {
      claimId: unverified.claims[0].id,
      earlierClaimId: claims[0].id,
      score: 0.61,
      reasons: { sharedWords: ["bridge"], sharedNumbers: [], conflicts: [{ earlier: "12", later: "15" }] },
    },
  });
  // A webhook endpoint (issue 19) and one logged delivery attempt.
  const endpoint = await db.webhookEndpoint.create({
    data: {
      url: "https://hooks.example.org/claimledger",
      events: ["claim.verdict"],
      secretCiphertext: "v1:iv:tag:ciphertext",
      secretHint: "abcd",
    },
  });
  await db.webhookDelivery.create({
    data: {
      endpointId: endpoint.id,
      deliveryId: `delivery-${suffix}`,
      event: "claim.verdict",
      attempt: 1,
      status: 500,
      ok: false,
      durationMs: 42,
      responseExcerpt: "Internal «error»\t🎉",
    },
  });
  // Sign-off, publication and a correction (issue 17): ArticlePublication, PublishedClaim, Correction.
  const { approveClaim } = await import("@/lib/signoff/mutations");
  const { publishArticle } = await import("@/lib/publishing/mutations");
  const { reopenClaim } = await import("@/lib/verdicts/mutations");
  await approveClaim(editor, claim.id, {});
  const others = await db.claim.findMany({ where: { articleId: unverified.article.id, deletedAt: null, id: { not: claim.id } } });
  await publishArticle(editor, unverified.article.id, { url: "https://fc.example/backup", exclude: others.map((other) => other.number) });
  await reopenClaim(editor, claim.id, { reason: "The city published a corrected count.", version: await claimVersion(claim.id) });
  // The desk's rating scale (issue 17): a label, given with the corrected verdict.
  const { createRatingLabel } = await import("@/lib/rating-scale/mutations");
  const unproven = await createRatingLabel(await makeUser("ADMIN"), {
    name: "Unproven",
    description: "No evidence either way «yet».",
    color: "#8a6d00",
    verdict: "UNVERIFIED",
    ratingValue: 2,
  });
  await setVerdict(alice, claim.id, {
    status: "UNVERIFIED",
    rationale: "The corrected count cannot be confirmed either.",
    ratingLabelId: unproven.id,
    version: await claimVersion(claim.id),
  });
  await approveClaim(editor, claim.id, {});
  // A person's notification choice (issue 19); the assignment and mentions above made notifications.
  const { setNotificationPreferences } = await import("@/lib/notifications/mutations");
  await setNotificationPreferences(carol.id, { MENTIONED: "DIGEST" });
}

describe("backup and restore", () => {
  let source: Record<string, string[]>;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: pgConnection(inject("databaseUrl")).connectionString });
    await admin.connect();
    for (const schema of [SOURCE, TARGET, SCRATCH]) await admin.query(`CREATE SCHEMA "${schema}"`);
    await applyMigrations(schemaUrl(SOURCE));
    // The Prisma client of this test file works in the source schema until afterAll.
    await disconnectDb();
    process.env.DATABASE_URL = schemaUrl(SOURCE);
    await populate();
    await disconnectDb();
    process.env.DATABASE_URL = inject("databaseUrl");
    source = await snapshot(SOURCE);
    workDir = await mkdtemp(path.join(tmpdir(), "claimledger-backup-"));
    backupFile = path.join(workDir, "backup.sql.gz");
  }, 120_000);

  afterAll(async () => {
    for (const schema of [SOURCE, TARGET, SCRATCH]) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it("has a row in every table of the schema (a new table needs a row here too)", () => {
    const empty = Object.entries(source)
      .filter(([, rows]) => rows.length === 0)
      .map(([name]) => name);
    expect(empty).toEqual([]);
    expect(Object.keys(source).length).toBeGreaterThanOrEqual(15);
  });

  it("round-trips every table row for row into an empty database, whose histories verify", async () => {
    const backup = await claimledger(SOURCE, "backup", "--out", backupFile);
    expect(backup.stdout).toMatch(/Backed up \d+ rows from \d+ tables \(migration \d+_\w+\)/);

    const restore = await claimledger(TARGET, "restore", backupFile);
    expect(restore.stdout).toMatch(/Loaded \d+ rows into \d+ tables in one transaction/);
    expect(restore.stdout).toMatch(/Every verdict history verifies \([1-9]\d* rows/);

    expect(await snapshot(TARGET)).toEqual(source);
    const migrations = async (schema: string) =>
      (await admin.query(`SELECT migration_name FROM "${schema}"._prisma_migrations ORDER BY 1`)).rows;
    expect(await migrations(TARGET)).toEqual(await migrations(SOURCE));

    const verify = await claimledger(TARGET, "verify");
    expect(verify.stdout).toMatch(/Checked [1-9]\d* history rows/);
    expect(verify.stdout).toMatch(/Every history verifies/);
  });

  it("refuses a non-empty database without --force and changes nothing", async () => {
    const before = await snapshot(TARGET);
    await expect(restoreBackup({ databaseUrl: schemaUrl(TARGET), file: backupFile })).rejects.toThrow(
      /The database is not empty \(rows in .*User.*\)\. A restore replaces everything in it: back it up first, then run the restore again with --force/,
    );
    await expect(claimledger(TARGET, "restore", backupFile)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("not empty"),
    });
    expect(await snapshot(TARGET)).toEqual(before);
  });

  it("with --force replaces the rows (append-only history included) and keeps the history guard on", async () => {
    await admin.query(
      `INSERT INTO "${TARGET}"."LoginAttempt" (id, scope, key, succeeded) VALUES ('extra-${suffix}', 'ADDRESS', '203.0.113.9', false)`,
    );
    await admin.query(`UPDATE "${TARGET}"."Comment" SET body = 'changed after the backup'`);
    const result = await restoreBackup({ databaseUrl: schemaUrl(TARGET), file: backupFile, force: true });
    expect(result.replaced).toContain("StatusChange");
    expect(await snapshot(TARGET)).toEqual(source);
    await expect(admin.query(`DELETE FROM "${TARGET}"."StatusChange"`)).rejects.toThrow(/append-only/);
    await expect(admin.query(`TRUNCATE "${TARGET}"."StatusChange" CASCADE`)).rejects.toThrow(/append-only/);
  });

  it("refuses a file whose data was altered (checksum) or damaged (gzip), before touching the database", async () => {
    const text = gunzipSync(await readFile(backupFile)).toString("utf8");
    const tamperedFile = path.join(workDir, "tampered.sql.gz");
    // One changed character in a verdict's rationale, everything else (the manifest too) intact.
    await writeFile(
      tamperedFile,
      gzipSync(text.replace("Satellite images show otherwise.", "Satellite images show it is true.")),
    );
    await expect(restoreBackup({ databaseUrl: schemaUrl(SCRATCH), file: tamperedFile })).rejects.toThrow(
      /checksum does not match/,
    );
    await expect(claimledger(SCRATCH, "restore", tamperedFile)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("checksum"),
    });

    const damaged = Buffer.from(await readFile(backupFile));
    damaged[Math.floor(damaged.length / 2)] ^= 0xff;
    const damagedFile = path.join(workDir, "damaged.sql.gz");
    await writeFile(damagedFile, damaged);
    // Depending on where the flipped byte lands, gzip or the parser notices first (CRC, structure, checksum).
    await expect(restoreBackup({ databaseUrl: schemaUrl(SCRATCH), file: damagedFile })).rejects.toBeInstanceOf(
      BackupFileError,
    );

    const truncatedFile = path.join(workDir, "truncated.sql.gz");
    await writeFile(truncatedFile, gzipSync(text.slice(0, text.lastIndexOf("-- manifest: "))));
    await expect(restoreBackup({ databaseUrl: schemaUrl(SCRATCH), file: truncatedFile })).rejects.toThrow(
      /no manifest/,
    );

    const tables = await admin.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = $1`, [SCRATCH]);
    expect(tables.rows[0].n).toBe(0);
  });
});
