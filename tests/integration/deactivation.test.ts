// Deactivating a reviewer who still holds open assignments: moved in the same step (to one
// reviewer, or balanced over several), or left for the dashboards to flag and moved later.
import { describe, expect, it } from "vitest";
import { reassignOpenAssignments } from "@/lib/assignments/mutations";
import type { CurrentUser } from "@/lib/auth/identity";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { createApiToken } from "@/lib/tokens/mutations";
import { deactivateUser, reassignOpenWorkOf } from "@/lib/users/deactivation";
import { updateUser } from "@/lib/users/mutations";
import { makeArticle, makeUser } from "./factories";
import { outcome } from "./review-helpers";

const DUE = [new Date("2031-03-01T00:00:00Z"), new Date("2031-04-15T00:00:00Z"), null];

/** A reviewer holding open assignments on every claim of a fresh article (due dates varied). */
async function reviewerWithOpenWork() {
  const admin = await makeUser("ADMIN");
  const editor = await makeUser("EDITOR");
  const reviewer = await makeUser("REVIEWER");
  const { article, claims } = await makeArticle(editor);
  const open = [];
  for (const [index, claim] of claims.entries()) {
    open.push(
      await db.assignment.create({
        data: {
          claimId: claim.id,
          reviewerId: reviewer.id,
          assignedById: editor.id,
          dueAt: DUE[index % DUE.length],
          note: `note ${index}`,
        },
      }),
    );
  }
  return { admin, editor, reviewer, article, claims, open };
}

async function assignmentsOf(claimIds: string[]) {
  return db.assignment.findMany({ where: { claimId: { in: claimIds } }, orderBy: { createdAt: "asc" } });
}

/** Every old assignment is cancelled as "reviewer deactivated"; each claim has one new OPEN one, same due date and note. */
async function expectMoved(
  open: { id: string; claimId: string; dueAt: Date | null; note: string | null }[],
  to: string[],
) {
  const rows = await assignmentsOf(open.map((assignment) => assignment.claimId));
  for (const old of open) {
    const before = rows.find((row) => row.id === old.id);
    expect(before).toMatchObject({ state: "CANCELLED", closeReason: "REVIEWER_DEACTIVATED" });
    const now = rows.filter((row) => row.claimId === old.claimId && row.state === "OPEN");
    expect(now).toHaveLength(1);
    expect(to).toContain(now[0].reviewerId);
    expect(now[0].dueAt).toEqual(old.dueAt);
    expect(now[0].note).toBe(old.note);
  }
  return rows.filter((row) => row.state === "OPEN");
}

async function isActive(user: CurrentUser) {
  return (await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { active: true } })).active;
}

async function appError(work: () => Promise<unknown>) {
  try {
    await work();
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("deactivating a reviewer who holds open assignments", () => {
  it("moves every open assignment to the chosen reviewer in the same step, and revokes the person's API tokens", async () => {
    const { admin, reviewer, open } = await reviewerWithOpenWork();
    const target = await makeUser("REVIEWER");
    const token = await createApiToken(reviewer, { name: "script" });
    const result = await deactivateUser(admin, reviewer.id, { openAssignments: "reassign", toReviewerId: target.id });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeInstanceOf(Date);
    expect(result).toMatchObject({ user: { id: reviewer.id, active: false }, moved: open.length, stillOpen: 0 });
    expect(result.reassignError).toBeUndefined();
    expect(await isActive(reviewer)).toBe(false);
    const now = await expectMoved(open, [target.id]);
    expect(now.every((row) => row.reviewerId === target.id && row.assignedById === admin.id)).toBe(true);
  });

  it("balances them over several reviewers by open load", async () => {
    const { admin, editor, reviewer, open } = await reviewerWithOpenWork();
    const [first, second] = [await makeUser("REVIEWER"), await makeUser("REVIEWER")];
    // The first already holds one open assignment elsewhere, so the second gets the larger share.
    const other = await makeArticle(editor);
    await db.assignment.create({
      data: { claimId: other.claims[0].id, reviewerId: first.id, assignedById: editor.id },
    });

    const left = await deactivateUser(admin, reviewer.id, { openAssignments: "leave" });
    expect(left).toMatchObject({ moved: 0, stillOpen: open.length });
    const { moved } = await reassignOpenAssignments(admin, {
      fromUserId: reviewer.id,
      toReviewerIds: [first.id, second.id],
    });
    expect(moved).toBe(open.length);

    const now = await expectMoved(open, [first.id, second.id]);
    const count = (id: string) => now.filter((row) => row.reviewerId === id).length;
    expect(count(first.id) + count(second.id)).toBe(open.length);
    // Loads end as even as possible: 1 + first's share vs second's share.
    expect(Math.abs(1 + count(first.id) - count(second.id))).toBeLessThanOrEqual(1);
  });

  it("leaves them with the deactivated reviewer when asked, and moves them later", async () => {
    const { admin, reviewer, open } = await reviewerWithOpenWork();
    const result = await deactivateUser(admin, reviewer.id, { openAssignments: "leave" });
    expect(result).toMatchObject({ user: { active: false }, moved: 0, stillOpen: open.length });
    const still = await assignmentsOf(open.map((assignment) => assignment.claimId));
    expect(still.every((row) => row.state === "OPEN" && row.reviewerId === reviewer.id)).toBe(true);

    const target = await makeUser("REVIEWER");
    const later = await reassignOpenWorkOf(admin, reviewer.id, {
      openAssignments: "reassign",
      toReviewerId: target.id,
    });
    expect(later).toEqual({ moved: open.length, stillOpen: 0 });
    await expectMoved(open, [target.id]);
  });

  it("moves only open assignments: completed work stays with the reviewer", async () => {
    const { admin, reviewer, open } = await reviewerWithOpenWork();
    await db.assignment.update({
      where: { id: open[0].id },
      data: { state: "COMPLETED", closedAt: new Date(), closeReason: "VERDICT" },
    });
    const target = await makeUser("REVIEWER");
    const result = await deactivateUser(admin, reviewer.id, { openAssignments: "reassign", toReviewerId: target.id });
    expect(result.moved).toBe(open.length - 1);
    const completed = await db.assignment.findUniqueOrThrow({ where: { id: open[0].id } });
    expect(completed).toMatchObject({ state: "COMPLETED", reviewerId: reviewer.id, closeReason: "VERDICT" });
  });

  it("refuses a target who is not an active reviewer with a 400 and a field message, before deactivating", async () => {
    const { admin, editor, reviewer, open } = await reviewerWithOpenWork();
    const inactive = await makeUser("REVIEWER");
    await updateUser(admin, inactive.id, { active: false });
    for (const target of [editor.id, inactive.id, reviewer.id, "no-such-user"]) {
      const error = await appError(() =>
        deactivateUser(admin, reviewer.id, { openAssignments: "reassign", toReviewerId: target }),
      );
      expect(error.code).toBe("VALIDATION_FAILED");
      expect(error.status).toBe(400);
      expect(error.details.fields?.toReviewerId?.[0]).toMatch(/active reviewer/);
    }
    // Nothing was written: still active, still holding the work.
    expect(await isActive(reviewer)).toBe(true);
    const rows = await assignmentsOf(open.map((assignment) => assignment.claimId));
    expect(rows.every((row) => row.state === "OPEN" && row.reviewerId === reviewer.id)).toBe(true);

    const missing = await appError(() => deactivateUser(admin, reviewer.id, { openAssignments: "reassign" }));
    expect(missing.details.fields).toHaveProperty("toReviewerId");
    const noChoice = await appError(() => deactivateUser(admin, reviewer.id, {}));
    expect(noChoice.details.fields).toHaveProperty("openAssignments");
    const leaveLater = await appError(() => reassignOpenWorkOf(admin, reviewer.id, { openAssignments: "leave" }));
    expect(leaveLater.details.fields).toHaveProperty("openAssignments");
  });

  it("reassignOpenAssignments itself refuses a non-reviewer or inactive target with a field message", async () => {
    const { admin, editor, reviewer } = await reviewerWithOpenWork();
    const inactive = await makeUser("REVIEWER");
    await updateUser(admin, inactive.id, { active: false });
    for (const target of [editor.id, inactive.id]) {
      const error = await appError(() =>
        reassignOpenAssignments(admin, { fromUserId: reviewer.id, toReviewerIds: [target] }),
      );
      expect(error.status).toBe(400);
      expect(error.details.fields).toHaveProperty("toReviewerIds");
    }
  });

  it("keeps the deactivation and reports clearly when moving the work fails", async () => {
    const { admin, reviewer, article, open } = await reviewerWithOpenWork();
    const target = await makeUser("REVIEWER");
    // An open assignment on a finalized article cannot be moved (finalizing normally cancels them).
    await db.article.update({ where: { id: article.id }, data: { finalizedAt: new Date(), finalizedById: admin.id } });
    const result = await deactivateUser(admin, reviewer.id, { openAssignments: "reassign", toReviewerId: target.id });
    expect(result).toMatchObject({ user: { active: false }, moved: 0, stillOpen: open.length });
    expect(result.reassignError).toMatch(/not moved/);
    expect(await isActive(reviewer)).toBe(false);
  });

  it("is for admins only", async () => {
    const { editor, reviewer } = await reviewerWithOpenWork();
    expect(await outcome(() => deactivateUser(editor, reviewer.id, { openAssignments: "leave" }))).toBe("FORBIDDEN");
    expect(await outcome(() => reassignOpenWorkOf(editor, reviewer.id, { openAssignments: "spread" }))).toBe(
      "FORBIDDEN",
    );
    expect(await isActive(reviewer)).toBe(true);
  });
});
