// ArticleSummary (kept by triggers, issue 11) must always equal what raw SQL counts from the rows,
// after every kind of write the app makes; search must go through the GIN indexes; an article's
// audit events must carry its id.
import { describe, expect, it } from "vitest";
import { assignClaims, setDueDate, unassign } from "@/lib/assignments/mutations";
import { deleteClaim } from "@/lib/claims/mutations";
import { rerunExtraction } from "@/lib/claims/additions";
import { db } from "@/lib/db/client";
import { setVerdict } from "@/lib/verdicts/mutations";
import { makeArticle, makeUser } from "./factories";
import { addSource, claimVersion } from "./review-helpers";

async function summaryMatchesRows(articleId: string) {
  const [summary] = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT claims, pending, unverified, corroborated, disputed, "openAssignments", "earliestOpenDueAt", "lastActivityAt"
    FROM "ArticleSummary" WHERE "articleId" = ${articleId}`;
  const [raw] = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT
      (SELECT count(*)::int FROM "Claim" WHERE "articleId" = ${articleId} AND "deletedAt" IS NULL) AS claims,
      (SELECT count(*)::int FROM "Claim" WHERE "articleId" = ${articleId} AND "deletedAt" IS NULL AND status = 'PENDING') AS pending,
      (SELECT count(*)::int FROM "Claim" WHERE "articleId" = ${articleId} AND "deletedAt" IS NULL AND status = 'UNVERIFIED') AS unverified,
      (SELECT count(*)::int FROM "Claim" WHERE "articleId" = ${articleId} AND "deletedAt" IS NULL AND status = 'CORROBORATED') AS corroborated,
      (SELECT count(*)::int FROM "Claim" WHERE "articleId" = ${articleId} AND "deletedAt" IS NULL AND status = 'DISPUTED') AS disputed,
      (SELECT count(*)::int FROM "Assignment" s JOIN "Claim" c ON c.id = s."claimId"
        WHERE c."articleId" = ${articleId} AND c."deletedAt" IS NULL AND s.state = 'OPEN') AS "openAssignments",
      (SELECT min(s."dueAt") FROM "Assignment" s JOIN "Claim" c ON c.id = s."claimId"
        WHERE c."articleId" = ${articleId} AND c."deletedAt" IS NULL AND s.state = 'OPEN') AS "earliestOpenDueAt",
      (SELECT max(e."createdAt") FROM "AuditEvent" e WHERE e.action <> 'article.exported' AND (
        (e."entityType" = 'Article' AND e."entityId" = ${articleId})
        OR (e."entityType" = 'Claim' AND e."entityId" IN (SELECT id FROM "Claim" WHERE "articleId" = ${articleId}))
        OR (e."entityType" = 'Evidence' AND e."entityId" IN (SELECT x.id FROM "Evidence" x JOIN "Claim" c ON c.id = x."claimId" WHERE c."articleId" = ${articleId}))
        OR (e."entityType" = 'Assignment' AND e."entityId" IN (SELECT x.id FROM "Assignment" x JOIN "Claim" c ON c.id = x."claimId" WHERE c."articleId" = ${articleId})))) AS "lastActivityAt"`;
  expect(summary).toEqual(raw);
  return summary;
}

describe("the article summary", () => {
  it("equals the rows' counts after import, sources, verdicts, assignments, due dates, deletion and re-extraction", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const { article, claims } = await makeArticle(editor);
    expect(claims.length).toBeGreaterThanOrEqual(3);
    expect(await summaryMatchesRows(article.id)).toMatchObject({ claims: claims.length, pending: claims.length, openAssignments: 0 });

    const past = new Date(Date.now() - 86_400_000).toISOString();
    const { assignments } = await assignClaims(editor, { claimIds: claims.map((c) => c.id), reviewerId: reviewer.id, dueAt: past });
    expect(await summaryMatchesRows(article.id)).toMatchObject({ openAssignments: claims.length });

    await addSource(reviewer, claims[0].id, "SUPPORTS");
    await setVerdict(reviewer, claims[0].id, { status: "CORROBORATED", rationale: "The cited report confirms it.", version: await claimVersion(claims[0].id) });
    expect(await summaryMatchesRows(article.id)).toMatchObject({ corroborated: 1, pending: claims.length - 1, openAssignments: claims.length - 1 });

    await setDueDate(editor, { claimIds: [claims[1].id], dueAt: null });
    await summaryMatchesRows(article.id);
    await unassign(editor, assignments[2].id);
    await summaryMatchesRows(article.id);

    await deleteClaim(editor, claims[1].id, { version: await claimVersion(claims[1].id) });
    expect(await summaryMatchesRows(article.id)).toMatchObject({ claims: claims.length - 1 });

    await rerunExtraction(editor, article.id);
    await summaryMatchesRows(article.id);
  });

  it("marks every event about the article or its claims, sources and assignments with the article", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const { article, claims } = await makeArticle(editor);
    await assignClaims(editor, { claimIds: [claims[0].id], reviewerId: reviewer.id });
    await addSource(reviewer, claims[0].id, "CONTEXT");
    const events = await db.$queryRaw<{ entityType: string; articleId: string | null }[]>`
      SELECT e."entityType", e."articleId" FROM "AuditEvent" e
      WHERE e."entityId" = ${article.id}
        OR e."entityId" IN (SELECT id FROM "Claim" WHERE "articleId" = ${article.id})
        OR e."entityId" IN (SELECT x.id FROM "Evidence" x WHERE x."claimId" = ${claims[0].id})
        OR e."entityId" IN (SELECT x.id FROM "Assignment" x WHERE x."claimId" = ${claims[0].id})`;
    expect(new Set(events.map((event) => event.entityType))).toEqual(new Set(["Article", "Assignment", "Evidence"]));
    expect(events.every((event) => event.articleId === article.id)).toBe(true);
  });
});

describe("search", () => {
  it("goes through the GIN indexes of titles, claims and sources", async () => {
    // On a small test database a sequential scan is cheaper; the question is whether the index can serve.
    const plans = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      const explain = async (sql: string) => JSON.stringify(await tx.$queryRawUnsafe(`EXPLAIN (FORMAT JSON) ${sql}`));
      return [
        await explain(`SELECT id FROM "Article" WHERE "searchVector" @@ claimledger_search_query('homs')`),
        await explain(`SELECT id FROM "Claim" WHERE "searchVector" @@ claimledger_search_query('homs')`),
        await explain(`SELECT id FROM "Evidence" WHERE "searchVector" @@ claimledger_search_query('homs')`),
      ];
    });
    expect(plans[0]).toContain("Article_searchVector_idx");
    expect(plans[1]).toContain("Claim_searchVector_idx");
    expect(plans[2]).toContain("Evidence_searchVector_idx");
  });
});
