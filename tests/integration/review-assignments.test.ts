import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listQueue } from "@/lib/review/queue";
import { balanceAssignments } from "@/lib/assignments/balance";
import { assignClaims, autoAssign, setDueDate, unassign } from "@/lib/assignments/mutations";
import { reopenClaim, setVerdict } from "@/lib/verdicts/mutations";
import { makeArticle, makeUser } from "./factories";
import { addSource, claimVersion, outcome } from "./review-helpers";

const DAY = 24 * 60 * 60 * 1000;

describe("balanceAssignments (pure)", () => {
  it("gives each claim to the least-loaded reviewer, counting existing load, ties to the first listed", () => {
    const plan = balanceAssignments(
      ["c1", "c2", "c3", "c4", "c5"],
      [
        { id: "busy", openLoad: 3 },
        { id: "idle", openLoad: 0 },
        { id: "some", openLoad: 1 },
      ],
    );
    expect(plan.map((p) => p.reviewerId)).toEqual(["idle", "idle", "some", "idle", "some"]);
    expect(balanceAssignments(["c1"], [])).toEqual([]);
  });
});

describe("assignments", () => {
  it("assigns many claims with due date and note, reassigns, unassigns, and audits every change", async () => {
    const editor = await makeUser("EDITOR");
    const [alice, bob] = [await makeUser("REVIEWER"), await makeUser("REVIEWER")];
    const { claims } = await makeArticle(editor);
    const ids = claims.map((c) => c.id);
    const due = new Date(Date.now() + 3 * DAY);

    const first = await assignClaims(editor, {
      claimIds: ids,
      reviewerEmail: alice.email.toUpperCase(),
      dueAt: due.toISOString(),
      note: "Wires first.",
    });
    expect(first.assignments).toHaveLength(ids.length);
    expect(
      first.assignments.every(
        (a) => a.reviewerId === alice.id && a.note === "Wires first." && a.dueAt?.getTime() === due.getTime(),
      ),
    ).toBe(true);

    // Reassigning one claim cancels Alice's assignment and opens one for Bob.
    const re = await assignClaims(editor, { claimIds: [ids[0]], reviewerId: bob.id });
    expect(re.assignments[0]).toMatchObject({ reviewerId: bob.id, state: "OPEN" });
    const states = await db.assignment.findMany({
      where: { claimId: ids[0] },
      select: { reviewerId: true, state: true },
      orderBy: { createdAt: "asc" },
    });
    expect(states).toEqual([
      { reviewerId: alice.id, state: "CANCELLED" },
      { reviewerId: bob.id, state: "OPEN" },
    ]);

    const dueLater = await setDueDate(editor, { claimIds: ids, dueAt: "2031-01-01" });
    expect(dueLater).toEqual({ updated: ids.length, skipped: 0 });

    await unassign(editor, re.assignments[0].id);
    expect(await outcome(() => unassign(editor, re.assignments[0].id))).toBe("CONFLICT");
    expect(
      await outcome(() => assignClaims(editor, { claimIds: [ids[1]], reviewerEmail: "nobody@nowhere.test" })),
    ).toBe("VALIDATION_FAILED");
    expect(await outcome(() => assignClaims(editor, { claimIds: ["no-such-claim"], reviewerId: bob.id }))).toBe(
      "NOT_FOUND",
    );

    const audit = await db.auditEvent.groupBy({
      by: ["action"],
      where: { entityType: "Assignment", actorId: editor.id },
      _count: { _all: true },
    });
    const count = (action: string) => audit.find((row) => row.action === action)?._count._all ?? 0;
    expect(count("assignment.created")).toBe(ids.length + 1);
    expect(count("assignment.removed")).toBe(2); // reassigned + unassigned
    expect(count("assignment.updated")).toBe(ids.length);
  });

  it("auto-assign spreads only unassigned claims, balancing existing open load", async () => {
    const editor = await makeUser("EDITOR");
    const [busy, idle] = [await makeUser("REVIEWER"), await makeUser("REVIEWER")];
    const other = await makeArticle(editor);
    await assignClaims(editor, { claimIds: other.claims.slice(0, 2).map((c) => c.id), reviewerId: busy.id });
    const { article, claims } = await makeArticle(editor);
    expect(claims.length).toBeGreaterThanOrEqual(3);
    await assignClaims(editor, { claimIds: [claims[0].id], reviewerId: busy.id });

    const result = await autoAssign(editor, { articleId: article.id, reviewerIds: [busy.id, idle.id] });
    const unassigned = claims.length - 1;
    expect(result.assignments).toHaveLength(unassigned);
    expect(result.assignments.map((a) => a.claimId)).not.toContain(claims[0].id);
    // busy starts with 3 open, idle with 0: idle takes claims until it catches up.
    const toIdle = result.assignments.filter((a) => a.reviewerId === idle.id).length;
    expect(toIdle).toBe(Math.min(unassigned, 3 + Math.floor(Math.max(0, unassigned - 3) / 2)));
    expect(result.openLoad[busy.id] + result.openLoad[idle.id]).toBe(3 + unassigned);
    // Nothing left to spread on a second run.
    expect((await autoAssign(editor, { articleId: article.id, reviewerIds: [idle.id] })).assignments).toHaveLength(0);
    expect(await outcome(() => autoAssign(busy, { articleId: article.id, reviewerIds: [idle.id] }))).toBe("FORBIDDEN");
  });
});

describe("a due date given as a bare day", () => {
  it("means the end of that day in the zone of whoever sets it (UTC until they choose one)", async () => {
    const [utcEditor, reviewer] = await Promise.all([makeUser("EDITOR"), makeUser("REVIEWER")]);
    const tokyoEditor = { ...utcEditor, timeZone: "Asia/Tokyo" };
    const { claims } = await makeArticle(utcEditor);
    const [a, b] = claims;
    await assignClaims(utcEditor, { claimIds: [a.id], reviewerId: reviewer.id, dueAt: "2030-01-15" });
    await assignClaims(tokyoEditor, { claimIds: [b.id], reviewerId: reviewer.id, dueAt: "2030-01-15" });
    const dueOf = async (claimId: string) =>
      (await db.assignment.findFirstOrThrow({ where: { claimId, state: "OPEN" } })).dueAt?.toISOString();
    expect(await dueOf(a.id)).toBe("2030-01-15T23:59:59.999Z");
    expect(await dueOf(b.id)).toBe("2030-01-15T14:59:59.999Z");

    await setDueDate(tokyoEditor, { claimIds: [a.id], dueAt: "2030-02-01T08:00:00+01:00" });
    expect(await dueOf(a.id)).toBe("2030-02-01T07:00:00.000Z");
  });
});

describe("my queue", () => {
  it("lists open assignments overdue first then by due date; a verdict removes the claim, UNVERIFIED brings it back", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const { claims } = await makeArticle(editor);
    const [a, b, c] = claims;
    await assignClaims(editor, { claimIds: [a.id], reviewerId: reviewer.id, dueAt: new Date(Date.now() + 2 * DAY) });
    await assignClaims(editor, { claimIds: [b.id], reviewerId: reviewer.id, dueAt: new Date(Date.now() - DAY) });
    await assignClaims(editor, { claimIds: [c.id], reviewerId: reviewer.id });

    let queue = await listQueue(reviewer.id);
    expect(queue.items.map((i) => i.claim.id)).toEqual([b.id, a.id, c.id]);
    expect(queue).toMatchObject({ openCount: 3, overdueCount: 1 });
    expect(queue.items[0].overdue).toBe(true);

    await addSource(reviewer, a.id, "SUPPORTS");
    await setVerdict(reviewer, a.id, {
      status: "CORROBORATED",
      rationale: "Matches the official record.",
      version: await claimVersion(a.id),
    });
    queue = await listQueue(reviewer.id);
    expect(queue.items.map((i) => i.claim.id)).toEqual([b.id, c.id]);

    // Unverified is a verdict: it completes the assignment like the other two.
    await setVerdict(reviewer, c.id, {
      status: "UNVERIFIED",
      rationale: "No source confirms or refutes the figure.",
      version: await claimVersion(c.id),
    });
    queue = await listQueue(reviewer.id);
    expect(queue.items.map((i) => i.claim.id)).toEqual([b.id]);

    // Only an editor's reopen takes a verdict back and puts the claim back in the queue.
    await reopenClaim(editor, a.id, { reason: "Needs a second look after a correction.", version: await claimVersion(a.id) });
    queue = await listQueue(reviewer.id);
    expect(queue.items.map((i) => i.claim.id)).toEqual([b.id, a.id]);
  });
});
