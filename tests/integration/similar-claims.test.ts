// Similar claims across imports (issue 18): suggestions from earlier articles only, stored and
// shown through the API; confirm / dismiss; reusing a confirmed claim's sources; access.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listSimilar } from "@/app/api/v1/claims/[id]/similar/route";
import { POST as decide } from "@/app/api/v1/claims/[id]/similar/[matchId]/route";
import { POST as reuse } from "@/app/api/v1/claims/[id]/similar/[matchId]/reuse-sources/route";
import { importArticle } from "@/lib/articles/mutations";
import type { CurrentUser } from "@/lib/auth/identity";
import { deleteClaim } from "@/lib/claims/mutations";
import { db } from "@/lib/db/client";
import { checkSimilarity } from "@/lib/similar/check";
import { searchSimilarClaims, similarForClaim } from "@/lib/similar/data";
import { setVerdict } from "@/lib/verdicts/mutations";
import { createApiToken } from "@/lib/tokens/mutations";
import { callRoute, expectApiError, expectFieldErrors } from "./api-harness";
import { assignDirectly, makeUser, uniqueSuffix } from "./factories";
import { addSource, claimVersion } from "./review-helpers";

/** A town name made of letters only, so each run's articles share words with nobody else's. */
const town = () => `Zar${uniqueSuffix().replace(/\d/g, (d) => "ghijklmnop"[Number(d)]!)}`;

interface Item {
  matchId: string;
  claimId: string;
  articleId: string;
  score: number;
  status: string;
  state: string;
  statement: string;
  conflicts: { ours: string; theirs: string }[];
}
interface SimilarBody {
  items: Item[];
  linkedFrom: Item[];
}

async function importText(editor: CurrentUser, title: string, sentences: string[]) {
  const { article, claims } = await importArticle(editor, {
    title: `${title} ${uniqueSuffix()}`,
    body: sentences.join("\n\n"),
  });
  const rows = await db.claim.findMany({
    where: { id: { in: claims.map((claim) => claim.id) } },
    select: { id: true, statement: true, version: true },
  });
  const claimWith = (words: string) => {
    const found = rows.find((row) => row.statement.includes(words));
    if (!found) throw new Error(`No claim with "${words}" in ${JSON.stringify(rows.map((row) => row.statement))}`);
    return found.id;
  };
  return { article, claimWith };
}

// API tokens, one per user (the API answers the same for a browser session).
const tokens = new Map<string, string>();
async function tokenOf(user: CurrentUser): Promise<string> {
  if (!tokens.has(user.id)) tokens.set(user.id, (await createApiToken(user, { name: "similar claims" })).token);
  return tokens.get(user.id)!;
}

async function similar(user: CurrentUser, claimId: string) {
  const answer = await callRoute(listSimilar, {
    method: "GET",
    url: `/api/v1/claims/${claimId}/similar`,
    params: { id: claimId },
    token: await tokenOf(user),
  });
  return answer;
}

describe("similar claims across three imports", () => {
  const place = town();
  let editor: CurrentUser;
  let reviewer: CurrentUser;
  let outsider: CurrentUser;
  let first: Awaited<ReturnType<typeof importText>>;
  let second: Awaited<ReturnType<typeof importText>>;
  let third: Awaited<ReturnType<typeof importText>>;

  beforeAll(async () => {
    editor = await makeUser("EDITOR");
    reviewer = await makeUser("REVIEWER");
    outsider = await makeUser("REVIEWER");
    first = await importText(editor, "Strike on hospital", [
      `At least 12 people were killed in the airstrike on the main hospital in ${place} on Tuesday, the civil defence said.`,
      `The hospital in ${place} had 120 beds and served about 200,000 people, the health directorate said.`,
    ]);
    second = await importText(editor, "Hospital bombed", [
      `Twelve people died when the main hospital in ${place} was bombed on Tuesday, according to the civil defence.`,
      `The United Nations called for an independent investigation into the attack on the hospital in ${place}, a spokesman said.`,
    ]);
    third = await importText(editor, "Toll rises", [
      `The death toll from Tuesday's strike on the main hospital in ${place} has risen to 15, the civil defence said.`,
      `Farmers near Gazipur reported that 40 percent of the rice harvest was lost to floods, officials said.`,
    ]);
    // The jobs the imports queued run in a worker; the test runs the same check itself.
    for (const article of [first, second, third]) {
      const ids = (await db.claim.findMany({ where: { articleId: article.article.id }, select: { id: true } })).map(
        (c) => c.id,
      );
      await checkSimilarity(ids);
    }
    // The reviewer works on the second and third articles' death claims and reads the first article.
    await assignDirectly(second.claimWith("Twelve people died"), reviewer.id, editor.id);
    await assignDirectly(third.claimWith("death toll"), reviewer.id, editor.id);
    await assignDirectly(first.claimWith("120 beds"), reviewer.id, editor.id);
    // The outsider reviews only the third article.
    await assignDirectly(third.claimWith("death toll"), outsider.id, editor.id).catch(() => undefined);
  });

  it("suggests the earlier article's claim, never one of the same or a later article", async () => {
    const answer = await similar(editor, second.claimWith("Twelve people died"));
    expect(answer.status).toBe(200);
    const { items } = answer.body as SimilarBody;
    expect(items[0]).toMatchObject({
      claimId: first.claimWith("12 people were killed"),
      articleId: first.article.id,
      status: "PENDING",
    });
    expect(items[0]!.score).toBeGreaterThan(0);
    expect(items[0]!.score).toBeLessThanOrEqual(1);
    expect(items.every((item) => item.articleId === first.article.id)).toBe(true);
    // The first article's claims have nothing earlier among these three.
    const earliest = (await similar(editor, first.claimWith("12 people were killed"))).body as SimilarBody;
    expect(earliest.items.filter((item) => [second.article.id, third.article.id].includes(item.articleId))).toEqual([]);
  });

  it("finds both earlier claims for the third article, best first, with the conflicting figure pointed out", async () => {
    const { items } = (await similar(editor, third.claimWith("death toll"))).body as SimilarBody;
    const ids = items.map((item) => item.claimId);
    expect(ids).toEqual(
      expect.arrayContaining([first.claimWith("12 people were killed"), second.claimWith("Twelve people died")]),
    );
    expect(items.map((item) => item.score)).toEqual([...items.map((item) => item.score)].sort((a, b) => b - a));
    const fromFirst = items.find((item) => item.claimId === first.claimWith("12 people were killed"))!;
    expect(fromFirst.conflicts).toEqual([expect.objectContaining({ ours: "15", theirs: "12" })]);
  });

  it("suggests nothing for a claim on another subject, or one on the same topic but another fact", async () => {
    expect(((await similar(editor, third.claimWith("rice harvest"))).body as SimilarBody).items).toEqual([]);
    const topic = ((await similar(editor, second.claimWith("United Nations"))).body as SimilarBody).items;
    expect(topic.map((item) => item.claimId)).not.toContain(first.claimWith("12 people were killed"));
  });

  it("lets the assigned reviewer confirm; the link shows both ways and is in the audit log", async () => {
    const claimId = second.claimWith("Twelve people died");
    const { items } = (await similar(reviewer, claimId)).body as SimilarBody;
    const match = items.find((item) => item.claimId === first.claimWith("12 people were killed"))!;
    const answer = await callRoute(decide, {
      method: "POST",
      url: `/api/v1/claims/${claimId}/similar/${match.matchId}`,
      params: { id: claimId, matchId: match.matchId },
      token: await tokenOf(reviewer),
      json: { decision: "CONFIRMED" },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ state: "CONFIRMED" });
    const back = (await similar(editor, first.claimWith("12 people were killed"))).body as SimilarBody;
    expect(back.linkedFrom.map((item) => item.claimId)).toContain(claimId);
    const audit = await db.auditEvent.findFirst({ where: { action: "claim.similar_confirmed", entityId: claimId } });
    expect(audit?.actorId).toBe(reviewer.id);
    // The same decision twice is a conflict, not a second event.
    const again = await callRoute(decide, {
      method: "POST",
      url: `/api/v1/claims/${claimId}/similar/${match.matchId}`,
      params: { id: claimId, matchId: match.matchId },
      token: await tokenOf(reviewer),
      json: { decision: "CONFIRMED" },
    });
    expectApiError(again, 409, "CONFLICT");
  });

  it("dismisses, and a dismissed suggestion stays dismissed when the claim is checked again", async () => {
    const claimId = third.claimWith("death toll");
    const { items } = (await similar(editor, claimId)).body as SimilarBody;
    const match = items.find((item) => item.claimId === second.claimWith("Twelve people died"))!;
    const answer = await callRoute(decide, {
      method: "POST",
      url: `/api/v1/claims/${claimId}/similar/${match.matchId}`,
      params: { id: claimId, matchId: match.matchId },
      token: await tokenOf(editor),
      json: { decision: "DISMISSED" },
    });
    expect(answer.status).toBe(200);
    await checkSimilarity([claimId]);
    const after = (await similar(editor, claimId)).body as SimilarBody;
    expect(after.items.map((item) => item.matchId)).not.toContain(match.matchId);
    expect(await db.claimMatch.findUnique({ where: { id: match.matchId }, select: { state: true } })).toEqual({
      state: "DISMISSED",
    });
    expect(await db.auditEvent.count({ where: { action: "claim.similar_dismissed", entityId: claimId } })).toBe(1);
  });

  it("refuses bad input with field messages, unknown suggestions with 404, others' claims with 403", async () => {
    const claimId = second.claimWith("Twelve people died");
    const match = ((await similar(editor, claimId)).body as SimilarBody).items[0]!;
    const bad = await callRoute(decide, {
      method: "POST",
      url: `/api/v1/claims/${claimId}/similar/${match.matchId}`,
      params: { id: claimId, matchId: match.matchId },
      token: await tokenOf(editor),
      json: { decision: "MAYBE" },
    });
    expectFieldErrors(bad, ["decision"]);
    const unknown = await callRoute(decide, {
      method: "POST",
      url: `/api/v1/claims/${claimId}/similar/nosuchmatch0000000000000`,
      params: { id: claimId, matchId: "nosuchmatch0000000000000" },
      token: await tokenOf(editor),
      json: { decision: "DISMISSED" },
    });
    expectApiError(unknown, 404, "NOT_FOUND");
    const notTheirs = await callRoute(decide, {
      method: "POST",
      url: `/api/v1/claims/${claimId}/similar/${match.matchId}`,
      params: { id: claimId, matchId: match.matchId },
      token: await tokenOf(outsider),
      json: { decision: "DISMISSED" },
    });
    expectApiError(notTheirs, [403, 404]);
  });

  it("hides an earlier claim, content and all, from a reviewer who may not read its article", async () => {
    const claimId = third.claimWith("death toll");
    const answer = await similar(outsider, claimId);
    expect(answer.status).toBe(200);
    const { items } = answer.body as SimilarBody;
    expect(items.map((item) => item.articleId)).not.toContain(first.article.id);
    expect(answer.text).not.toContain("12 people were killed");
    // The editor sees it on the same claim.
    const editorView = (await similar(editor, claimId)).body as SimilarBody;
    expect(editorView.items.map((item) => item.articleId)).toContain(first.article.id);
    // And deciding on it is "not found" for the outsider.
    const hidden = editorView.items.find((item) => item.articleId === first.article.id)!;
    const refused = await callRoute(decide, {
      method: "POST",
      url: `/api/v1/claims/${claimId}/similar/${hidden.matchId}`,
      params: { id: claimId, matchId: hidden.matchId },
      token: await tokenOf(outsider),
      json: { decision: "DISMISSED" },
    });
    expectApiError(refused, 404, "NOT_FOUND");
  });

  it("reuses a confirmed claim's sources as new attributed sources, never its verdict", async () => {
    const earlierId = first.claimWith("12 people were killed");
    await addSource(editor, earlierId, "SUPPORTS", `https://civil-defence.example/${uniqueSuffix()}`);
    await addSource(editor, earlierId, "CONTEXT", `https://news.example/${uniqueSuffix()}`);
    await setVerdict(editor, earlierId, {
      status: "CORROBORATED",
      rationale: "The civil defence's list names twelve dead.",
      version: await claimVersion(earlierId),
    });
    const claimId = second.claimWith("Twelve people died");
    const match = ((await similar(reviewer, claimId)).body as SimilarBody).items.find(
      (item) => item.claimId === earlierId,
    )!;
    expect(match).toMatchObject({ state: "CONFIRMED", status: "CORROBORATED" });
    const answer = await callRoute(reuse, {
      method: "POST",
      url: `/api/v1/claims/${claimId}/similar/${match.matchId}/reuse-sources`,
      params: { id: claimId, matchId: match.matchId },
      token: await tokenOf(reviewer),
      json: { version: await claimVersion(claimId) },
    });
    expect(answer.status).toBe(201);
    expect((answer.body as { evidence: unknown[] }).evidence).toHaveLength(2);
    const copies = await db.evidence.findMany({ where: { claimId, removedAt: null } });
    expect(copies).toHaveLength(2);
    expect(copies.every((copy) => copy.addedById === reviewer.id && copy.note?.startsWith("Reused from C"))).toBe(true);
    expect(
      await db.auditEvent.count({ where: { action: "evidence.added", entityId: { in: copies.map((c) => c.id) } } }),
    ).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "claim.sources_reused", entityId: claimId } })).toBe(1);
    // The verdict stays the reviewer's to give.
    expect((await db.claim.findUniqueOrThrow({ where: { id: claimId } })).status).toBe("PENDING");
    expect(await db.statusChange.count({ where: { claimId } })).toBe(0);
    // Again: every URL is already cited, nothing is duplicated.
    const twice = await callRoute(reuse, {
      method: "POST",
      url: `/api/v1/claims/${claimId}/similar/${match.matchId}/reuse-sources`,
      params: { id: claimId, matchId: match.matchId },
      token: await tokenOf(reviewer),
      json: { version: await claimVersion(claimId) },
    });
    expect(twice.body).toMatchObject({ evidence: [], skipped: 2 });
  });

  it("refuses to reuse sources of a suggestion nobody confirmed, and a stale version", async () => {
    const claimId = third.claimWith("death toll");
    const match = ((await similar(reviewer, claimId)).body as SimilarBody).items.find(
      (item) => item.state === "SUGGESTED",
    )!;
    const unconfirmed = await callRoute(reuse, {
      method: "POST",
      url: `/api/v1/claims/${claimId}/similar/${match.matchId}/reuse-sources`,
      params: { id: claimId, matchId: match.matchId },
      token: await tokenOf(reviewer),
      json: { version: await claimVersion(claimId) },
    });
    expectApiError(unconfirmed, 409, "CONFLICT");
    const noVersion = await callRoute(reuse, {
      method: "POST",
      url: `/api/v1/claims/${claimId}/similar/${match.matchId}/reuse-sources`,
      params: { id: claimId, matchId: match.matchId },
      token: await tokenOf(reviewer),
      json: {},
    });
    expectFieldErrors(noVersion, ["version"]);
  });

  it("never suggests a deleted claim", async () => {
    const claimId = third.claimWith("death toll");
    const earlierId = second.claimWith("United Nations");
    await deleteClaim(editor, earlierId, { version: await claimVersion(earlierId) });
    await checkSimilarity([claimId]);
    const { items } = (await similar(editor, claimId)).body as SimilarBody;
    expect(items.map((item) => item.claimId)).not.toContain(earlierId);
    const view = await similarForClaim(editor, claimId);
    expect(view.items.every((item) => item.claimId !== earlierId)).toBe(true);
  });

  it("finds reviewed claims by meaning in the articles list's search, within the reader's access", async () => {
    const hits = await searchSimilarClaims(editor, { q: `twelve dead at the ${place} hospital` });
    expect(hits[0]?.claimId).toBe(first.claimWith("12 people were killed"));
    // A reviewer who reads only the third article does not find the first article's claim.
    const theirs = await searchSimilarClaims(outsider, { q: `twelve dead at the ${place} hospital` });
    expect(theirs.map((hit) => hit.claimId)).not.toContain(first.claimWith("12 people were killed"));
    await expect(searchSimilarClaims(editor, { q: "x" })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
  });
});
