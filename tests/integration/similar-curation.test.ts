// Similar claims after curation (issue 18): a claim made or reworded by a split, a merge or an
// undo is matched again by the background job its change queued, with no test calling the check
// itself: the job worker of this file runs it, as the app's worker would.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importArticle } from "@/lib/articles/mutations";
import type { CurrentUser } from "@/lib/auth/identity";
import { deleteClaim, mergeClaims, splitClaim } from "@/lib/claims/mutations";
import { undoCuration } from "@/lib/claims/undo";
import { db } from "@/lib/db/client";
import { stopJobQueue } from "@/lib/jobs/queue";
import { startWorker } from "@/lib/jobs/worker";
import { makeUser, uniqueSuffix } from "./factories";

// A queue of this file's own: other files' workers must not take its jobs.
process.env.CLAIMLEDGER_JOBS_SCHEMA = `test_jobs_similar_${process.pid}`;

/**
 * A town name made of letters only, so this run's articles share words with nobody else's; and a
 * story no other file tells, so files running at once never suggest each other's claims.
 */
const town = () => `Zor${uniqueSuffix().replace(/\d/g, (d) => "qrstuvwxyz"[Number(d)]!)}`;

/** The earlier claims the job suggested for a claim (stored ClaimMatch rows), waiting for the job. */
async function suggestedFor(claimId: string, expected: string, timeoutMs = 60_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await db.claimMatch.findMany({ where: { claimId }, select: { earlierClaimId: true } });
    const ids = rows.map((row) => row.earlierClaimId);
    if (ids.includes(expected) || Date.now() > deadline) return ids;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const versionOf = async (id: string) => (await db.claim.findUniqueOrThrow({ where: { id } })).version;

beforeAll(async () => {
  await startWorker({ pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, schedule: false, concurrency: 1 });
});

afterAll(async () => {
  await stopJobQueue();
});

describe("similar claims after curation", () => {
  const place = town();
  let editor: CurrentUser;

  beforeAll(async () => {
    editor = await makeUser("EDITOR");
  });

  it("matches the claim a split makes, and a claim an undo restores, with no check called by hand", async () => {
    const earlier = await importArticle(editor, {
      title: `Crane collapse ${uniqueSuffix()}`,
      body: [
        `At least 9 workers were injured when a crane collapsed at the port of ${place} on Monday, the port authority said.`,
        `The power station that serves ${place} has been out of action for eleven days, engineers said.`,
      ].join("\n\n"),
    });
    const earlierId = (words: string) => earlier.claims.find((claim) => claim.text.includes(words))!.id;
    const [injured, power] = [earlierId("crane"), earlierId("power station")];
    const later = await importArticle(editor, {
      title: `Crane falls ${uniqueSuffix()}`,
      body:
        `Nine workers were hurt when a crane collapsed at the port of ${place} on Monday, ` +
        `while the power station serving ${place} has not worked for eleven days.`,
    });
    const laterId = (words: string) => later.claims.find((claim) => claim.text.includes(words))!.id;
    const [crane, station] = [laterId("Nine workers"), laterId("power station")];
    // The import's own jobs first, so what follows can only come from the curation's jobs.
    expect(await suggestedFor(crane, injured)).toContain(injured);
    expect(await suggestedFor(station, power)).toContain(power);
    const body = (await db.article.findUniqueOrThrow({ where: { id: later.article.id } })).body;

    // Merged into one claim, then split again where the second fact starts: the second part is
    // a claim that did not exist, so only the split's job can have matched it.
    await mergeClaims(editor, crane, {
      version: await versionOf(crane),
      nextId: station,
      nextVersion: await versionOf(station),
    });
    const split = await splitClaim(editor, crane, {
      at: body.indexOf("the power station"),
      version: await versionOf(crane),
    });
    expect(split.secondId).not.toBe(station);
    const secondPart = await suggestedFor(split.secondId, power);
    expect(secondPart).toContain(power);
    expect(secondPart).not.toContain(injured);

    // Deleted, its suggestions cleared, and the deletion undone: the restored claim is matched again.
    const deleted = await deleteClaim(editor, split.secondId, { version: await versionOf(split.secondId) });
    await db.claimMatch.deleteMany({ where: { claimId: split.secondId } });
    if (!deleted.undo) throw new Error("The deletion offered no undo");
    await undoCuration(editor, deleted.undo.token);
    expect(await suggestedFor(split.secondId, power)).toContain(power);
  });
});
