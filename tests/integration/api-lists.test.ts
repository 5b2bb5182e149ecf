// The API's lists of articles, claims, the queue and the audit log (issue 16): filters as the
// pages have them, and pages walked while rows are added or stop matching the filter, with every
// row that matched at the start seen exactly once, in the list's order.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as articleAudit } from "@/app/api/v1/articles/[id]/audit/route";
import { GET as candidatesRoute } from "@/app/api/v1/articles/[id]/candidates/route";
import { GET as articleClaims } from "@/app/api/v1/articles/[id]/claims/route";
import { GET as readArticle } from "@/app/api/v1/articles/[id]/route";
import { GET as listArticles } from "@/app/api/v1/articles/route";
import { GET as listClaims } from "@/app/api/v1/claims/route";
import { GET as myQueue } from "@/app/api/v1/me/queue/route";
import { importArticle } from "@/lib/articles/mutations";
import { assignClaims } from "@/lib/assignments/mutations";
import type { CurrentUser } from "@/lib/auth/identity";
import { listCandidates, promoteCandidate } from "@/lib/claims/candidates";
import { setClaimant } from "@/lib/claims/mutations";
import { db } from "@/lib/db/client";
import { listQueue } from "@/lib/review/queue";
import { createApiToken } from "@/lib/tokens/mutations";
import { setVerdict } from "@/lib/verdicts/mutations";
import { callRoute } from "./api-harness";
import { walk } from "./api-walk";
import { makeUser, uniqueSuffix } from "./factories";

const SENTENCES = [
  "Officials said 1,200 people were evacuated from Homs on Tuesday.",
  "The health ministry reported 97% vaccination coverage in Damascus in 2023.",
  "The United Nations said 370,000 people crossed into Lebanon in October.",
  "The central bank raised its main interest rate to 14.5% on Monday.",
  "Police arrested 42 people after the protest in Aleppo, the ministry said.",
  "The army said it had withdrawn 3,000 troops from the northern front.",
  "Exports fell 12% in the third quarter, the statistics office said.",
];

let editor: CurrentUser;
let editorToken: string;

const articleWith = (title: string, count = SENTENCES.length) =>
  importArticle(editor, { title, body: `${SENTENCES.slice(0, count).join("\n\n")}\n\nRef ${uniqueSuffix()}.` });

beforeAll(async () => {
  editor = await makeUser("EDITOR");
  editorToken = (await createApiToken(editor, { name: "lists" })).token;
});

describe("GET /api/v1/articles", () => {
  it("filters by a search word and pages newest first without gaps or repeats while articles are imported", async () => {
    const word = `walkword${uniqueSuffix().replace(/[^a-z0-9]/gi, "")}`;
    const initial: string[] = [];
    for (let i = 0; i < 5; i += 1) initial.push((await articleWith(`${word} report ${i}`, 2)).article.id);
    const { seen, pages } = await walk<{ id: string; createdAt: string; total: number; withVerdict: number }>(
      listArticles,
      `/api/v1/articles?q=${word}`,
      "articles",
      editorToken,
      2,
      () => articleWith(`${word} added ${uniqueSuffix()}`, 1),
    );
    const ids = seen.map((article) => article.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of initial) expect(ids.filter((seenId) => seenId === id)).toHaveLength(1);
    const times = seen.map((article) => Date.parse(article.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(seen.find((article) => article.id === initial[0])).toMatchObject({
      total: expect.any(Number),
      withVerdict: 0,
    });
  });

  it("answers 400 naming the filter that does not parse", async () => {
    const answer = await callRoute(listArticles, {
      method: "GET",
      url: "/api/v1/articles?overdue=maybe&from=2024-13-01",
      token: editorToken,
    });
    expect(answer.status).toBe(400);
    expect(Object.keys((answer.body as { error: { fields: object } }).error.fields).sort()).toEqual([
      "from",
      "overdue",
    ]);
  });

  it("shows a reviewer only the articles with a claim they may read", async () => {
    const reviewer = await makeUser("REVIEWER");
    const token = (await createApiToken(reviewer, { name: "r" })).token;
    const { article, claims } = await articleWith(`Assigned ${uniqueSuffix()}`, 2);
    const other = await articleWith(`Not assigned ${uniqueSuffix()}`, 2);
    await assignClaims(editor, { claimIds: [claims[0].id], reviewerId: reviewer.id });
    const answer = await callRoute(listArticles, { method: "GET", url: "/api/v1/articles?limit=200", token });
    const ids = (answer.body as { articles: { id: string }[] }).articles.map((row) => row.id);
    expect(ids).toContain(article.id);
    expect(ids).not.toContain(other.article.id);
  });
});

describe("GET /api/v1/articles/{id}", () => {
  it("answers the text, counts and progress, with an ETag that changes when a count does", async () => {
    const { article, claims } = await articleWith(`Read ${uniqueSuffix()}`, 3);
    const read = () =>
      callRoute(readArticle, {
        method: "GET",
        url: `/api/v1/articles/${article.id}`,
        token: editorToken,
        params: { id: article.id },
      });
    const first = await read();
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ id: article.id, total: claims.length, pending: claims.length, withVerdict: 0 });
    expect((first.body as { body: string }).body).toContain(SENTENCES[0]);
    expect((await read()).headers.get("etag")).toBe(first.headers.get("etag"));
    await setVerdict(editor, claims[0].id, {
      status: "UNVERIFIED",
      rationale: "No source could confirm or refute it.",
      version: 1,
    });
    const after = await read();
    expect(after.body).toMatchObject({ withVerdict: 1, unverified: 1, pending: claims.length - 1 });
    expect(after.headers.get("etag")).not.toBe(first.headers.get("etag"));
  });
});

describe("GET /api/v1/articles/{id}/claims", () => {
  it("keeps its place when the last claim of a page stops matching the filter", async () => {
    const { article, claims } = await articleWith(`Claims ${uniqueSuffix()}`);
    const pending = claims.map((claim) => claim.id);
    // After each page, its last claim gets a verdict: it leaves the PENDING filter, and the next
    // page must still start right after it.
    const { seen } = await walk<{ id: string; number: number; status: string; version: number }>(
      articleClaims,
      `/api/v1/articles/${article.id}/claims?status=PENDING`,
      "claims",
      editorToken,
      2,
      async (page) => {
        const last = page.at(-1);
        if (last)
          await setVerdict(editor, last.id, {
            status: "UNVERIFIED",
            rationale: "No source could confirm it.",
            version: last.version,
          });
      },
      { id: article.id },
    );
    expect(seen.map((claim) => claim.id)).toEqual(pending);
    const numbers = seen.map((claim) => claim.number);
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
  });

  it("filters by assignee, sources and overdue as the dashboard does", async () => {
    const reviewer = await makeUser("REVIEWER");
    const { article, claims } = await articleWith(`Filters ${uniqueSuffix()}`, 3);
    await assignClaims(editor, { claimIds: [claims[0].id], reviewerId: reviewer.id, dueAt: "2001-01-01T00:00:00Z" });
    await assignClaims(editor, { claimIds: [claims[1].id], reviewerId: reviewer.id });
    const ids = async (query: string) => {
      const answer = await callRoute(articleClaims, {
        method: "GET",
        url: `/api/v1/articles/${article.id}/claims?${query}`,
        token: editorToken,
        params: { id: article.id },
      });
      expect(answer.status, answer.text.slice(0, 200)).toBe(200);
      return (answer.body as { claims: { id: string }[] }).claims.map((claim) => claim.id);
    };
    expect(await ids(`assignee=${reviewer.id}`)).toEqual([claims[0].id, claims[1].id]);
    expect(await ids("assignee=none")).toEqual([claims[2].id]);
    expect(await ids("overdue=true")).toEqual([claims[0].id]);
    expect(await ids("overdue=false")).toEqual([claims[1].id, claims[2].id]);
    expect(await ids("evidence=true")).toEqual([]);
  });
});

describe("GET /api/v1/claims", () => {
  it("lists a reviewer's readable claims across articles, oldest first, with no gaps while more are assigned", async () => {
    const reviewer = await makeUser("REVIEWER");
    const token = (await createApiToken(reviewer, { name: "r" })).token;
    const first = await articleWith(`Across A ${uniqueSuffix()}`, 3);
    const second = await articleWith(`Across B ${uniqueSuffix()}`, 3);
    const mine = [...first.claims, ...second.claims].map((claim) => claim.id);
    await assignClaims(editor, { claimIds: mine, reviewerId: reviewer.id });
    const later = await articleWith(`Across C ${uniqueSuffix()}`, 3);
    let added = 0;
    const { seen } = await walk<{ id: string; articleId: string }>(
      listClaims,
      "/api/v1/claims",
      "claims",
      token,
      2,
      async () => {
        if (added < later.claims.length)
          await assignClaims(editor, { claimIds: [later.claims[added++].id], reviewerId: reviewer.id });
      },
    );
    const ids = seen.map((claim) => claim.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, mine.length)).toEqual(mine);
  });
});

describe("GET /api/v1/me/queue", () => {
  it("pages in queue order (overdue, due date, undated last) with whole-queue counts", async () => {
    const reviewer = await makeUser("REVIEWER");
    const token = (await createApiToken(reviewer, { name: "r" })).token;
    const { claims } = await articleWith(`Queue ${uniqueSuffix()}`);
    const dues = [
      "2001-01-01T00:00:00Z",
      null,
      "2090-01-01T00:00:00Z",
      null,
      "2002-01-01T00:00:00Z",
      "2090-01-01T00:00:00Z",
      null,
    ];
    for (const [index, claim] of claims.slice(0, dues.length).entries()) {
      await assignClaims(editor, { claimIds: [claim.id], reviewerId: reviewer.id, dueAt: dues[index] });
    }
    const expected = (await listQueue(reviewer.id)).items.map((item) => item.id);
    const { seen } = await walk<{ id: string }>(myQueue, "/api/v1/me/queue", "items", token, 3, async () => undefined);
    expect(seen.map((item) => item.id)).toEqual(expected);
    const page = await callRoute(myQueue, { method: "GET", url: "/api/v1/me/queue?limit=2", token });
    expect(page.body).toMatchObject({ openCount: dues.length, overdueCount: 2 });
    expect((page.body as { items: unknown[] }).items).toHaveLength(2);
  });
});

describe("GET /api/v1/articles/{id}/audit", () => {
  it("walks the log newest first; events recorded meanwhile do not shift the pages", async () => {
    const { article, claims } = await articleWith(`Audit ${uniqueSuffix()}`, 3);
    for (const [index, claim] of claims.entries())
      await setClaimant(editor, claim.id, { claimant: `Source ${index}`, version: 1 });
    const before = await db.auditEvent.findMany({
      where: { articleId: article.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    let version = 2;
    const { seen } = await walk<{ id: string; action: string }>(
      articleAudit,
      `/api/v1/articles/${article.id}/audit`,
      "events",
      editorToken,
      2,
      () => setClaimant(editor, claims[0].id, { claimant: `Changed ${version}`, version: version++ }),
      { id: article.id },
    );
    expect(seen.map((event) => event.id)).toEqual(before.map((event) => event.id));
    expect(seen.map((event) => event.action)).toContain("claim.claimant_changed");
  });
});

describe("GET /api/v1/articles/{id}/candidates", () => {
  it("pages the candidates below the line in reading order; a promoted one leaves without shifting the rest", async () => {
    const { article } = await importArticle(editor, {
      title: `Candidates ${uniqueSuffix()}`,
      body: [
        SENTENCES[0],
        "It was a cold morning in the city.",
        "The streets were quiet before dawn.",
        "Some shops opened late that day.",
        "Children walked to school in coats.",
      ].join("\n\n"),
    });
    const before = await listCandidates(editor, article.id);
    expect(before.length).toBeGreaterThanOrEqual(3);
    const inOrder = [...before].sort((a, b) => a.start - b.start);
    let promoted: number | null = null;
    const { seen } = await walk<{ start: number; end: number }>(
      candidatesRoute,
      `/api/v1/articles/${article.id}/candidates`,
      "candidates",
      editorToken,
      1,
      async (page) => {
        // Promote the candidate just seen once: the next page still starts after it.
        if (promoted === null && page[0]) {
          promoted = page[0].start;
          await promoteCandidate(editor, article.id, { start: page[0].start, end: page[0].end });
        }
      },
      { id: article.id },
    );
    expect(seen.map((candidate) => candidate.start)).toEqual(inOrder.map((candidate) => candidate.start));
  });
});
