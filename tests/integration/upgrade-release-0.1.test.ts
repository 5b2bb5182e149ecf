// Upgrading a database made by release 0.1 (tests/fixtures/db/release-0.1): the migrations that
// made UNVERIFIED a verdict and gave claims permanent numbers must leave every StatusChange row
// as it was (the hash chains still verify) and read the old data the documented way
// (docs/review-workflow.md, "Databases from release 0.1"). Runs in a schema of its own.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { pgConnection } from "@/lib/db/url";
import { readAuditEvent } from "@/lib/audit/events";
import { verifyChain, parseCitedEvidence, type ChainRow } from "@/lib/history/chain";
import { uniqueSuffix } from "./factories";

const run = promisify(execFile);
const FIXTURE = new URL("../fixtures/db/release-0.1/", import.meta.url);
const RELEASE_0_1_LAST_MIGRATION = "20261124220315_init";

const schema = `upgrade_${uniqueSuffix().replace(/-/g, "")}`;
/** The test database, in this test's own schema (the Prisma `?schema=` convention). */
function schemaUrl(): string {
  const url = new URL(inject("databaseUrl"));
  url.searchParams.set("schema", schema);
  return url.toString();
}

let client: pg.Client;
let cases: Record<string, unknown> & { users: Record<string, string> };

async function statusChanges() {
  const { rows } = await client.query(`SELECT * FROM "StatusChange" ORDER BY "claimId", seq`);
  return rows as (Omit<ChainRow, "citedEvidence"> & { citedEvidence: unknown })[];
}

const claim = async (id: unknown) =>
  (await client.query(`SELECT id, status, number, ordinal, "deletedAt", claimant FROM "Claim" WHERE id = $1`, [id]))
    .rows[0];

async function verifyWithCli() {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: schemaUrl() };
  delete env.CLAIMLEDGER_DATA_DIR;
  return run(process.execPath, ["bin/claimledger.mjs", "verify"], { env, cwd: process.cwd() });
}

describe("upgrade from release 0.1", () => {
  let before: Awaited<ReturnType<typeof statusChanges>>;

  beforeAll(async () => {
    cases = JSON.parse(await readFile(new URL("cases.json", FIXTURE), "utf8"));
    client = new pg.Client({ connectionString: pgConnection(schemaUrl()).connectionString });
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
    await applyMigrations(schemaUrl(), { upTo: RELEASE_0_1_LAST_MIGRATION });
    const data = await readFile(new URL("data.sql", FIXTURE), "utf8");
    await client.query(data.replaceAll("INSERT INTO public.", "INSERT INTO "));
    before = await statusChanges();
    await applyMigrations(schemaUrl());
  }, 120_000);

  afterAll(async () => {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });

  it("keeps every StatusChange row byte for byte, and the chains verify before and after", async () => {
    expect(before.length).toBeGreaterThan(0);
    const toChain = (rows: typeof before) =>
      rows.map((row) => ({ ...row, citedEvidence: parseCitedEvidence(row.citedEvidence) }));
    expect(verifyChain(toChain(before))).toEqual({ ok: true, breaks: [] });
    const after = await statusChanges();
    // Sign-off (docs/signoff.md) added two columns: every old row reads as a verdict without a label.
    expect(after.map(({ kind, ratingLabel }) => ({ kind, ratingLabel }))).toEqual(before.map(() => ({ kind: "VERDICT", ratingLabel: null })));
    expect(after.map(({ kind: _kind, ratingLabel: _label, ...row }) => row)).toEqual(before);
    const { stdout } = await verifyWithCli();
    expect(stdout).toMatch(/Every history verifies/);
  });

  it("reads claims nobody gave a verdict as not yet reviewed, and keeps recorded verdicts", async () => {
    expect((await claim(cases.untouched)).status).toBe("PENDING");
    expect((await claim(cases.corroborated)).status).toBe("CORROBORATED");
    expect((await claim(cases.disputed)).status).toBe("DISPUTED");
    // A reviewer's recorded "Unverified" with a rationale is now the Unverified verdict.
    expect((await claim(cases.unverifiedByReviewer)).status).toBe("UNVERIFIED");
    expect((await claim(cases.setBackToUnverified)).status).toBe("UNVERIFIED");
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Claim" WHERE status = 'UNVERIFIED'
      AND NOT EXISTS (SELECT 1 FROM "StatusChange" s WHERE s."claimId" = "Claim".id)`);
    expect(rows[0].n).toBe(0);
  });

  it("completes the assignments an Unverified verdict left open, with an audit event each", async () => {
    const { rows } = await client.query(
      `SELECT id, state, "closeReason", "closedAt" FROM "Assignment" WHERE "claimId" = $1`,
      [cases.unverifiedByReviewer],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ state: "COMPLETED", closeReason: "VERDICT" });
    const events = await client.query(`SELECT action, after FROM "AuditEvent" WHERE "entityId" = $1`, [rows[0].id]);
    expect(events.rows.map((event) => event.action)).toContain("assignment.updated");
    // No open assignment is left on a claim whose last verdict came after it was made.
    const stuck = await client.query(`SELECT count(*)::int AS n FROM "Assignment" a JOIN "Claim" c ON c.id = a."claimId"
      WHERE a.state = 'OPEN' AND c.status <> 'PENDING'
      AND a."createdAt" <= (SELECT max(s."createdAt") FROM "StatusChange" s WHERE s."claimId" = c.id)`);
    expect(stuck.rows[0].n).toBe(0);
  });

  it("reads every audit event the old release wrote with today's typed schema", async () => {
    const { rows } = await client.query(
      `SELECT action, "entityType", "entityId", "actorId", before, after FROM "AuditEvent"`,
    );
    expect(rows.length).toBeGreaterThan(40);
    const unreadable = rows.filter((row) => !readAuditEvent(row).parsed);
    expect(unreadable).toEqual([]);
  });

  it("numbers claims permanently: live claims keep the number people saw, deleted ones follow", async () => {
    const { rows } = await client.query(
      `SELECT "articleId", number, ordinal, "deletedAt" FROM "Claim" ORDER BY "articleId", number`,
    );
    const byArticle = new Map<string, typeof rows>();
    for (const row of rows) byArticle.set(row.articleId, [...(byArticle.get(row.articleId) ?? []), row]);
    for (const [articleId, claims] of byArticle) {
      const live = claims.filter((row) => row.deletedAt === null);
      for (const row of live) expect(row.number).toBe(row.ordinal + 1);
      expect(claims.map((row) => row.number)).toEqual(claims.map((_, index) => index + 1));
      const article = await client.query(`SELECT "nextClaimNumber" FROM "Article" WHERE id = $1`, [articleId]);
      expect(article.rows[0].nextClaimNumber).toBe(claims.length + 1);
    }
    const deleted = await claim(cases.deleted);
    expect(deleted.deletedAt).not.toBeNull();
    expect(deleted.number).toBeGreaterThan(0);
  });
});
