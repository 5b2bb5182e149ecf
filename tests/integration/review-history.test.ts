import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getClaimHistory, verifyHistories } from "@/lib/history/data";
import { verifyArticleHistory } from "@/lib/reports/data";
import { getClaimForReview } from "@/lib/review/claim-page";
import { setVerdict } from "@/lib/verdicts/mutations";
import { addSource, claimVersion, reviewSetup } from "./review-helpers";

const run = promisify(execFile);

async function claimWithHistory() {
  const setup = await reviewSetup();
  const { reviewer, claim } = setup;
  await addSource(reviewer, claim.id, "SUPPORTS");
  await setVerdict(reviewer, claim.id, {
    status: "CORROBORATED",
    rationale: "Confirmed by two agencies.",
    version: await claimVersion(claim.id),
  });
  await setVerdict(reviewer, claim.id, {
    status: "UNVERIFIED",
    rationale: "One agency retracted its story.",
    version: await claimVersion(claim.id),
  });
  return setup;
}

describe("StatusChange is append-only in the database", () => {
  it("refuses UPDATE, DELETE and TRUNCATE", async () => {
    const { claim } = await claimWithHistory();
    await expect(
      db.$executeRaw`UPDATE "StatusChange" SET rationale = 'rewritten' WHERE "claimId" = ${claim.id}`,
    ).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "StatusChange" WHERE "claimId" = ${claim.id}`).rejects.toThrow(
      /append-only/,
    );
    // In a transaction that is always rolled back, so a missing trigger could not wipe other tests' rows.
    const truncate = db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('TRUNCATE "StatusChange"');
      throw new Error("TRUNCATE was not refused");
    });
    await expect(truncate).rejects.toThrow(/append-only/);
    const rows = await db.statusChange.findMany({ where: { claimId: claim.id }, orderBy: { seq: "asc" } });
    expect(rows.map((row) => row.rationale)).toEqual(["Confirmed by two agencies.", "One agency retracted its story."]);
  });
});

describe("verify", () => {
  it("reports a row altered with the trigger disabled, through the library and the CLI (exit code 1)", async () => {
    const { article, claim } = await claimWithHistory();
    const claimCount = await db.claim.count({ where: { articleId: article.id } });
    expect(await verifyHistories({ articleId: article.id })).toMatchObject({
      ok: true,
      checkedClaims: claimCount,
      checkedRows: 2,
    });

    const target = await db.statusChange.findFirstOrThrow({ where: { claimId: claim.id, seq: 1 } });
    // DDL is transactional: other sessions never see the trigger disabled.
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('ALTER TABLE "StatusChange" DISABLE TRIGGER "StatusChange_append_only"');
      await tx.$executeRaw`UPDATE "StatusChange" SET rationale = 'Quietly rewritten.' WHERE id = ${target.id}`;
      await tx.$executeRawUnsafe('ALTER TABLE "StatusChange" ENABLE TRIGGER "StatusChange_append_only"');
    });

    const result = await verifyHistories({ articleId: article.id });
    expect(result.ok).toBe(false);
    expect(result.breaks).toEqual([
      expect.objectContaining({
        claimId: claim.id,
        rowId: target.id,
        seq: 1,
        kind: "hash",
        reason: "hash",
        found: target.hash,
      }),
    ]);
    expect(result.breaks[0].expected).not.toBe(target.hash);

    const cli = await run(process.execPath, ["bin/claimledger.mjs", "verify", "--article", article.id], {
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
      timeout: 120_000,
    }).then(
      (ok) => ({ code: 0, stdout: ok.stdout, stderr: ok.stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain(`BROKEN [hash] claim ${claim.id} row ${target.id}`);
    expect(cli.stdout).toContain(`found ${target.hash}`);
  });

  it("the CLI exits 0 when an article's histories verify", async () => {
    const { article } = await claimWithHistory();
    const { stdout } = await run(process.execPath, ["bin/claimledger.mjs", "verify", "--article", article.id], {
      env: process.env,
      timeout: 120_000,
    });
    expect(stdout).toMatch(/Checked 2 history rows on \d+ claims\./);
    expect(stdout).toContain("Every history verifies.");
  });

  it("reports deleted rows: the last row (head and audit witness), everywhere the history is verified", async () => {
    const { article, claim, reviewer } = await claimWithHistory();
    const last = await db.statusChange.findFirstOrThrow({ where: { claimId: claim.id, seq: 2 } });
    await deleteRows(last.id);

    const result = await verifyHistories({ articleId: article.id });
    expect(result.ok).toBe(false);
    // The claim is UNVERIFIED (row 2 set it back); the remaining chain ends at CORROBORATED.
    expect(result.breaks).toEqual([
      expect.objectContaining({
        kind: "head",
        claimId: claim.id,
        seq: 1,
        expected: "UNVERIFIED",
        found: "CORROBORATED",
      }),
      expect.objectContaining({ kind: "missing-row", reason: "audit", claimId: claim.id, rowId: last.id, seq: 2 }),
    ]);
    expect(result.claims.find((entry) => entry.claimId === claim.id)).toMatchObject({ ok: false, rows: 1 });
    expect(result.claims.filter((entry) => entry.claimId !== claim.id).every((entry) => entry.ok)).toBe(true);

    // The claim page, the reports and the CLI agree.
    expect((await getClaimHistory(claim.id)).verification).toEqual({ ok: false, breaks: result.breaks });
    expect((await getClaimForReview(reviewer, claim.id)).history.verification.ok).toBe(false);
    expect(await verifyArticleHistory(article.id)).toMatchObject({ ok: false, checked: 1, breaks: result.breaks });
    const cli = await runCli(["verify", "--article", article.id]);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain(`BROKEN [head] claim ${claim.id}`);
    expect(cli.stdout).toContain(`BROKEN [missing-row] claim ${claim.id} row ${last.id} (seq 2, audit)`);
    expect(cli.stderr).toContain("2 break(s) in the history of 1 claim(s).");
  });

  it("reports a claim with a verdict whose rows are all gone, even when the audit events went too", async () => {
    const { article, claim, reviewer } = await reviewSetup();
    await addSource(reviewer, claim.id, "SUPPORTS");
    await setVerdict(reviewer, claim.id, {
      status: "CORROBORATED",
      rationale: "Confirmed by two agencies.",
      version: await claimVersion(claim.id),
    });
    const rows = await db.statusChange.findMany({ where: { claimId: claim.id }, select: { id: true } });
    await deleteRows(...rows.map((row) => row.id));
    const witnessed = (await verifyHistories({ articleId: article.id })).breaks;
    expect(witnessed.map((b) => b.kind)).toEqual(["head", "missing-row"]);
    expect(witnessed[0]).toMatchObject({ rowId: null, seq: null, expected: "CORROBORATED", found: "(no rows)" });

    // The audit table is not append-only: the head check does not depend on it.
    await db.auditEvent.deleteMany({ where: { entityType: "Claim", entityId: claim.id, action: "verdict.set" } });
    const result = await verifyHistories({ articleId: article.id });
    expect(result.breaks).toEqual([expect.objectContaining({ kind: "head", claimId: claim.id })]);
  });

  it("reports a row deleted from the middle as missing, and the next row's link as broken", async () => {
    const { article, claim, reviewer } = await claimWithHistory();
    await setVerdict(reviewer, claim.id, {
      status: "CORROBORATED",
      rationale: "Confirmed again after the retraction.",
      version: await claimVersion(claim.id),
    });
    const middle = await db.statusChange.findFirstOrThrow({ where: { claimId: claim.id, seq: 2 } });
    const third = await db.statusChange.findFirstOrThrow({ where: { claimId: claim.id, seq: 3 } });
    await deleteRows(middle.id);
    const { breaks } = await verifyHistories({ articleId: article.id });
    expect(breaks).toEqual([
      expect.objectContaining({ kind: "missing-row", reason: "seq", rowId: null, seq: 2, expected: "2", found: "3" }),
      expect.objectContaining({ kind: "link", reason: "prevHash", rowId: third.id, seq: 3 }),
      expect.objectContaining({ kind: "missing-row", reason: "audit", rowId: middle.id, seq: 2 }),
    ]);
  });
});

/** Deletes history rows with the append-only trigger disabled for this one transaction only. */
async function deleteRows(...ids: string[]) {
  // DDL is transactional: other sessions never see the trigger disabled, and a failure rolls the
  // ALTER back with everything else, so the trigger cannot be left off.
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe('ALTER TABLE "StatusChange" DISABLE TRIGGER "StatusChange_append_only"');
    try {
      for (const id of ids) await tx.$executeRaw`DELETE FROM "StatusChange" WHERE id = ${id}`;
    } finally {
      await tx.$executeRawUnsafe('ALTER TABLE "StatusChange" ENABLE TRIGGER "StatusChange_append_only"');
    }
  });
}

async function runCli(args: string[]) {
  return run(process.execPath, ["bin/claimledger.mjs", ...args], { env: process.env, timeout: 120_000 }).then(
    (ok) => ({ code: 0, stdout: ok.stdout, stderr: ok.stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}
