// My queue's view against the real database: 50-row pages in a total order, sorts, filters,
// the remembered view, the permission filter inside the query, and next/previous claim.
import { describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/identity";
import { db } from "@/lib/db/client";
import { claimNavigation } from "@/lib/review/claim-navigation";
import { getQueueView, listQueueViewPage, queueNeighbours, saveQueueView } from "@/lib/review/queue";
import {
  DEFAULT_QUEUE_VIEW,
  QUEUE_DUE_FILTERS,
  QUEUE_SORTS,
  type QueueView,
} from "@/lib/review/queue-view";
import { setVerdict } from "@/lib/verdicts/mutations";
import { importArticle } from "@/lib/articles/mutations";
import { neighboursByReadingTheQueue } from "../../scripts/bench-scale/queue-oracle";
import { assignDirectly, makeUser, uniqueSuffix } from "./factories";
import { addSource, claimVersion, outcome } from "./review-helpers";

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date("2030-06-15T12:00:00.000Z");

/** An article with `count` claims C1…Cn in reading order (rows made directly: extraction is tested elsewhere). */
async function articleWithClaims(editor: CurrentUser, title: string, count: number, score = (i: number) => i / 100) {
  const { article } = await importArticle(editor, {
    title,
    body: `Officials said 1,200 people were evacuated on Tuesday. Ref ${uniqueSuffix()}.`,
  });
  await db.claim.deleteMany({ where: { articleId: article.id } });
  const claims = [];
  for (let i = 1; i <= count; i++) {
    const text = `Claim ${i} of ${title}`;
    claims.push(
      await db.claim.create({
        data: {
          articleId: article.id,
          text,
          originalText: text,
          statement: text,
          start: 0,
          end: 10,
          prefix: "",
          suffix: "",
          ordinal: i,
          number: i,
          score: score(i),
        },
      }),
    );
  }
  await db.article.update({ where: { id: article.id }, data: { nextClaimNumber: count + 1 } });
  return { article, claims };
}

async function assign(
  claimId: string,
  reviewer: CurrentUser,
  editor: CurrentUser,
  dueAt: Date | null,
  createdAt: Date,
) {
  return db.assignment.create({
    data: { claimId, reviewerId: reviewer.id, assignedById: editor.id, dueAt, createdAt },
  });
}

const view = (changes: Partial<QueueView>): QueueView => ({ ...DEFAULT_QUEUE_VIEW, ...changes });

describe("My queue, paged", () => {
  it("shows 50 at a time, overdue first, undated last, every assignment exactly once across pages", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const { claims } = await articleWithClaims(editor, `Queue paging ${uniqueSuffix()}`, 60);
    // C1–C5 overdue, C6–C55 due later (in reverse), C56–C60 undated.
    for (const [index, claim] of claims.entries()) {
      const n = index + 1;
      const due =
        n <= 5 ? new Date(NOW.getTime() - (6 - n) * DAY) : n <= 55 ? new Date(NOW.getTime() + (60 - n) * DAY) : null;
      await assign(claim.id, reviewer, editor, due, new Date(NOW.getTime() - n * 1000));
    }
    const first = await listQueueViewPage(reviewer, DEFAULT_QUEUE_VIEW, 1, NOW);
    expect(first).toMatchObject({ openCount: 60, overdueCount: 5, matching: 60, page: 1, pageCount: 2, pageSize: 50 });
    expect(first.items).toHaveLength(50);
    expect(first.items.slice(0, 5).every((item) => item.overdue)).toBe(true);
    expect(first.items.slice(0, 6).map((item) => item.claim.number)).toEqual([1, 2, 3, 4, 5, 55]);
    const second = await listQueueViewPage(reviewer, DEFAULT_QUEUE_VIEW, 2, NOW);
    expect(second.items).toHaveLength(10);
    expect(second.items.slice(-5).map((item) => item.dueAt)).toEqual([null, null, null, null, null]);
    // Undated ones in creation order (C56 was created last but one… C60 first).
    expect(second.items.slice(-5).map((item) => item.claim.number)).toEqual([60, 59, 58, 57, 56]);
    const all = [...first.items, ...second.items].map((item) => item.id);
    expect(new Set(all).size).toBe(60);
    // A page past the end shows the last page.
    expect((await listQueueViewPage(reviewer, DEFAULT_QUEUE_VIEW, 9, NOW)).page).toBe(2);
  });

  it("sorts by article in reading order and by check-worthiness, and filters by status, article and due date", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const tag = uniqueSuffix();
    const b = await articleWithClaims(editor, `B article ${tag}`, 3, (i) => [0.9, 0.2, 0.5][i - 1]);
    const a = await articleWithClaims(editor, `A article ${tag}`, 3, (i) => [0.4, 0.8, 0.1][i - 1]);
    // Assigned in an order unlike either sort; one claim an editor added (no score).
    const order = [b.claims[2], a.claims[1], b.claims[0], a.claims[2], a.claims[0], b.claims[1]];
    for (const [index, claim] of order.entries()) {
      await assign(
        claim.id,
        reviewer,
        editor,
        index === 0 ? new Date(NOW.getTime() - DAY) : null,
        new Date(NOW.getTime() + index * 1000),
      );
    }
    await db.claim.update({ where: { id: a.claims[2].id }, data: { score: null } });
    const labels = async (v: QueueView) =>
      (await listQueueViewPage(reviewer, v, 1, NOW)).items.map(
        (item) => `${item.claim.article.title[0]}${item.claim.number}`,
      );

    expect(await labels(view({ sort: "article" }))).toEqual(["A1", "A2", "A3", "B1", "B2", "B3"]);
    expect(await labels(view({ sort: "worthiness" }))).toEqual(["B1", "A2", "B3", "A1", "B2", "A3"]);
    expect(await labels(view({ sort: "article", articleId: b.article.id }))).toEqual(["B1", "B2", "B3"]);
    expect(await labels(view({ due: "overdue" }))).toEqual(["B3"]);
    expect(await labels(view({ due: "undated", sort: "article", articleId: b.article.id }))).toEqual(["B1", "B2"]);
    expect(await labels(view({ status: "DISPUTED" }))).toEqual([]);
    const page = await listQueueViewPage(reviewer, view({ status: "DISPUTED" }), 1, NOW);
    expect(page).toMatchObject({ matching: 0, openCount: 6, pageCount: 1 });
    // A re-review: the verdict completed A1's assignment, a new one puts it back with its verdict.
    await addSource(reviewer, a.claims[0].id, "SUPPORTS");
    await setVerdict(reviewer, a.claims[0].id, {
      status: "CORROBORATED",
      rationale: "The ministry's own statement confirms it.",
      version: await claimVersion(a.claims[0].id),
    });
    expect(await labels(view({ sort: "article" }))).toEqual(["A2", "A3", "B1", "B2", "B3"]);
    await assignDirectly(a.claims[0].id, reviewer.id, editor.id);
    expect(await labels(view({ status: "CORROBORATED" }))).toEqual(["A1"]);
    expect(await labels(view({ status: "PENDING", sort: "article" }))).toEqual(["A2", "A3", "B1", "B2", "B3"]);
    // The article filter offers the articles the queue holds work in, by title.
    expect(page.articles.map((article) => article.id)).toEqual([a.article.id, b.article.id]);
  });

  it("keeps the permission filter in the query: someone else's work, deleted claims and a deactivated reader see nothing of it", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const other = await makeUser("REVIEWER");
    const { claims } = await articleWithClaims(editor, `Queue access ${uniqueSuffix()}`, 3);
    await assign(claims[0].id, reviewer, editor, null, NOW);
    await assign(claims[1].id, other, editor, null, NOW);
    await assign(claims[2].id, reviewer, editor, null, NOW);
    await db.claim.update({ where: { id: claims[2].id }, data: { deletedAt: new Date() } });
    const mine = await listQueueViewPage(reviewer, DEFAULT_QUEUE_VIEW, 1, NOW);
    expect(mine.items.map((item) => item.claim.id)).toEqual([claims[0].id]);
    expect(mine.openCount).toBe(1);
    // The access module refuses a deactivated account everything; the list asks it, in the query.
    const deactivated = await listQueueViewPage({ ...reviewer, active: false }, DEFAULT_QUEUE_VIEW, 1, NOW);
    expect(deactivated).toMatchObject({ items: [], openCount: 0, matching: 0 });
  });
});

describe("the remembered view", () => {
  it("is kept on the user, refused field by field when it names options that do not exist", async () => {
    const reviewer = await makeUser("REVIEWER");
    expect(await getQueueView(reviewer.id)).toEqual(DEFAULT_QUEUE_VIEW);
    const chosen = view({ sort: "worthiness", status: "PENDING", due: "dated" });
    expect(await saveQueueView(reviewer, chosen)).toEqual(chosen);
    expect(await getQueueView(reviewer.id)).toEqual(chosen);
    expect(await outcome(() => saveQueueView(reviewer, { ...chosen, sort: "newest" }))).toBe("VALIDATION_FAILED");
    expect(await outcome(() => saveQueueView(reviewer, undefined))).toBe("VALIDATION_FAILED");
    expect(await getQueueView(reviewer.id)).toEqual(chosen);
    // Another user's view is their own.
    expect(await getQueueView((await makeUser("REVIEWER")).id)).toEqual(DEFAULT_QUEUE_VIEW);
  });
});

describe("next and previous claim", () => {
  it("follows the reviewer's queue in their view, and still knows what follows a claim once its verdict took it out", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const { claims } = await articleWithClaims(
      editor,
      `Queue next ${uniqueSuffix()}`,
      3,
      (i) => [0.1, 0.9, 0.5][i - 1],
    );
    const now = new Date();
    for (const [index, claim] of claims.entries()) {
      await assign(
        claim.id,
        reviewer,
        editor,
        new Date(now.getTime() + (index + 1) * DAY),
        new Date(now.getTime() - 1000 + index),
      );
    }
    const [c1, c2, c3] = claims.map((claim) => claim.id);
    expect(await queueNeighbours(reviewer, c2)).toEqual({ previous: c1, next: c3, position: 2, total: 3 });
    await saveQueueView(reviewer, view({ sort: "worthiness" }));
    expect(await queueNeighbours(reviewer, c2)).toEqual({ previous: null, next: c3, position: 1, total: 3 });
    expect(await queueNeighbours(reviewer, c1)).toMatchObject({ previous: c3, next: null, position: 3 });

    // A verdict completes the assignment: the claim left the queue, but next/previous still start from it.
    await addSource(reviewer, c2, "SUPPORTS");
    await setVerdict(reviewer, c2, {
      status: "CORROBORATED",
      rationale: "The ministry's own statement confirms it.",
      version: await claimVersion(c2),
    });
    expect((await listQueueViewPage(reviewer, view({ sort: "worthiness" }), 1)).items.map((i) => i.claim.id)).toEqual([
      c3,
      c1,
    ]);
    expect(await queueNeighbours(reviewer, c2)).toEqual({ previous: null, next: c3, position: 1, total: 3 });
    expect(await claimNavigation(reviewer, { id: c2, articleId: claims[1].articleId, ordinal: 2 })).toMatchObject({
      order: "queue",
      next: c3,
    });
    // A reviewer who holds nothing on the claim, and an editor, are not in a queue for it.
    expect(await queueNeighbours(editor, c2)).toBeNull();
  });

  it("follows the article's reading order for an editor, skipping deleted claims", async () => {
    const editor = await makeUser("EDITOR");
    const { article, claims } = await articleWithClaims(editor, `Article order ${uniqueSuffix()}`, 4);
    await db.claim.update({ where: { id: claims[2].id }, data: { deletedAt: new Date() } });
    const second = await claimNavigation(editor, { id: claims[1].id, articleId: article.id, ordinal: 2 });
    expect(second).toEqual({ order: "article", previous: claims[0].id, next: claims[3].id, position: 2, total: 3 });
    const last = await claimNavigation(editor, { id: claims[3].id, articleId: article.id, ordinal: 4 });
    expect(last).toMatchObject({ previous: claims[1].id, next: null, position: 3, total: 3 });
  });
});

describe("next and previous claim by keyset, against reading the whole queue", () => {
  it("agrees for every sort and filter, with ties, undated and unscored claims, at every place in the queue", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const other = await makeUser("REVIEWER");
    const tag = uniqueSuffix();
    // Two articles with the same title (the article order falls back to the article's id), one
    // after them; scores with ties and gaps (null: a claim an editor added).
    const scores = [0.5, null, 0.5, 0.9, null, 0.1];
    const first = await articleWithClaims(editor, `Same title ${tag}`, 6, (i) => scores[i - 1] ?? 0);
    const twin = await articleWithClaims(editor, `Same title ${tag}`, 4, (i) => [0.5, 0.5, 0.7, 0.2][i - 1]);
    const last = await articleWithClaims(editor, `Then another ${tag}`, 5, (i) => [0.3, 0.5, 0.9, 0.6, 0.5][i - 1]);
    for (const [index, score] of scores.entries())
      if (score === null) await db.claim.update({ where: { id: first.claims[index].id }, data: { score: null } });
    const claims = [...first.claims, ...twin.claims, ...last.claims];
    // Due dates: overdue, later, the same day for several (ties), none, a minute either side of now
    // (the overdue filter); creation times with ties, so that the creation time and then the id decide.
    const MINUTE = 1 / 1440;
    const dueDays = [-2, 3, null, 3, -2, null, 5, 3, null, -MINUTE, 3, null, 5, null, MINUTE];
    const createdSeconds = [1, 2, 2, 3, 3, 3, 4, 5, 5, 6, 7, 7, 8, 9, 9];
    for (const [index, claim] of claims.entries()) {
      const days = dueDays[index];
      await assign(
        claim.id,
        reviewer,
        editor,
        days === null ? null : new Date(NOW.getTime() + days * DAY),
        new Date(NOW.getTime() - 100_000 + createdSeconds[index] * 1000),
      );
    }
    // Re-reviews: verdicts on some claims (the status filter); one claim whose assignment the verdict
    // completed (it is in no filtered view, yet next/previous start from it); one completed and then
    // assigned again; a deleted claim; another reviewer's work on a claim of the same article.
    await db.claim.updateMany({
      where: { id: { in: [claims[1].id, claims[7].id, claims[12].id] } },
      data: { status: "DISPUTED" },
    });
    const done = claims[3];
    await db.assignment.updateMany({
      where: { claimId: done.id, reviewerId: reviewer.id },
      data: { state: "COMPLETED" },
    });
    const again = claims[10];
    await db.assignment.updateMany({
      where: { claimId: again.id, reviewerId: reviewer.id },
      data: { state: "COMPLETED" },
    });
    await assign(
      again.id,
      reviewer,
      editor,
      new Date(NOW.getTime() + 3 * DAY),
      new Date(NOW.getTime() - 100_000 + 7000),
    );
    await db.claim.update({ where: { id: claims[13].id }, data: { deletedAt: new Date() } });
    const othersWork = await articleWithClaims(editor, `Same title ${tag}`, 1);
    await assign(othersWork.claims[0].id, other, editor, null, NOW);

    const views: QueueView[] = [];
    for (const sort of QUEUE_SORTS) {
      for (const due of QUEUE_DUE_FILTERS) views.push(view({ sort, due }));
      views.push(view({ sort, status: "PENDING" }), view({ sort, status: "DISPUTED", due: "dated" }));
      views.push(
        view({ sort, articleId: twin.article.id }),
        view({ sort, articleId: last.article.id, due: "undated" }),
      );
    }
    const asked = [...claims.map((claim) => claim.id), othersWork.claims[0].id];
    const seen = new Set<string>();
    for (const chosen of views) {
      await saveQueueView(reviewer, chosen);
      for (const claimId of asked) {
        const expected = await neighboursByReadingTheQueue(reviewer, claimId, NOW);
        expect({ chosen, claimId, got: await queueNeighbours(reviewer, claimId, NOW) }).toEqual({
          chosen,
          claimId,
          got: expected,
        });
        if (!expected) continue;
        const place =
          expected.total === 1
            ? "alone"
            : expected.position === 1
              ? "first"
              : expected.position === expected.total
                ? "last"
                : "middle";
        seen.add(`${chosen.sort} ${place}`);
      }
    }
    // Every sort was checked with the claim first, last and in the middle, and alone (a filter that
    // leaves only the claim itself).
    for (const sort of QUEUE_SORTS)
      for (const place of ["first", "middle", "last", "alone"]) expect(seen).toContain(`${sort} ${place}`);

    // A deactivated reader: the access filter leaves nothing but their own row, in both.
    const deactivated = { ...reviewer, active: false };
    expect(await queueNeighbours(deactivated, claims[0].id, NOW)).toEqual(
      await neighboursByReadingTheQueue(deactivated, claims[0].id, NOW),
    );
    expect(await queueNeighbours(deactivated, claims[0].id, NOW)).toEqual({
      previous: null,
      next: null,
      position: 1,
      total: 1,
    });
  });

  it("reads what the order says, written out by hand: due date, undated last, ties by creation time", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const { claims } = await articleWithClaims(editor, `Queue ties ${uniqueSuffix()}`, 5);
    const same = new Date(NOW.getTime() + DAY);
    const created = new Date(NOW.getTime() - 5000);
    // C1 undated, C2 and C3 due the same day and created at the same moment, C4 overdue, C5 undated
    // and created before C1.
    await assign(claims[0].id, reviewer, editor, null, created);
    await assign(claims[1].id, reviewer, editor, same, created);
    await assign(claims[2].id, reviewer, editor, same, created);
    await assign(claims[3].id, reviewer, editor, new Date(NOW.getTime() - DAY), created);
    await assign(claims[4].id, reviewer, editor, null, new Date(created.getTime() - 1000));
    const [c1, c2, c3, c4, c5] = claims.map((claim) => claim.id);
    // C2 and C3 tie on due date and creation time: the assignment's id decides.
    const ids = await db.assignment.findMany({
      where: { claimId: { in: [c2, c3] } },
      select: { id: true, claimId: true },
    });
    const [low, high] = [...ids].sort((a, b) => (a.id < b.id ? -1 : 1)).map((row) => row.claimId);
    const order = [c4, low, high, c5, c1];
    for (const [index, claimId] of order.entries())
      expect(await queueNeighbours(reviewer, claimId, NOW)).toEqual({
        previous: order[index - 1] ?? null,
        next: order[index + 1] ?? null,
        position: index + 1,
        total: 5,
      });
  });
});
