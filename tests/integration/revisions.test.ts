// Article revisions against a real database: a revision cycle with exact, approximate and orphaned
// claims and their work intact, the API's contract, bad input, permissions, resolving anchors,
// concurrency with a verdict, the history chain, and a 2,500-word revision with ~100 claims.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as resolveAnchorRoute } from "@/app/api/v1/articles/[id]/revisions/anchors/[claimId]/route";
import { GET as listRoute, POST as importRoute } from "@/app/api/v1/articles/[id]/revisions/route";
import { importArticle } from "@/lib/articles/mutations";
import { db } from "@/lib/db/client";
import { verifyArticleHistory } from "@/lib/reports/data";
import { anchorsToSettle, compareRevisions } from "@/lib/revisions/data";
import { importRevision, resolveAnchor } from "@/lib/revisions/mutations";
import { setVerdict } from "@/lib/verdicts/mutations";
import { deleteClaim, editClaimWording } from "@/lib/claims/mutations";
import { createApiToken } from "@/lib/tokens/mutations";
import { callRoute, type ApiAnswer } from "./api-harness";
import { assignDirectly, makeUser, uniqueSuffix } from "./factories";
import { addSource, claimVersion, outcome } from "./review-helpers";

const MOVED = "The United Nations said 370,000 people crossed into Lebanon in October.";
const EDITED = "The health ministry reported 97.29% vaccination coverage in Damascus in 2023.";
const DELETED = "Police arrested 42 people after the protest in Aleppo, the interior ministry said.";
const KEPT = "The central bank raised its main interest rate to 14.5% on Monday.";
const ADDED = "The World Food Programme said 2.5 million people needed food aid in Idlib.";

interface RevisionAnswer {
  revision: { number: number; bodySha256: string };
  counts: { exact: number; needsRecheck: number; orphaned: number; added: number };
  claims: { id: string; number: number; text: string; anchorState: string; start?: number; end?: number }[];
}

async function setup() {
  const editor = await makeUser("EDITOR");
  const reviewer = await makeUser("REVIEWER");
  const outsider = await makeUser("REVIEWER");
  const tail = `Reported from Beirut, ${uniqueSuffix()}.`;
  const body = [MOVED, EDITED, DELETED, KEPT, tail].join("\n\n");
  const { article, claims } = await importArticle(editor, { title: `Revisions ${uniqueSuffix()}`, body });
  const byText = (quote: string) => {
    const claim = claims.find((c) => c.text === quote);
    if (!claim) throw new Error(`no claim "${quote}"`);
    return claim;
  };
  const [editorToken, reviewerToken, outsiderToken] = await Promise.all(
    [editor, reviewer, outsider].map(async (user) => (await createApiToken(user, { name: "revisions" })).token),
  );
  return { editor, reviewer, outsider, article, body, tail, byText, tokens: { editorToken, reviewerToken, outsiderToken } };
}

const post = (token: string, articleId: string, json: unknown): Promise<ApiAnswer> =>
  callRoute(importRoute, {
    method: "POST",
    url: `/api/v1/articles/${articleId}/revisions`,
    params: { id: articleId },
    token,
    json,
  });

describe("a revision cycle", () => {
  let s: Awaited<ReturnType<typeof setup>>;
  let answer: ApiAnswer;
  let revised: string;

  beforeAll(async () => {
    s = await setup();
    // Work on the claim whose sentence the revision deletes: an assignment, a source, a verdict, a comment.
    const orphan = s.byText(DELETED);
    await assignDirectly(orphan.id, s.reviewer.id, s.editor.id);
    await addSource(s.reviewer, orphan.id, "SUPPORTS");
    await setVerdict(s.reviewer, orphan.id, {
      status: "CORROBORATED",
      rationale: "The ministry's statement confirms it.",
      version: await claimVersion(orphan.id),
    });
    // The paragraph about the UN moves to the end, a figure is edited, a sentence deleted, one added.
    revised = [EDITED.replace("97.29%", "97.3%"), KEPT, ADDED, s.tail, MOVED].join("\n\n");
    answer = await post(s.tokens.editorToken, s.article.id, { body: revised });
  }, 60_000);

  it("answers 201 with every claim's anchor state and its offsets in the new revision", () => {
    expect(answer.status, answer.text.slice(0, 300)).toBe(201);
    const body = answer.body as RevisionAnswer;
    expect(body.revision.number).toBe(2);
    const state = (quote: string) => body.claims.find((c) => c.id === s.byText(quote).id)!;
    for (const quote of [MOVED, KEPT]) {
      const claim = state(quote);
      expect(claim.anchorState).toBe("EXACT");
      expect(revised.slice(claim.start, claim.end)).toBe(quote);
    }
    const recheck = state(EDITED);
    expect(recheck.anchorState).toBe("NEEDS_RECHECK");
    expect(revised.slice(recheck.start, recheck.end)).toBe(EDITED.replace("97.29%", "97.3%"));
    const orphan = state(DELETED);
    expect(orphan.anchorState).toBe("ORPHANED");
    expect(orphan).not.toHaveProperty("start");
    expect(orphan).not.toHaveProperty("end");
    // MOVED, KEPT and the closing line are exact.
    expect(body.counts).toMatchObject({ exact: 3, needsRecheck: 1, orphaned: 1 });
  });

  it("adds the new sentence's claim with the next permanent number", () => {
    const body = answer.body as RevisionAnswer;
    const added = body.claims.find((c) => c.text === ADDED);
    expect(added).toBeDefined();
    expect(added!.anchorState).toBe("EXACT");
    expect(added!.number).toBe(Math.max(...body.claims.filter((c) => c !== added).map((c) => c.number)) + 1);
  });

  it("keeps the revision and makes it the article's body", async () => {
    const article = await db.article.findUniqueOrThrow({ where: { id: s.article.id } });
    expect(article.body).toBe(revised);
    expect(article.revision).toBe(2);
    const revisions = await db.articleRevision.findMany({ where: { articleId: s.article.id }, orderBy: { number: "asc" } });
    expect(revisions.map((r) => r.number)).toEqual([1, 2]);
    expect(revisions[0].body).toBe(s.body);
    expect(revisions[1].bodySha256).toBe(article.bodySha256);
    const list = (token: string) =>
      callRoute(listRoute, {
        method: "GET",
        url: `/api/v1/articles/${s.article.id}/revisions`,
        params: { id: s.article.id },
        token,
      });
    // The reviewer still reviews the article (their claim is orphaned, not gone); an outsider does not.
    const listed = await list(s.tokens.reviewerToken);
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ current: 2, revisions: [{ number: 2 }, { number: 1 }] });
    expect((await list(s.tokens.outsiderToken)).status).toBe(403);
  });

  it("keeps the orphan with all its work: verdict, source, assignment, history", async () => {
    const orphan = await db.claim.findUniqueOrThrow({
      where: { id: s.byText(DELETED).id },
      include: { evidence: true, assignments: true, statusChanges: true },
    });
    expect(orphan.deletedAt).toBeNull();
    expect(orphan.anchorState).toBe("ORPHANED");
    expect(orphan.anchorRevision).toBe(1);
    expect(orphan.text).toBe(DELETED);
    expect(orphan.status).toBe("CORROBORATED");
    expect(orphan.evidence).toHaveLength(1);
    expect(orphan.assignments).toHaveLength(1);
    expect(orphan.statusChanges).toHaveLength(1);
    const verification = await verifyArticleHistory(s.article.id);
    expect(verification.ok).toBe(true);
  });

  it("records the re-anchoring as new audit events, rewriting none", async () => {
    const events = await db.auditEvent.findMany({ where: { articleId: s.article.id }, orderBy: { createdAt: "asc" } });
    const actions = events.map((e) => `${e.action}:${e.entityId}`);
    expect(actions).toContain(`article.revised:${s.article.id}`);
    expect(actions).toContain(`claim.reanchored:${s.byText(EDITED).id}`);
    expect(actions).toContain(`claim.reanchored:${s.byText(DELETED).id}`);
    // The exact moves are silent for people, counted in the article's event.
    expect(actions).not.toContain(`claim.reanchored:${s.byText(MOVED).id}`);
    const imported = events.find((e) => e.action === "claim.extracted" && (e.after as { text?: string }).text === ADDED);
    expect(imported).toBeDefined();
  });

  it("lists what is to settle and shows the diff with the claims it touched", async () => {
    const settle = await anchorsToSettle(s.editor, s.article.id);
    expect(settle.recheck.map((c) => c.id)).toEqual([s.byText(EDITED).id]);
    expect(settle.recheck[0].previousText).toBe(EDITED);
    expect(settle.orphans.map((c) => c.id)).toEqual([s.byText(DELETED).id]);
    const compared = await compareRevisions(s.editor, s.article.id, {});
    expect(compared.from.number).toBe(1);
    expect(compared.to.number).toBe(2);
    expect(compared.parts!.filter((p) => p.kind === "deleted").map((p) => p.text).join("")).toContain("42 people");
    expect(compared.parts!.filter((p) => p.kind === "inserted").map((p) => p.text).join("")).toContain("World Food");
    const touched = new Map(compared.touched.map((c) => [c.id, c.change]));
    expect(touched.get(s.byText(EDITED).id)).toBe("NEEDS_RECHECK");
    expect(touched.get(s.byText(DELETED).id)).toBe("ORPHANED");
    expect([...touched.values()]).toContain("NEW");
  });

  it("lets the editor accept the new anchor, and refuses a stale version", async () => {
    const id = s.byText(EDITED).id;
    const version = await claimVersion(id);
    const call = (json: unknown) =>
      callRoute(resolveAnchorRoute, {
        method: "POST",
        url: `/api/v1/articles/${s.article.id}/revisions/anchors/${id}`,
        params: { id: s.article.id, claimId: id },
        token: s.tokens.editorToken,
        json,
      });
    expect((await call({ resolution: "accepted", version: version - 1 })).status).toBe(409);
    const before = await db.claim.findUniqueOrThrow({ where: { id }, select: { statement: true } });
    expect(before.statement).toContain("97.29%");
    const accepted = await call({ resolution: "accepted", version });
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.body).toMatchObject({ anchorState: "EXACT", version: version + 1 });
    // Nobody reworded it and it has no verdict: what reviewers read now follows the new quote.
    const after = await db.claim.findUniqueOrThrow({ where: { id }, select: { statement: true, originalText: true } });
    expect(after.statement).toContain("97.3%");
    expect(after.statement).not.toContain("97.29%");
    expect(after.originalText).toBe(EDITED);
    expect(accepted.body).toMatchObject({ statement: after.statement, reworded: true });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "claim.anchor_resolved", entityId: id } });
    expect(event.before).toMatchObject({ statement: before.statement });
    expect(event.after).toMatchObject({ statement: after.statement, resolution: "accepted" });
    expect((await call({ resolution: "accepted", version: version + 1 })).status).toBe(409);
    const reviewerCall = await callRoute(resolveAnchorRoute, {
      method: "POST",
      url: `/api/v1/articles/${s.article.id}/revisions/anchors/${id}`,
      params: { id: s.article.id, claimId: id },
      token: s.tokens.reviewerToken,
      json: { resolution: "orphaned", version: version + 1 },
    });
    expect(reviewerCall.status).toBe(403);
    expect((await verifyArticleHistory(s.article.id)).ok).toBe(true);
  });

  it("lets the editor anchor an orphan again by re-selecting its quote", async () => {
    const id = s.byText(DELETED).id;
    // The closing line is a claim of its own: the editor marks it orphaned first, freeing its text.
    const closing = await db.claim.findFirstOrThrow({ where: { articleId: s.article.id, text: s.tail } });
    const orphaned = await resolveAnchor(s.editor, closing.id, { resolution: "orphaned", version: closing.version });
    expect(orphaned.anchorState).toBe("ORPHANED");
    const current = await db.article.findUniqueOrThrow({ where: { id: s.article.id }, select: { body: true } });
    const start = current.body.indexOf(s.tail);
    const span = { start, end: start + s.tail.length, text: s.tail };
    const result = await resolveAnchor(s.editor, id, { resolution: "reselected", version: await claimVersion(id), ...span });
    expect(result.anchorState).toBe("EXACT");
    const claim = await db.claim.findUniqueOrThrow({ where: { id } });
    expect(claim).toMatchObject({ anchorState: "EXACT", anchorRevision: 2, start: span.start, end: span.end, text: s.tail });
    // Its reviewer's verdict and history are untouched, and so is the wording the verdict was given on.
    expect(claim.status).toBe("CORROBORATED");
    expect(claim.statement).toBe(s.byText(DELETED).statement);
    expect(claim.originalText).toBe(DELETED);
    // A selection over another claim is refused.
    const kept = s.byText(KEPT);
    const keptNow = await db.claim.findUniqueOrThrow({ where: { id: kept.id } });
    const overlapping = { start: keptNow.start, end: keptNow.end, text: keptNow.text };
    expect(
      await outcome(() => resolveAnchor(s.editor, id, { resolution: "reselected", version: claim.version, ...overlapping })),
    ).toBe("CONFLICT");
  });
});

describe("settling an anchor and the claim's wording", () => {
  it("keeps a statement an editor reworded: accepting the new anchor changes only the anchor", async () => {
    const editor = await makeUser("EDITOR");
    const tail = `Reported from Beirut, ${uniqueSuffix()}.`;
    const { article, claims } = await importArticle(editor, { title: `Wording ${uniqueSuffix()}`, body: [EDITED, KEPT, tail].join("\n\n") });
    const claim = claims.find((c) => c.text === EDITED)!;
    const wording = "Damascus vaccination coverage was 97.29% in 2023, per the health ministry.";
    await editClaimWording(editor, claim.id, { text: wording, version: await claimVersion(claim.id) });
    await importRevision(editor, article.id, { body: [EDITED.replace("97.29%", "97.3%"), KEPT, tail].join("\n\n") });
    const result = await resolveAnchor(editor, claim.id, { resolution: "accepted", version: await claimVersion(claim.id) });
    expect(result).toMatchObject({ anchorState: "EXACT", statement: wording, reworded: false });
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored.statement).toBe(wording);
    expect(stored.text).toContain("97.3%");
  }, 60_000);
});

describe("refusals", () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    s = await setup();
  }, 60_000);

  it("refuses an empty, identical or oversized text with 400 naming body", async () => {
    for (const body of ["", "   \n ", s.body, `${s.body}\r\n`.replace(/\r\n$/, ""), "x".repeat(2 * 1024 * 1024 + 1)]) {
      const answer = await post(s.tokens.editorToken, s.article.id, { body });
      expect(answer.status, answer.text.slice(0, 200)).toBe(400);
      expect((answer.body as { error: { fields: Record<string, string[]> } }).error.fields.body).toBeDefined();
    }
    expect((await post(s.tokens.editorToken, s.article.id, {})).status).toBe(400);
    expect((await post(s.tokens.editorToken, s.article.id, { body: 7 })).status).toBe(400);
  });

  it("refuses reviewers, unknown and malformed ids", async () => {
    expect((await post(s.tokens.reviewerToken, s.article.id, { body: `${s.body} More.` })).status).toBe(403);
    expect((await post(s.tokens.editorToken, `none${uniqueSuffix()}`, { body: `${s.body} More.` })).status).toBe(404);
    expect((await post(s.tokens.editorToken, "a b", { body: `${s.body} More.` })).status).toBe(400);
  });

  it("refuses another article's current text, and a finalized article until it is reopened", async () => {
    const other = await importArticle(s.editor, { title: "Other", body: `Officials said ${uniqueSuffix()} people left Homs on Monday.` });
    const taken = await post(s.tokens.editorToken, s.article.id, { body: other.article.body });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ error: { articleId: other.article.id } });
    await db.article.update({ where: { id: s.article.id }, data: { finalizedAt: new Date(), finalizedById: s.editor.id } });
    try {
      expect((await post(s.tokens.editorToken, s.article.id, { body: `${s.body} More.` })).status).toBe(409);
    } finally {
      await db.article.update({ where: { id: s.article.id }, data: { finalizedAt: null, finalizedById: null } });
    }
  });
});

describe("a revision while a reviewer records a verdict", () => {
  it("loses neither write", async () => {
    const s = await setup();
    const claim = s.byText(KEPT);
    await assignDirectly(claim.id, s.reviewer.id, s.editor.id);
    await addSource(s.reviewer, claim.id, "SUPPORTS");
    const version = await claimVersion(claim.id);
    const revised = `Updated.\n\n${s.body}\n\n${ADDED}`;
    const [revision, verdict] = await Promise.all([
      importRevision(s.editor, s.article.id, { body: revised }),
      setVerdict(s.reviewer, claim.id, { status: "CORROBORATED", rationale: "The bank's statement.", version }),
    ]);
    expect(revision.revision.number).toBe(2);
    expect(verdict).toBeDefined();
    const after = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after.status).toBe("CORROBORATED");
    expect(after.anchorState).toBe("EXACT");
    expect(revised.slice(after.start, after.end)).toBe(KEPT);
    expect((await verifyArticleHistory(s.article.id)).ok).toBe(true);
  }, 60_000);
});

describe("a 2,500-word revision with about 100 claims", () => {
  it("re-anchors and commits within the transaction budget", async () => {
    const editor = await makeUser("EDITOR");
    const sentence = (index: number) =>
      `Officials in district ${index} said ${index * 37 + 11} families had received ${index + 3} tonnes of flour and ${index * 5 + 2} water tanks by Thursday, according to the regional council's report number ${index}.`;
    const paragraphs = Array.from({ length: 100 }, (_, index) => sentence(index + 1));
    const { article, claims } = await importArticle(editor, {
      title: `Long ${uniqueSuffix()}`,
      body: paragraphs.join("\n\n"),
    });
    expect(claims.length).toBeGreaterThanOrEqual(90);
    // Every tenth sentence edited, three deleted, two added, the first paragraph moved to the end.
    const revisedParagraphs = paragraphs
      .map((text, index) => (index % 10 === 5 ? text.replace("families", "households") : text))
      .filter((_, index) => ![20, 40, 60].includes(index));
    revisedParagraphs.push(revisedParagraphs.shift()!);
    revisedParagraphs.splice(50, 0, "The UN said 4,000 more families arrived in the camps on Friday.");
    const revisedBody = revisedParagraphs.join("\n\n");
    expect(revisedBody.split(/\s+/).length).toBeGreaterThan(2_500);
    const started = performance.now();
    const result = await importRevision(editor, article.id, { body: revisedBody });
    const elapsed = performance.now() - started;
    console.log(`revision of ${revisedBody.split(/\s+/).length} words, ${claims.length} claims: ${Math.round(elapsed)} ms`, result.counts);
    expect(result.counts.orphaned).toBe(3);
    expect(result.counts.needsRecheck).toBe(10);
    expect(result.counts.added).toBeGreaterThanOrEqual(1);
    for (const claim of result.claims) {
      if (claim.anchorState === "EXACT") expect(revisedBody.slice(claim.start, claim.end)).toBe(claim.text);
    }
    expect(elapsed).toBeLessThan(20_000);
  }, 120_000);
});

describe("an article whose claims were all deleted", () => {
  it("takes a revision and extracts the new sentence's claims", async () => {
    const editor = await makeUser("EDITOR");
    const body = `Officials said ${uniqueSuffix()} people left Homs on Monday.`;
    const { article, claims } = await importArticle(editor, { title: `Quiet ${uniqueSuffix()}`, body });
    for (const claim of claims) await deleteClaim(editor, claim.id, { version: 1 });
    // The deleted claim's sentence is unchanged: it is not proposed again.
    const result = await importRevision(editor, article.id, { body: `${body}\n\n${ADDED}` });
    expect(result.counts).toMatchObject({ exact: 0, needsRecheck: 0, orphaned: 0, added: 1 });
    expect(result.claims.map((claim) => claim.text)).toEqual([ADDED]);
  }, 60_000);
});
