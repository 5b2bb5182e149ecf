// Claim curation against a real database: each operation, its AuditEvent, version conflicts,
// ordinals, reviewers refused, and re-extraction leaving worked claims alone.
import { describe, expect, it } from "vitest";
import { importArticle } from "@/lib/articles/mutations";
import type { CurrentUser } from "@/lib/auth/identity";
import { articleAuditLog, getArticleWorkspace } from "@/lib/review/article-page";
import { addClaim, rerunExtraction } from "@/lib/claims/additions";
import { deleteClaim, editClaimWording, mergeClaims, splitClaim } from "@/lib/claims/mutations";
import { db } from "@/lib/db/client";
import { assignDirectly, makeUser, uniqueSuffix } from "./factories";
import { refusal } from "./refusal";

const SENTENCES = [
  "Officials said 1,200 people were evacuated from the city of Homs on Tuesday.",
  "The health ministry reported 97.29% vaccination coverage in Damascus in 2023.",
  "Unemployment in Aleppo fell to 14% in March, the statistics office said.",
];

async function setup() {
  const editor = await makeUser("EDITOR");
  const reviewer = await makeUser("REVIEWER");
  const tail = `The weather was mild that week in ${uniqueSuffix()}, residents recalled.`;
  const { article } = await importArticle(editor, {
    title: `Curation ${uniqueSuffix()}`,
    body: [...SENTENCES, tail].join("\n\n"),
  });
  return { editor, reviewer, article };
}

const liveClaims = (articleId: string) =>
  db.claim.findMany({ where: { articleId, deletedAt: null }, orderBy: { ordinal: "asc" } });

async function claimByText(articleId: string, startsWith: string) {
  const claim = (await liveClaims(articleId)).find((c) => c.text.startsWith(startsWith));
  if (!claim) throw new Error(`no live claim starting with ${startsWith}`);
  return claim;
}

async function expectConsistent(articleId: string) {
  const [article, claims] = await Promise.all([
    db.article.findUniqueOrThrow({ where: { id: articleId } }),
    liveClaims(articleId),
  ]);
  expect(claims.map((c) => c.ordinal)).toEqual(claims.map((_, i) => i));
  for (let i = 1; i < claims.length; i++) expect(claims[i].start).toBeGreaterThanOrEqual(claims[i - 1].end);
  for (const claim of claims) {
    expect(article.body.slice(claim.start, claim.end)).toBe(claim.originalText);
    expect(claim.prefix).toBe(article.body.slice(Math.max(0, claim.start - 32), claim.start));
    expect(claim.suffix).toBe(article.body.slice(claim.end, claim.end + 32));
  }
  return claims;
}

const auditFor = (entityId: string) =>
  db.auditEvent.findMany({ where: { entityType: "Claim", entityId }, orderBy: { createdAt: "asc" } });

describe("editing a claim's wording", () => {
  it("changes the statement only, keeps the quote and anchor, bumps the version and audits", async () => {
    const { editor, article } = await setup();
    const claim = await claimByText(article.id, "Officials");
    const result = await editClaimWording(editor, claim.id, {
      text: "  About 1,200 people left Homs on Tuesday.  ",
      version: 1,
    });
    expect(result.version).toBe(2);
    const after = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after).toMatchObject({
      statement: "About 1,200 people left Homs on Tuesday.",
      text: claim.text,
      originalText: claim.originalText,
      start: claim.start,
      end: claim.end,
      version: 2,
    });
    expect(article.body.slice(after.start, after.end)).toBe(after.text);
    const [event] = await auditFor(claim.id);
    expect(event).toMatchObject({ action: "claim.edited", actorId: editor.id });
    expect(event.before).toMatchObject({ statement: claim.statement, version: 1 });
    expect(event.after).toMatchObject({
      statement: "About 1,200 people left Homs on Tuesday.",
      text: claim.text,
      version: 2,
    });
  });

  it("refuses a stale version with a CONFLICT and changes nothing", async () => {
    const { editor, article } = await setup();
    const claim = await claimByText(article.id, "Officials");
    await editClaimWording(editor, claim.id, { text: "First edit.", version: 1 });
    const error = await refusal(
      editClaimWording(editor, claim.id, { text: "Second edit on an old page.", version: 1 }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/Reload/);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).statement).toBe("First edit.");
    expect(await auditFor(claim.id)).toHaveLength(1);
  });

  it("refuses to reword a claim that has a verdict", async () => {
    const { editor, article } = await setup();
    const claim = await claimByText(article.id, "Officials");
    await db.claim.update({ where: { id: claim.id }, data: { status: "CORROBORATED" } });
    expect((await refusal(editClaimWording(editor, claim.id, { text: "New", version: 1 }))).message).toMatch(/verdict/);
  });
});

describe("splitting a claim", () => {
  it("anchors each part to its own sub-span, renumbers and audits", async () => {
    const { editor, article } = await setup();
    const claim = await claimByText(article.id, "Unemployment");
    const countBefore = (await liveClaims(article.id)).length;
    const at = article.body.indexOf("the statistics office");
    const { firstId, secondId } = await splitClaim(editor, claim.id, { at, version: 1 });
    expect(firstId).toBe(claim.id);
    const claims = await expectConsistent(article.id);
    expect(claims).toHaveLength(countBefore + 1);
    const first = claims.find((c) => c.id === firstId)!;
    const second = claims.find((c) => c.id === secondId)!;
    expect(first.text).toBe("Unemployment in Aleppo fell to 14% in March,");
    expect(second.text).toBe("the statistics office said.");
    expect(first.start).toBe(claim.start);
    expect(second.end).toBe(claim.end);
    expect(second.ordinal).toBe(first.ordinal + 1);
    expect(first.version).toBe(2);
    const [event] = await auditFor(claim.id);
    expect(event.action).toBe("claim.split");
    expect(event.after).toMatchObject({ parts: [{ id: firstId }, { id: secondId }] });
  });

  it("snaps a click inside a word to the nearest word start, as the page's preview does", async () => {
    const { editor, article } = await setup();
    const claim = await claimByText(article.id, "Unemployment");
    // "stat|istics": nearer to the start of "statistics" than to "office".
    const at = article.body.indexOf("statistics") + 4;
    const { secondId, at: splitAt } = await splitClaim(editor, claim.id, { at, version: 1 });
    expect(splitAt).toBe(article.body.indexOf("statistics"));
    expect((await db.claim.findUniqueOrThrow({ where: { id: secondId } })).text).toBe("statistics office said.");
  });

  it("refuses an offset outside the claim or a claim with no place to split, with a field message", async () => {
    const { editor, article } = await setup();
    const claim = await claimByText(article.id, "Unemployment");
    const before = await refusal(splitClaim(editor, claim.id, { at: claim.start - 1, version: 1 }));
    expect(before).toMatchObject({
      code: "VALIDATION_FAILED",
      details: { fields: { at: [expect.stringMatching(/inside the claim/)] } },
    });
    expect((await refusal(splitClaim(editor, claim.id, { at: -4, version: 1 }))).code).toBe("VALIDATION_FAILED");
    expect((await refusal(splitClaim(editor, claim.id, { at: 1.5, version: 1 }))).code).toBe("VALIDATION_FAILED");
    const weather = await claimByText(article.id, "The weather");
    await deleteClaim(editor, weather.id, { version: 1 });
    const word = await addClaim(editor, article.id, {
      start: article.body.indexOf("weather"),
      end: article.body.indexOf("weather") + 7,
      text: "weather",
    });
    const single = await db.claim.findUniqueOrThrow({ where: { id: word.id } });
    const lone = await refusal(splitClaim(editor, single.id, { at: single.start + 3, version: 1 }));
    expect(lone.message).toMatch(/each part needs at least one word/);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(1);
  });

  it("refuses a point outside the claim, and claims already in review", async () => {
    const { editor, reviewer, article } = await setup();
    const claim = await claimByText(article.id, "Unemployment");
    const outside = await refusal(splitClaim(editor, claim.id, { at: claim.end + 3, version: 1 }));
    expect(outside.code).toBe("VALIDATION_FAILED");
    await assignDirectly(claim.id, reviewer.id, editor.id);
    const inReview = await refusal(splitClaim(editor, claim.id, { at: claim.start + 13, version: 1 }));
    expect(inReview.code).toBe("CONFLICT");
    expect(await liveClaims(article.id)).toHaveLength((await expectConsistent(article.id)).length);
  });
});

describe("merging neighbouring claims", () => {
  it("covers both spans, soft-deletes the second, renumbers and audits", async () => {
    const { editor, article } = await setup();
    const [a, b, c] = await liveClaims(article.id);
    await mergeClaims(editor, a.id, { version: 1, nextId: b.id, nextVersion: 1 });
    const claims = await expectConsistent(article.id);
    const merged = claims[0];
    expect(merged).toMatchObject({ id: a.id, start: a.start, end: b.end, version: 2 });
    expect(merged.text).toBe(article.body.slice(a.start, b.end));
    expect(claims[1].id).toBe(c.id);
    const gone = await db.claim.findUniqueOrThrow({ where: { id: b.id } });
    expect(gone.deletedById).toBe(editor.id);
    expect(gone.deletedAt).not.toBeNull();
    const [event] = await auditFor(a.id);
    expect(event).toMatchObject({ action: "claim.merged" });
    expect(event.after).toMatchObject({ deletedId: b.id, start: a.start, end: b.end });
  });

  it("refuses claims that are not neighbours", async () => {
    const { editor, article } = await setup();
    const [a, , c] = await liveClaims(article.id);
    const error = await refusal(mergeClaims(editor, a.id, { version: 1, nextId: c.id, nextVersion: 1 }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/next to each other/);
  });
});

describe("deleting a claim", () => {
  it("soft-deletes with who and when, renumbers, and shows in the audit log", async () => {
    const { editor, article } = await setup();
    const [first, second] = await liveClaims(article.id);
    await deleteClaim(editor, first.id, { version: 1 });
    const row = await db.claim.findUniqueOrThrow({ where: { id: first.id } });
    expect(row.deletedById).toBe(editor.id);
    expect(row.deletedAt).toBeInstanceOf(Date);
    const claims = await expectConsistent(article.id);
    expect(claims[0].id).toBe(second.id);
    const log = await articleAuditLog(article.id);
    expect(log.find((e) => e.action === "claim.deleted")).toMatchObject({
      entityId: first.id,
      actor: { name: editor.name },
    });
    expect((await refusal(deleteClaim(editor, first.id, { version: 2 }))).code).toBe("NOT_FOUND");
  });

  it("cancels the claim's open assignment in the same transaction and audits it; other assignments stay", async () => {
    const { editor, reviewer, article } = await setup();
    const [first, second] = await liveClaims(article.id);
    const earlier = await assignDirectly(first.id, reviewer.id, editor.id);
    await db.assignment.update({ where: { id: earlier.id }, data: { state: "CANCELLED", closedAt: new Date() } });
    const open = await assignDirectly(first.id, reviewer.id, editor.id);
    const elsewhere = await assignDirectly(second.id, reviewer.id, editor.id);
    const page = await getArticleWorkspace(editor, article.id);
    expect(page.claims.find((c) => c.id === first.id)?.work.openAssignees).toEqual([reviewer.name]);

    expect(await deleteClaim(editor, first.id, { version: 1 })).toEqual({ id: first.id, cancelledAssignments: 1, undo: null });
    const after = await db.assignment.findUniqueOrThrow({ where: { id: open.id } });
    expect(after.state).toBe("CANCELLED");
    expect(after.closedAt).toEqual((await db.claim.findUniqueOrThrow({ where: { id: first.id } })).deletedAt);
    expect((await db.assignment.findUniqueOrThrow({ where: { id: earlier.id } })).closedAt).not.toEqual(after.closedAt);
    expect((await db.assignment.findUniqueOrThrow({ where: { id: elsewhere.id } })).state).toBe("OPEN");
    const events = await db.auditEvent.findMany({
      where: { entityType: "Assignment", entityId: { in: [open.id, earlier.id] } },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "assignment.removed",
      actorId: editor.id,
      entityId: open.id,
      before: { claimId: first.id, reviewerId: reviewer.id, state: "OPEN" },
      after: { claimId: first.id, reviewerId: reviewer.id, state: "CANCELLED", reason: "claim deleted" },
    });
    expect((await auditFor(first.id)).at(-1)?.after).toMatchObject({ deleted: true, cancelledAssignments: 1 });
  });

  it("cancels nothing when the delete is refused", async () => {
    const { editor, reviewer, article } = await setup();
    const [first] = await liveClaims(article.id);
    const open = await assignDirectly(first.id, reviewer.id, editor.id);
    await editClaimWording(editor, first.id, { text: "Reworded meanwhile.", version: 1 });
    expect((await refusal(deleteClaim(editor, first.id, { version: 1 }))).code).toBe("CONFLICT");
    expect((await db.assignment.findUniqueOrThrow({ where: { id: open.id } })).state).toBe("OPEN");
    expect(await db.auditEvent.count({ where: { entityType: "Assignment", entityId: open.id } })).toBe(0);
  });
});

describe("ids that are not ids", () => {
  const BAD_IDS: unknown[] = [undefined, null, 42, "", "   ", "x".repeat(65), { id: "x" }];

  it("are refused with VALIDATION_FAILED by every curation operation, and nothing changes", async () => {
    const { editor, article } = await setup();
    const before = await liveClaims(article.id);
    const [a, b] = before;
    for (const bad of BAD_IDS) {
      const id = bad as string;
      const attempts = [
        editClaimWording(editor, id, { text: "Everything reworded", version: 1 }),
        splitClaim(editor, id, { at: a.start + 10, version: 1 }),
        mergeClaims(editor, id, { version: 1, nextId: b.id, nextVersion: 1 }),
        deleteClaim(editor, id, { version: 1 }),
        addClaim(editor, id, { start: 0, end: 9, text: "Officials" }),
        rerunExtraction(editor, id),
        getArticleWorkspace(editor, id),
      ];
      for (const attempt of attempts) {
        const error = await refusal(attempt);
        expect(error.code, String(bad)).toBe("VALIDATION_FAILED");
        expect(Object.keys(error.details.fields ?? {})).toHaveLength(1);
      }
    }
    const merge = await refusal(mergeClaims(editor, a.id, { version: 1, nextId: 7, nextVersion: 1 }));
    expect(merge.details.fields?.nextId).toBeDefined();
    expect(await liveClaims(article.id)).toEqual(before);
    expect(await db.auditEvent.count({ where: { actorId: editor.id, NOT: { action: "article.imported" } } })).toBe(0);
  });
});

describe("adding a claim from a selection", () => {
  it("validates offsets against the body, trims, anchors with 32-character context and renumbers", async () => {
    const { editor, article } = await setup();
    const sentence = article.body.split("\n\n")[3];
    const claims = await liveClaims(article.id);
    // The closing sentence may or may not have been extracted; free it first so it can be selected.
    for (const claim of claims.filter((c) => c.start >= article.body.indexOf(sentence))) {
      await deleteClaim(editor, claim.id, { version: claim.version });
    }
    const start = article.body.indexOf(sentence) - 2; // includes the blank line: trimmed away
    const end = start + 2 + sentence.length;
    const { id } = await addClaim(editor, article.id, { start, end, text: article.body.slice(start, end) });
    const added = await db.claim.findUniqueOrThrow({ where: { id } });
    expect(added).toMatchObject({
      text: sentence,
      originalText: sentence,
      start: start + 2,
      end,
      createdById: editor.id,
      score: null,
    });
    await expectConsistent(article.id);
    const [event] = await auditFor(id);
    expect(event).toMatchObject({ action: "claim.created", actorId: editor.id });
  });

  it("refuses offsets out of range, text that does not match, and overlaps with a live claim", async () => {
    const { editor, article } = await setup();
    const length = article.body.length;
    const outOfRange = await refusal(
      addClaim(editor, article.id, { start: length - 2, end: length + 5, text: "abcdefg" }),
    );
    expect(outOfRange.message).toMatch(/outside/);
    const mismatch = await refusal(addClaim(editor, article.id, { start: 0, end: 9, text: "Officialz" }));
    expect(mismatch.message).toMatch(/does not match/);
    const overlap = await refusal(
      addClaim(editor, article.id, { start: 15, end: 20, text: article.body.slice(15, 20) }),
    );
    expect(overlap.code).toBe("CONFLICT");
    expect(overlap.message).toMatch(/overlaps claim C1\b/);
  });
});

describe("re-running extraction", () => {
  it("adds what is missing, keeps worked and deleted claims as they are, refreshes only untouched ones", async () => {
    const { editor, reviewer, article } = await setup();
    const [officials, ministry, unemployment] = await liveClaims(article.id);
    // A worked claim: assigned and given a different score by an "older model".
    await assignDirectly(officials.id, reviewer.id, editor.id);
    await db.claim.update({ where: { id: officials.id }, data: { score: 0.123 } });
    // An untouched claim scored by an "older model": may be refreshed.
    await db.claim.update({ where: { id: ministry.id }, data: { score: 0.456, reasons: ["old"] } });
    // Deleted by an editor: stays deleted.
    await deleteClaim(editor, unemployment.id, { version: 1 });
    // Missed by an "older extractor": will be found again.
    const missed = (await liveClaims(article.id)).at(-1)!;
    await db.claim.delete({ where: { id: missed.id } });
    const workedBefore = await db.claim.findUniqueOrThrow({ where: { id: officials.id } });

    const result = await rerunExtraction(editor, article.id);
    expect(result).toMatchObject({ added: 1, refreshed: 1 });

    expect(await db.claim.findUniqueOrThrow({ where: { id: officials.id } })).toEqual(workedBefore);
    const refreshed = await db.claim.findUniqueOrThrow({ where: { id: ministry.id } });
    expect(refreshed.score).not.toBe(0.456);
    expect(refreshed.version).toBe(2);
    expect((await db.claim.findUniqueOrThrow({ where: { id: unemployment.id } })).deletedAt).not.toBeNull();
    const claims = await expectConsistent(article.id);
    expect(claims.map((c) => c.originalText)).toContain(missed.originalText);
    expect(claims.filter((c) => c.start === unemployment.start)).toHaveLength(0);

    // Running again finds nothing new.
    expect(await rerunExtraction(editor, article.id)).toMatchObject({ added: 0, refreshed: 0 });
    const summaries = await db.auditEvent.findMany({
      where: { entityType: "Article", entityId: article.id, action: "claim.extracted" },
    });
    expect(summaries).toHaveLength(2);
  });

  it("refuses a finalized article", async () => {
    const { editor, article } = await setup();
    await db.article.update({ where: { id: article.id }, data: { finalizedAt: new Date(), finalizedById: editor.id } });
    expect((await refusal(rerunExtraction(editor, article.id))).message).toMatch(/finalized/);
    const [claim] = await liveClaims(article.id);
    expect((await refusal(deleteClaim(editor, claim.id, { version: 1 }))).message).toMatch(/finalized/);
  });
});

describe("reviewers", () => {
  it("are refused every curation operation, and nothing changes", async () => {
    const { editor, reviewer, article } = await setup();
    const [a, b] = await liveClaims(article.id);
    await assignDirectly(a.id, reviewer.id, editor.id);
    const asReviewer: CurrentUser = reviewer;
    // Started one at a time: a refusal that is not awaited yet would be an unhandled rejection.
    const attempts = [
      () => editClaimWording(asReviewer, a.id, { text: "Mine now", version: 1 }),
      () => splitClaim(asReviewer, a.id, { at: a.start + 10, version: 1 }),
      () => mergeClaims(asReviewer, a.id, { version: 1, nextId: b.id, nextVersion: 1 }),
      () => deleteClaim(asReviewer, a.id, { version: 1 }),
      () => addClaim(asReviewer, article.id, { start: 0, end: 9, text: "Officials" }),
      () => rerunExtraction(asReviewer, article.id),
    ];
    for (const attempt of attempts) expect((await refusal(attempt())).code).toBe("FORBIDDEN");
    expect(await db.claim.findMany({ where: { articleId: article.id, version: { gt: 1 } } })).toEqual([]);
    expect(await db.auditEvent.count({ where: { actorId: reviewer.id } })).toBe(0);
  });

  it("read the article without curation data; unassigned reviewers are refused", async () => {
    const { editor, reviewer, article } = await setup();
    const [a] = await liveClaims(article.id);
    const other = await makeUser("REVIEWER");
    expect((await refusal(getArticleWorkspace(reviewer, article.id))).code).toBe("FORBIDDEN");
    await assignDirectly(a.id, reviewer.id, editor.id);
    const view = await getArticleWorkspace(reviewer, article.id);
    expect(view.canCurate).toBe(false);
    expect(view.auditLog).toEqual([]);
    // No claim's work is read for them (who holds it, whether anyone worked on it).
    expect(view.claims.every((c) => c.work.openAssignees.length === 0 && !c.work.worked)).toBe(true);
    expect((await refusal(getArticleWorkspace(other, article.id))).code).toBe("FORBIDDEN");
    const editorView = await getArticleWorkspace(editor, article.id);
    expect(editorView.canCurate).toBe(true);
    expect(editorView.auditLog.map((e) => e.action)).toContain("article.imported");
  });
});
