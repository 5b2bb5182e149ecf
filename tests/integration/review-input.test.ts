// Input that reaches the review workflow's lib functions from server actions and routes: ids of
// the wrong type, impossible dates, assignees who cannot review.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getAssignmentBoard } from "@/lib/review/assign-page";
import { listQueue } from "@/lib/review/queue";
import { assignClaims, autoAssign, setDueDate, unassign } from "@/lib/assignments/mutations";
import { addComment } from "@/lib/comments/mutations";
import { addEvidence, editEvidence, removeEvidence } from "@/lib/evidence/mutations";
import { getClaimHistory, verifyHistories } from "@/lib/history/data";
import { getClaimForReview } from "@/lib/review/claim-page";
import { reopenClaim, setVerdict } from "@/lib/verdicts/mutations";
import { makeArticle, makeUser } from "./factories";
import { addSource, claimVersion, outcome, reviewSetup } from "./review-helpers";

const RATIONALE = "Two independent agencies confirm it.";

/**
 * The versions and statuses of the article's claims (an `updateMany where { id: undefined }` would
 * bump every claim's version; other test files change theirs meanwhile, so look at ours only).
 */
async function claimState(articleId: string) {
  return db.claim.findMany({
    where: { articleId },
    select: { id: true, version: true, status: true },
    orderBy: { id: "asc" },
  });
}

describe("ids of the wrong type", () => {
  it("are refused with VALIDATION_FAILED before any query, and change nothing", async () => {
    const { reviewer, claim, article } = await reviewSetup();
    const { evidence } = await addSource(reviewer, claim.id, "SUPPORTS");
    const version = await claimVersion(claim.id);
    // Fresh actors: any audit event by them would be a change made by a refused call.
    const actingEditor = await makeUser("EDITOR");
    const actingAdmin = await makeUser("ADMIN");
    const before = await claimState(article.id);
    const assignmentsBefore = await db.assignment.count({ where: { claim: { articleId: article.id } } });

    const source = { url: "https://x.example/", title: "X", stance: "SUPPORTS", version };
    const verdict = { status: "CORROBORATED", rationale: RATIONALE, version };
    const bad: unknown[] = [undefined, null, 42, { id: claim.id }, "", "x".repeat(65)];
    for (const id of bad) {
      const calls: [string, () => Promise<unknown>][] = [
        ["addEvidence", () => addEvidence(actingAdmin, id, source)],
        ["editEvidence", () => editEvidence(actingAdmin, id, { title: "Changed", version })],
        ["removeEvidence", () => removeEvidence(actingAdmin, id, { version })],
        ["setVerdict", () => setVerdict(actingAdmin, id, verdict)],
        ["addComment", () => addComment(actingAdmin, id, { body: "Hello" })],
        ["getClaimForReview", () => getClaimForReview(actingAdmin, id)],
        ["assignClaims", () => assignClaims(actingEditor, { claimIds: [id], reviewerId: reviewer.id })],
        ["assignClaims reviewer", () => assignClaims(actingEditor, { claimIds: [claim.id], reviewerId: id })],
        ["setDueDate", () => setDueDate(actingEditor, { claimIds: [id], dueAt: "2031-01-01" })],
        ["unassign", () => unassign(actingEditor, id)],
        ["autoAssign", () => autoAssign(actingEditor, { articleId: id, reviewerIds: [reviewer.id] })],
        ["autoAssign reviewers", () => autoAssign(actingEditor, { articleId: article.id, reviewerIds: [id] })],
        ["getAssignmentBoard", () => getAssignmentBoard(actingEditor, id)],
        ["listQueue", () => listQueue(id as string)],
        ["getClaimHistory", () => getClaimHistory(id as string)],
      ];
      if (id !== undefined) calls.push(["verifyHistories", () => verifyHistories({ articleId: id as string })]);
      for (const [name, call] of calls) expect(await outcome(call), `${name}(${String(id)})`).toBe("VALIDATION_FAILED");
    }
    // Malformed whole inputs, as a client could send them to the assign page's actions.
    for (const input of [undefined, null, "x", { claimIds: "x", reviewerId: reviewer.id }, { claimIds: [] }]) {
      const error = await assignClaims(actingEditor, input).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "VALIDATION_FAILED" });
    }
    expect(await assignClaims(actingEditor, { claimIds: "x" }).catch((e: unknown) => e)).toMatchObject({
      details: { fields: { claimIds: [expect.any(String)] } },
    });

    expect(await claimState(article.id)).toEqual(before);
    expect(await db.auditEvent.count({ where: { actorId: { in: [actingEditor.id, actingAdmin.id] } } })).toBe(0);
    expect(await db.assignment.count({ where: { claim: { articleId: article.id } } })).toBe(assignmentsBefore);
    expect(await db.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).toMatchObject({
      title: "Source SUPPORTS",
      removedAt: null,
    });
  });
});

describe("dates", () => {
  it("refuse year 0000 (which PostgreSQL cannot store) with VALIDATION_FAILED naming the field", async () => {
    const { editor, reviewer, claim } = await reviewSetup();
    const version = await claimVersion(claim.id);
    const add = (dates: Record<string, string>) =>
      addEvidence(reviewer, claim.id, { url: "https://d.example/", title: "D", stance: "CONTEXT", version, ...dates });
    for (const field of ["publishedAt", "accessedAt"]) {
      for (const value of ["0000-01-01", "0000-06-01T00:00:00Z"]) {
        const error = await add({ [field]: value }).catch((e: unknown) => e);
        expect(error, `${field} ${value}`).toMatchObject({
          code: "VALIDATION_FAILED",
          details: { fields: { [field]: [expect.stringMatching(/real date/)] } },
        });
      }
    }
    const due = (dueAt: unknown) => assignClaims(editor, { claimIds: [claim.id], reviewerId: reviewer.id, dueAt });
    expect(await due("0000-01-01").catch((e: unknown) => e)).toMatchObject({
      code: "VALIDATION_FAILED",
      details: { fields: { dueAt: ["The due date must be a real date between the years 1000 and 9999."] } },
    });
    expect(await outcome(() => due("2024-02-30"))).toBe("VALIDATION_FAILED");
    expect(await outcome(() => setDueDate(editor, { claimIds: [claim.id], dueAt: "0000-12-31" }))).toBe(
      "VALIDATION_FAILED",
    );
    expect(await claimVersion(claim.id)).toBe(version);
    // Sensible dates still pass, and an edit without dates keeps them.
    const { evidence } = await add({ publishedAt: "1999-05-01" });
    expect(evidence.publishedAt?.toISOString()).toBe("1999-05-01T00:00:00.000Z");
    const edited = await editEvidence(reviewer, evidence.id, {
      title: "Renamed",
      version: await claimVersion(claim.id),
    });
    expect(edited.evidence.publishedAt?.toISOString()).toBe("1999-05-01T00:00:00.000Z");
  });
});

describe("assignees", () => {
  it("must be active reviewers, for assign and auto-assign", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const { article, claims } = await makeArticle(editor);
    const inactive = await makeUser("REVIEWER");
    await db.user.update({ where: { id: inactive.id }, data: { active: false } });
    for (const assignee of [editor, await makeUser("ADMIN"), inactive]) {
      const byId = await assignClaims(editor, { claimIds: [claims[0].id], reviewerId: assignee.id }).catch(
        (e: unknown) => e,
      );
      expect(byId).toMatchObject({
        code: "VALIDATION_FAILED",
        details: { fields: { reviewerId: [expect.any(String)] } },
      });
      expect(
        await outcome(() => assignClaims(editor, { claimIds: [claims[0].id], reviewerEmail: assignee.email })),
      ).toBe("VALIDATION_FAILED");
      const auto = await autoAssign(editor, { articleId: article.id, reviewerIds: [reviewer.id, assignee.id] }).catch(
        (e: unknown) => e,
      );
      expect(auto).toMatchObject({
        code: "VALIDATION_FAILED",
        details: { fields: { reviewerIds: [expect.any(String)] } },
      });
    }
    expect(await db.assignment.count({ where: { claim: { articleId: article.id } } })).toBe(0);
    expect(
      (await assignClaims(editor, { claimIds: [claims[0].id], reviewerId: reviewer.id })).assignments,
    ).toHaveLength(1);
  });
});

describe("a verdict settling the assignment", () => {
  it("records assignment.updated with before and after for completing and reopening", async () => {
    const { editor, reviewer, claim } = await reviewSetup();
    const assignment = await db.assignment.findFirstOrThrow({ where: { claimId: claim.id } });
    await addSource(reviewer, claim.id, "SUPPORTS");
    await setVerdict(reviewer, claim.id, {
      status: "CORROBORATED",
      rationale: RATIONALE,
      version: await claimVersion(claim.id),
    });
    await reopenClaim(editor, claim.id, { reason: "Reopened after a correction.", version: await claimVersion(claim.id) });
    const events = await db.auditEvent.findMany({
      where: { entityType: "Assignment", entityId: assignment.id, action: "assignment.updated" },
      orderBy: { createdAt: "asc" },
      select: { actorId: true, before: true, after: true },
    });
    expect(events).toEqual([
      {
        actorId: reviewer.id,
        before: expect.objectContaining({ state: "OPEN", closedAt: null, reviewerId: reviewer.id }),
        after: expect.objectContaining({ state: "COMPLETED", closedAt: expect.any(String), reason: "verdict given" }),
      },
      {
        actorId: editor.id,
        before: expect.objectContaining({ state: "COMPLETED", closedAt: expect.any(String) }),
        after: expect.objectContaining({ state: "OPEN", closedAt: null }),
      },
    ]);
  });
});
