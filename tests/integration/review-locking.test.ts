// Writes on a claim lock first and check after, so a concurrent unassign or finalize that commits
// while they wait is seen; and nothing about sources or assignments changes on a finalized article.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { assignClaims, autoAssign, setDueDate, unassign } from "@/lib/assignments/mutations";
import { addComment } from "@/lib/comments/mutations";
import { addEvidence, editEvidence, removeEvidence } from "@/lib/evidence/mutations";
import { getClaimForReview } from "@/lib/review/claim-page";
import { setVerdict } from "@/lib/verdicts/mutations";
import { FINALIZED_MESSAGE } from "@/lib/claims/kernel";
import { makeUser } from "./factories";
import { reopenArticle } from "@/lib/articles/finalize";
import { listQueue } from "@/lib/review/queue";
import { addSource, claimVersion, finalizeConfirmed, outcome, reviewSetup } from "./review-helpers";

const RATIONALE = "Two independent agencies confirm it.";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `change` in a transaction that stays open (holding its row locks) until `release` is
 * called, so a write started meanwhile has to wait for it.
 */
function holdOpen(change: (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]) => Promise<unknown>) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let ready = () => {};
  const changed = new Promise<void>((resolve) => (ready = resolve));
  const done = db.$transaction(
    async (tx) => {
      await change(tx);
      ready();
      await released;
    },
    { timeout: 20_000 },
  );
  return { changed, release, done };
}

describe("lock first, then check", () => {
  it("a verdict waiting behind an unassign sees the assignment cancelled (FORBIDDEN), not the stale OPEN one", async () => {
    const { reviewer, claim } = await reviewSetup();
    await addSource(reviewer, claim.id, "SUPPORTS");
    const version = await claimVersion(claim.id);
    // What unassign does: lock the claim, cancel its open assignment, commit later.
    const unassigning = holdOpen(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Claim" WHERE id = ${claim.id} FOR UPDATE`;
      await tx.assignment.updateMany({
        where: { claimId: claim.id, state: "OPEN" },
        data: { state: "CANCELLED", closedAt: new Date() },
      });
    });
    await unassigning.changed;
    const verdict = outcome(() =>
      setVerdict(reviewer, claim.id, { status: "CORROBORATED", rationale: RATIONALE, version }),
    );
    const comment = outcome(() => addComment(reviewer, claim.id, { body: "Sneaking in a comment." }));
    await sleep(400); // both are now queued on the claim's lock
    unassigning.release();
    await unassigning.done;
    expect(await verdict).toBe("FORBIDDEN");
    expect(await comment).toBe("FORBIDDEN");
    expect(await db.statusChange.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await db.comment.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("source changes and verdicts waiting behind a finalize see it (CONFLICT, the finalized message)", async () => {
    const { editor, reviewer, claim, article } = await reviewSetup();
    const { evidence } = await addSource(reviewer, claim.id, "SUPPORTS");
    const version = await claimVersion(claim.id);
    const finalizing = holdOpen((tx) =>
      tx.article.update({ where: { id: article.id }, data: { finalizedAt: new Date(), finalizedById: editor.id } }),
    );
    await finalizing.changed;
    const writes = [
      setVerdict(reviewer, claim.id, { status: "CORROBORATED", rationale: RATIONALE, version }),
      addEvidence(reviewer, claim.id, { url: "https://late.example/", title: "Late", stance: "CONTEXT", version }),
      removeEvidence(reviewer, evidence.id, { version }),
    ].map((write) => write.catch((e: unknown) => e));
    await sleep(400);
    finalizing.release();
    await finalizing.done;
    for (const result of await Promise.all(writes)) {
      expect(result).toMatchObject({ code: "CONFLICT", message: FINALIZED_MESSAGE });
    }
    expect(await claimVersion(claim.id)).toBe(version);
  });
});

describe("a finalized article", () => {
  it("refuses source changes and new assignments with CONFLICT; closes open assignments; comments go on; reopening restores them", async () => {
    const { editor, reviewer, claim, claims, article } = await reviewSetup();
    const other = await makeUser("REVIEWER");
    const { evidence } = await addSource(reviewer, claim.id, "SUPPORTS");
    await finalizeConfirmed(editor, article.id);
    const version = await claimVersion(claim.id);
    const refused: [string, () => Promise<unknown>][] = [
      [
        "add",
        () => addEvidence(editor, claim.id, { url: "https://n.example/", title: "N", stance: "CONTEXT", version }),
      ],
      ["edit", () => editEvidence(reviewer, evidence.id, { title: "Renamed", version })],
      ["remove", () => removeEvidence(editor, evidence.id, { version })],
      ["verdict", () => setVerdict(editor, claim.id, { status: "CORROBORATED", rationale: RATIONALE, version })],
      ["assign", () => assignClaims(editor, { claimIds: [claims[1].id], reviewerId: other.id })],
      ["reassign", () => assignClaims(editor, { claimIds: [claim.id], reviewerId: other.id })],
      ["auto-assign", () => autoAssign(editor, { articleId: article.id, reviewerIds: [other.id] })],
    ];
    for (const [name, write] of refused) {
      expect(await write().catch((e: unknown) => e), name).toMatchObject({
        code: "CONFLICT",
        message: FINALIZED_MESSAGE,
      });
    }
    expect(await claimVersion(claim.id)).toBe(version);
    expect(await db.assignment.count({ where: { claim: { articleId: article.id } } })).toBe(1);

    const review = await getClaimForReview(editor, claim.id);
    expect(review.permissions).toMatchObject({ evidence: false, verdict: false, comment: true });

    // The open assignment was closed by finalizing: nothing locked is left in the reviewer's queue.
    const closed = await db.assignment.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(closed).toMatchObject({ state: "CANCELLED", closeReason: "FINALIZED" });
    expect((await listQueue(reviewer.id)).items).toEqual([]);
    expect(
      await db.auditEvent.findFirst({ where: { entityType: "Assignment", entityId: closed.id, action: "assignment.removed" }, select: { after: true } }),
    ).toMatchObject({ after: { reason: "article finalized" } });

    // The reviewer still reads and discusses what they worked on.
    expect(await outcome(() => addComment(reviewer, claim.id, { body: "For the record: checked twice." }))).toBe("ok");
    expect(await outcome(() => setDueDate(editor, { claimIds: [claim.id], dueAt: "2031-01-01" }))).toBe("ok");

    // Reopening gives the interrupted work back (the claim still has no verdict).
    const reopened = await reopenArticle(editor, article.id);
    expect(reopened.restoredAssignments).toBe(1);
    const open = await db.assignment.findFirstOrThrow({ where: { claimId: claim.id, state: "OPEN" } });
    expect(open.id).toBe(closed.id);
    expect((await listQueue(reviewer.id)).items.map((item) => item.claim.id)).toEqual([claim.id]);
    expect(await outcome(() => unassign(editor, open.id))).toBe("ok");
  });
});
