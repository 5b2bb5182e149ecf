// The claim-write kernel folds the permission check and the version into one statement
// (lib/claims/kernel.ts claimForVersion); these check it still answers as the separate steps did,
// in their order, and rolls the version back on a refusal. And the writes' statement counts
// (docs/performance.md), so a change that adds round trips to a write is seen.
import { describe, expect, it } from "vitest";
import pg from "pg";
import { assignClaims } from "@/lib/assignments/mutations";
import { FINALIZED_MESSAGE } from "@/lib/claims/kernel";
import { addEvidence } from "@/lib/evidence/mutations";
import { reopenClaim, setVerdict } from "@/lib/verdicts/mutations";
import { db } from "@/lib/db/client";
import { makeArticle, makeUser } from "./factories";
import { addSource, claimVersion, finalizeConfirmed, outcome, reviewSetup } from "./review-helpers";

const RATIONALE = "Two independent agencies confirm it.";

async function failure(work: () => Promise<unknown>) {
  try {
    await work();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error("expected the write to fail");
}

/**
 * The statements `work`'s transaction sends, BEGIN to COMMIT, and what follows on that connection
 * (pg's Client#query sees every statement, Prisma's included; other connections of the process,
 * such as the job queue's, are left out).
 */
async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const sent: { client: pg.Client; text: string }[] = [];
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0];
    sent.push({ client: this, text: typeof first === "string" ? first : String((first as { text?: string })?.text) });
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pg.Client.prototype.query;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = query;
  }
  const begin = sent.find((statement) => statement.text === "BEGIN");
  return sent.filter((statement) => statement.client === begin?.client).map((statement) => statement.text);
}

describe("the kernel's permission and version statement", () => {
  it("answers FORBIDDEN, not CONFLICT, to someone who may not write with a stale version, and leaves the version", async () => {
    const { claim } = await reviewSetup();
    const stranger = await makeUser("REVIEWER");
    const version = await claimVersion(claim.id);
    for (const seen of [version, version + 5]) {
      const url = `https://news.example/${seen}`;
      expect(await outcome(() => addEvidence(stranger, claim.id, { url, title: "t", stance: "CONTEXT", version: seen }))).toBe("FORBIDDEN");
    }
    expect(await claimVersion(claim.id)).toBe(version);
  });

  it("answers the finalized conflict before a stale version, and CONFLICT with the claim now for a stale one", async () => {
    const { editor, reviewer, claim, article } = await reviewSetup();
    await addSource(reviewer, claim.id, "SUPPORTS");
    const version = await claimVersion(claim.id);
    const stale = await failure(() => setVerdict(reviewer, claim.id, { status: "CORROBORATED", rationale: RATIONALE, version: version + 5 }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale).toMatchObject({ details: { current: { id: claim.id, version } } });
    await finalizeConfirmed(editor, article.id);
    for (const seen of [version, version + 5]) {
      const refused = await failure(() => setVerdict(editor, claim.id, { status: "CORROBORATED", rationale: RATIONALE, version: seen }));
      expect(refused).toMatchObject({ code: "CONFLICT", message: FINALIZED_MESSAGE });
    }
    expect(await claimVersion(claim.id)).toBe(version);
  });

  it("takes the version exactly once per write and reports the claim as it was", async () => {
    const { reviewer, claim } = await reviewSetup();
    const version = await claimVersion(claim.id);
    const added = await addEvidence(reviewer, claim.id, { url: "https://news.example/once", title: "t", stance: "SUPPORTS", version });
    expect(added.claim.version).toBe(version + 1);
    const verdict = await setVerdict(reviewer, claim.id, { status: "CORROBORATED", rationale: RATIONALE, version: version + 1 });
    expect(verdict.claim.version).toBe(version + 2);
    expect(verdict.statusChange).toMatchObject({ fromStatus: "PENDING", toStatus: "CORROBORATED", seq: 1 });
    expect(await claimVersion(claim.id)).toBe(version + 2);
  });
});

describe("a status change's reads, in one statement", () => {
  it("a verdict completes the open assignment and chains on the last row; a reopen reopens the latest completed one", async () => {
    const { editor, reviewer, claim } = await reviewSetup();
    await addSource(reviewer, claim.id, "SUPPORTS");
    const first = await setVerdict(reviewer, claim.id, { status: "CORROBORATED", rationale: RATIONALE, version: await claimVersion(claim.id) });
    const assignments = await db.assignment.findMany({ where: { claimId: claim.id }, select: { state: true, closeReason: true } });
    expect(assignments).toEqual([{ state: "COMPLETED", closeReason: "VERDICT" }]);
    const reopened = await reopenClaim(editor, claim.id, { reason: "The second source turned out to be a copy of the first one.", version: await claimVersion(claim.id) });
    expect(reopened.statusChange).toMatchObject({ seq: first.statusChange.seq + 1, prevHash: first.statusChange.hash });
    const after = await db.assignment.findMany({ where: { claimId: claim.id }, select: { state: true, closedAt: true } });
    expect(after).toEqual([{ state: "OPEN", closedAt: null }]);
    const claimRow = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { status: true, signoff: true, ratingLabelId: true } });
    expect(claimRow).toEqual({ status: "PENDING", signoff: "NONE", ratingLabelId: null });
  });
});

describe("statements per write", () => {
  it("add a source: 9; a verdict: 9 in its transaction; an assignment: 10, two of them the notification's", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const { claims } = await makeArticle(editor);
    const [claim, other] = claims;
    const version = await claimVersion(claim.id);
    const evidence = await statementsOf(() =>
      addEvidence(editor, claim.id, { url: "https://news.example/count", title: "t", stance: "SUPPORTS", version }),
    );
    expect(evidence).toHaveLength(9);
    const verdict = await statementsOf(() =>
      setVerdict(editor, claim.id, { status: "CORROBORATED", rationale: RATIONALE, version: version + 1 }),
    );
    // BEGIN, two locks, permission and version, the claim's rows, the chain row, the claim, the
    // audit event, COMMIT (no assignment to complete, nobody to notify); then lib/webhooks' lookup.
    expect(verdict.indexOf("COMMIT") + 1).toBe(9);
    const assign = await statementsOf(() => assignClaims(editor, { claimIds: [other.id], reviewerId: reviewer.id, dueAt: null }));
    // BEGIN, reviewer, two locks, open assignment, insert, audit; then lib/notifications' two (the
    // people, preferences, claims and access in one read, and the insert), COMMIT; nothing after.
    expect(assign.findIndex((text) => text.includes('"AuditEvent"'))).toBe(6);
    expect(assign.findIndex((text) => text.includes('"Notification"'))).toBe(8);
    expect(assign).toHaveLength(10);
    expect(assign.at(-1)).toBe("COMMIT");
    // And the reviewer was told.
    expect(await db.notification.count({ where: { userId: reviewer.id, claimId: other.id, kind: "ASSIGNED" } })).toBe(1);
  });
});
