import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { migrationStatus } from "@/lib/db/migration-status";
import { checkHealth } from "@/lib/system/health";
import { makeArticle, makeUser } from "./factories";

describe("migrations and health", () => {
  it("applies migrations idempotently and reports them up to date", async () => {
    expect(await applyMigrations(inject("databaseUrl"))).toEqual([]);
    expect(await migrationStatus()).toEqual({ pending: [], failed: [] });
  });

  it("reports health with the database mode", async () => {
    process.env.CLAIMLEDGER_DATABASE_MODE = inject("databaseMode");
    expect(await checkHealth()).toEqual({ status: "ok", database: inject("databaseMode"), migrations: "up-to-date" });
  });

  it("refuses to rewrite the verdict history, for any statement", async () => {
    const editor = await makeUser("EDITOR");
    const { claims } = await makeArticle(editor);
    const row = await db.statusChange.create({
      data: {
        claimId: claims[0].id,
        seq: 1,
        fromStatus: "UNVERIFIED",
        toStatus: "DISPUTED",
        actorId: editor.id,
        rationale: "Test row for the trigger",
        // Shaped like a real hash: date-range reports running beside this test read the row.
        hash: "0".repeat(64),
      },
    });
    await expect(db.$executeRaw`UPDATE "StatusChange" SET "rationale" = 'x' WHERE "id" = ${row.id}`).rejects.toThrow(
      /append-only/,
    );
    await expect(db.$executeRaw`DELETE FROM "StatusChange" WHERE "id" = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(db.statusChange.update({ where: { id: row.id }, data: { rationale: "x" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.$executeRawUnsafe(`TRUNCATE "StatusChange"`)).rejects.toThrow(/append-only/);
  });
});
