import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyHistories } from "@/lib/history/data";
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
    expect(await verifyHistories({ articleId: article.id })).toMatchObject({
      ok: true,
      checkedClaims: 1,
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
      expect.objectContaining({ claimId: claim.id, rowId: target.id, seq: 1, reason: "hash", found: target.hash }),
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
    expect(cli.stdout).toContain(`BROKEN claim ${claim.id} row ${target.id}`);
    expect(cli.stdout).toContain(`found ${target.hash}`);
  });

  it("the CLI exits 0 when an article's histories verify", async () => {
    const { article } = await claimWithHistory();
    const { stdout } = await run(process.execPath, ["bin/claimledger.mjs", "verify", "--article", article.id], {
      env: process.env,
      timeout: 120_000,
    });
    expect(stdout).toContain("Checked 2 history rows on 1 claims.");
    expect(stdout).toContain("Every history verifies.");
  });
});
