// Undo of split, merge and delete against a real database: what comes back, what the audit log
// keeps, and every refusal (twice, too late, after someone else's change, another editor, a
// reviewer, a claim now in review, text since covered by another claim, a finalized article).
import { describe, expect, it } from "vitest";
import { importArticle } from "@/lib/articles/mutations";
import { addClaim } from "@/lib/claims/additions";
import { deleteClaim, editClaimWording, mergeClaims, splitClaim } from "@/lib/claims/mutations";
import { undoCuration } from "@/lib/claims/undo";
import { db } from "@/lib/db/client";
import { assignDirectly, makeUser, uniqueSuffix } from "./factories";
import { refusal } from "./refusal";

const BODY = [
  "Officials said 1,200 people were evacuated from the city of Homs on Tuesday.",
  "The health ministry reported 97.29% vaccination coverage in Damascus in 2023.",
  "Unemployment in Aleppo fell to 14% in March, the statistics office said.",
];

async function setup() {
  const editor = await makeUser("EDITOR");
  const { article } = await importArticle(editor, {
    title: `Undo ${uniqueSuffix()}`,
    body: [...BODY, `The weather was mild in ${uniqueSuffix()}, residents recalled.`].join("\n\n"),
  });
  return { editor, article };
}

const live = (articleId: string) =>
  db.claim.findMany({ where: { articleId, deletedAt: null }, orderBy: { ordinal: "asc" } });
const row = (id: string) => db.claim.findUniqueOrThrow({ where: { id } });
const content = ({
  text,
  originalText,
  statement,
  start,
  end,
  prefix,
  suffix,
  score,
  reasons,
  claimant,
}: Awaited<ReturnType<typeof row>>) => ({
  text,
  originalText,
  statement,
  start,
  end,
  prefix,
  suffix,
  score,
  reasons,
  claimant,
});

async function byText(articleId: string, startsWith: string) {
  const claim = (await live(articleId)).find((c) => c.text.startsWith(startsWith));
  if (!claim) throw new Error(`no claim ${startsWith}`);
  return claim;
}

describe("undoing a split", () => {
  it("puts the claim back whole, deletes the second part, audits the undo and keeps the split in the log", async () => {
    const { editor, article } = await setup();
    const claim = await byText(article.id, "Unemployment");
    const before = content(claim);
    const split = await splitClaim(editor, claim.id, { at: article.body.indexOf("the statistics"), version: 1 });
    expect(split.undo).toEqual({ token: expect.any(String), expiresAt: expect.any(String) });
    const expires = new Date(split.undo.expiresAt).getTime() - Date.now();
    expect(expires).toBeGreaterThan(4 * 60_000);
    expect(expires).toBeLessThanOrEqual(5 * 60_000);

    const result = await undoCuration(editor, split.undo.token);
    expect(result).toEqual({
      undone: "claim.split",
      restored: [{ id: claim.id, number: claim.number }],
      removed: [{ id: split.secondId, number: split.secondNumber }],
    });
    const restored = await row(claim.id);
    expect(content(restored)).toEqual(before);
    expect(restored.version).toBe(3); // 1 → split 2 → undo 3: a page still showing 2 must reload
    const second = await row(split.secondId);
    expect(second.deletedAt).not.toBeNull();
    expect(second.deletedById).toBe(editor.id);
    expect((await live(article.id)).map((c) => c.ordinal)).toEqual([0, 1, 2, 3]);

    const events = await db.auditEvent.findMany({
      where: { entityType: "Claim", entityId: claim.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["claim.split", "claim.undone"]);
    expect(events[1].after).toMatchObject({
      undid: "claim.split",
      undoes: events[0].id,
      otherId: split.secondId,
      number: claim.number,
    });
    expect(events[1].actorId).toBe(editor.id);

    const again = await refusal(undoCuration(editor, split.undo.token));
    expect(again).toMatchObject({ code: "CONFLICT", message: "This change was already undone." });
  });

  it("is refused once someone works on the new part (an assignment), and changes nothing", async () => {
    const { editor, article } = await setup();
    const reviewer = await makeUser("REVIEWER");
    const claim = await byText(article.id, "Unemployment");
    const split = await splitClaim(editor, claim.id, { at: article.body.indexOf("the statistics"), version: 1 });
    await assignDirectly(split.secondId, reviewer.id, editor.id);
    const error = await refusal(undoCuration(editor, split.undo.token));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(
      `C${split.secondNumber} is being reviewed now (assignments, sources or comments), so this change can no longer be undone.`,
    );
    expect((await row(split.secondId)).deletedAt).toBeNull();
    expect((await row(claim.id)).version).toBe(2);
    expect(await db.curationUndo.findUniqueOrThrow({ where: { id: split.undo.token } })).toMatchObject({
      undoneAt: null,
    });
  });
});

describe("undoing a merge", () => {
  it("separates the two claims again, exactly as they were", async () => {
    const { editor, article } = await setup();
    const [a, b] = await live(article.id);
    const merge = await mergeClaims(editor, a.id, { version: 1, nextId: b.id, nextVersion: 1 });
    expect((await live(article.id)).map((c) => c.id)).not.toContain(b.id);

    const result = await undoCuration(editor, merge.undo.token);
    expect(result.undone).toBe("claim.merged");
    expect(result.restored.map((c) => c.id)).toEqual([a.id, b.id]);
    const [first, second] = await Promise.all([row(a.id), row(b.id)]);
    expect(content(first)).toEqual(content(a));
    expect(content(second)).toEqual(content(b));
    expect(second.deletedAt).toBeNull();
    expect(second.deletedById).toBeNull();
    expect([first.version, second.version]).toEqual([3, 3]);
    expect((await live(article.id)).slice(0, 2).map((c) => c.id)).toEqual([a.id, b.id]);
    const merged = await db.auditEvent.findFirstOrThrow({ where: { entityId: a.id, action: "claim.merged" } });
    const undone = await db.auditEvent.findFirstOrThrow({ where: { entityId: a.id, action: "claim.undone" } });
    expect(undone.after).toMatchObject({
      undid: "claim.merged",
      undoes: merged.id,
      otherId: b.id,
      otherNumber: b.number,
    });
  });

  it("is refused with a 409 message after another editor reworded the merged claim", async () => {
    const { editor, article } = await setup();
    const colleague = await makeUser("EDITOR");
    const [a, b] = await live(article.id);
    const merge = await mergeClaims(editor, a.id, { version: 1, nextId: b.id, nextVersion: 1 });
    await editClaimWording(colleague, a.id, { text: "The colleague's wording.", version: 2 });
    const error = await refusal(undoCuration(editor, merge.undo.token));
    expect(error.code).toBe("CONFLICT");
    expect(error.status).toBe(409);
    expect(error.message).toBe(
      `C${a.number} has changed since, so this change can no longer be undone. Reload the page and make the change by hand.`,
    );
    expect((await row(b.id)).deletedAt).not.toBeNull();
    expect((await row(a.id)).statement).toBe("The colleague's wording.");
  });
});

describe("undoing a delete", () => {
  it("brings the claim back; a second editor and a reviewer are refused, as is a late undo", async () => {
    const { editor, article } = await setup();
    const colleague = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const claim = await byText(article.id, "Officials");
    const deletion = await deleteClaim(editor, claim.id, { version: 1 });
    expect(deletion.undo).not.toBeNull();
    const token = deletion.undo!.token;

    expect(await refusal(undoCuration(colleague, token))).toMatchObject({
      code: "FORBIDDEN",
      message: "Only the editor who made this change can undo it.",
    });
    expect((await refusal(undoCuration(reviewer, token))).code).toBe("FORBIDDEN");
    expect((await refusal(undoCuration(editor, "not-a-ticket"))).code).toBe("NOT_FOUND");
    expect((await refusal(undoCuration(editor, 42))).code).toBe("VALIDATION_FAILED");

    await undoCuration(editor, token);
    const back = await row(claim.id);
    expect(back.deletedAt).toBeNull();
    expect(content(back)).toEqual(content(claim));
    expect(back.version).toBe(3);
    expect(
      await db.auditEvent.count({ where: { entityId: claim.id, action: { in: ["claim.deleted", "claim.undone"] } } }),
    ).toBe(2);

    const again = await deleteClaim(editor, claim.id, { version: 3 });
    await db.curationUndo.update({
      where: { id: again.undo!.token },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await refusal(undoCuration(editor, again.undo!.token))).message).toMatch(/5 minutes\) has passed/);
    expect((await row(claim.id)).deletedAt).not.toBeNull();
  });

  it("is refused when a claim added since covers part of the deleted text", async () => {
    const { editor, article } = await setup();
    const claim = await byText(article.id, "Officials");
    const deletion = await deleteClaim(editor, claim.id, { version: 1 });
    const start = article.body.indexOf("1,200 people");
    const added = await addClaim(editor, article.id, { start, end: start + 12, text: "1,200 people" });
    const error = await refusal(undoCuration(editor, deletion.undo!.token));
    expect(error.message).toBe(
      `The text of C${claim.number} is now part of C${added.number}, so this change can no longer be undone.`,
    );
    expect((await row(claim.id)).deletedAt).not.toBeNull();
  });

  it("offers no undo when the delete cancelled open assignments", async () => {
    const { editor, article } = await setup();
    const reviewer = await makeUser("REVIEWER");
    const claim = await byText(article.id, "Officials");
    await assignDirectly(claim.id, reviewer.id, editor.id);
    const deletion = await deleteClaim(editor, claim.id, { version: 1 });
    expect(deletion).toMatchObject({ cancelledAssignments: 1, undo: null });
  });

  it("is refused on a finalized article", async () => {
    const { editor, article } = await setup();
    const claim = await byText(article.id, "Officials");
    const deletion = await deleteClaim(editor, claim.id, { version: 1 });
    await db.article.update({ where: { id: article.id }, data: { finalizedAt: new Date() } });
    expect((await refusal(undoCuration(editor, deletion.undo!.token))).message).toMatch(/finalized/);
  });
});
