// The dashboards' numbers must equal the database's: expected values here come from raw SQL
// counts, written independently of lib/dashboard.
import { beforeAll, describe, expect, it } from "vitest";
import { previewFinalize } from "@/lib/articles/finalize";
import { db } from "@/lib/db/client";
import { listArticleOverviews } from "@/lib/dashboard/articles";
import { getArticleDashboard } from "@/lib/dashboard/data";
import { articleListFiltersSchema, claimTableFiltersSchema } from "@/lib/dashboard/schema";
import { claimBatches } from "@/lib/reports/data";
import { addEvidence } from "@/lib/evidence/mutations";
import { makeUser } from "./factories";
import { reviewedArticle } from "./reports-fixtures";

const noFilters = claimTableFiltersSchema.parse({});
const listFilters = (input: Record<string, string> = {}) => articleListFiltersSchema.parse(input);
// The list is paged (50 a page) and other files add articles in parallel: a check that the
// scenario's article is listed searches for its title's unique word too.
const own = (input: Record<string, string> = {}) => listFilters({ q: scenario.article.title.split(" ").pop() ?? "", ...input });

let scenario: Awaited<ReturnType<typeof reviewedArticle>>;
beforeAll(async () => {
  scenario = await reviewedArticle();
});

async function rawCounts(articleId: string) {
  const [row] = await db.$queryRaw<
    { total: number; pending: number; unverified: number; corroborated: number; disputed: number; open: number; overdue: number }[]
  >`SELECT
      (SELECT count(*)::int FROM "Claim" WHERE "articleId" = ${articleId} AND "deletedAt" IS NULL) AS total,
      (SELECT count(*)::int FROM "Claim" WHERE "articleId" = ${articleId} AND "deletedAt" IS NULL AND status = 'UNVERIFIED') AS unverified,
      (SELECT count(*)::int FROM "Claim" WHERE "articleId" = ${articleId} AND "deletedAt" IS NULL AND status = 'PENDING') AS pending,
      (SELECT count(*)::int FROM "Claim" WHERE "articleId" = ${articleId} AND "deletedAt" IS NULL AND status = 'CORROBORATED') AS corroborated,
      (SELECT count(*)::int FROM "Claim" WHERE "articleId" = ${articleId} AND "deletedAt" IS NULL AND status = 'DISPUTED') AS disputed,
      (SELECT count(*)::int FROM "Assignment" s JOIN "Claim" c ON c.id = s."claimId"
        WHERE c."articleId" = ${articleId} AND c."deletedAt" IS NULL AND s.state = 'OPEN') AS open,
      (SELECT count(*)::int FROM "Assignment" s JOIN "Claim" c ON c.id = s."claimId"
        WHERE c."articleId" = ${articleId} AND c."deletedAt" IS NULL AND s.state = 'OPEN' AND s."dueAt" < now()) AS overdue`;
  const workload = await db.$queryRaw<{ reviewerId: string; open: number; overdue: number; done: number }[]>`
    SELECT s."reviewerId",
      count(*) FILTER (WHERE s.state = 'OPEN')::int AS open,
      count(*) FILTER (WHERE s.state = 'OPEN' AND s."dueAt" < now())::int AS overdue,
      count(*) FILTER (WHERE s.state = 'COMPLETED')::int AS done
    FROM "Assignment" s JOIN "Claim" c ON c.id = s."claimId"
    WHERE c."articleId" = ${articleId} AND c."deletedAt" IS NULL AND s.state <> 'CANCELLED'
    GROUP BY s."reviewerId" ORDER BY s."reviewerId"`;
  return { ...row, workload };
}

describe("article dashboard numbers", () => {
  it("equal raw database counts", async () => {
    const expected = await rawCounts(scenario.article.id);
    const dashboard = await getArticleDashboard(scenario.editor, scenario.article.id, noFilters);
    expect(dashboard.claims).toHaveLength(expected.total);
    expect(dashboard.statusCounts).toEqual({
      PENDING: expected.pending,
      UNVERIFIED: expected.unverified,
      CORROBORATED: expected.corroborated,
      DISPUTED: expected.disputed,
    });
    // Every verdict counts as done, Unverified included.
    expect(dashboard.withVerdict).toBe(expected.corroborated + expected.disputed + expected.unverified);
    expect(dashboard.openAssignments).toBe(expected.open);
    expect(dashboard.overdueAssignments).toBe(expected.overdue);
    expect(
      dashboard.workload.map(({ reviewerId, open, overdue, done }) => ({ reviewerId, open, overdue, done })).sort((a, b) => (a.reviewerId < b.reviewerId ? -1 : 1)),
    ).toEqual(expected.workload);
    // The scenario itself, so the comparison is not vacuous.
    expect(expected).toMatchObject({ corroborated: 1, disputed: 1, open: 2, overdue: 1 });
    expect(expected.workload.find((row) => row.reviewerId === scenario.alice.id)).toEqual({ reviewerId: scenario.alice.id, open: 1, overdue: 0, done: 1 });
  });

  it("the finalize preview counts what finalizing would (previewFinalize), from the rows shown", async () => {
    const dashboard = await getArticleDashboard(scenario.editor, scenario.article.id, noFilters);
    const preview = await previewFinalize(scenario.editor, scenario.article.id);
    expect(dashboard.finalizePreview).toEqual(preview);
    // Not vacuous: claims without a verdict and open assignments (an overdue one among them).
    expect(preview).toMatchObject({ pending: expect.any(Number), openAssignments: 2 });
    expect(preview.pending).toBeGreaterThan(0);
  });

  it("the articles list shows the same numbers", async () => {
    const expected = await rawCounts(scenario.article.id);
    const rows = await listArticleOverviews(scenario.editor, own());
    const row = rows.find((item) => item.id === scenario.article.id);
    expect(row).toMatchObject({
      total: expected.total,
      pending: expected.pending,
      unverified: expected.unverified,
      corroborated: expected.corroborated,
      disputed: expected.disputed,
      withVerdict: expected.corroborated + expected.disputed + expected.unverified,
      openAssignments: expected.open,
      overdueAssignments: expected.overdue,
    });
    const [latest] = await db.$queryRaw<{ at: Date }[]>`
      SELECT max(e."createdAt") AS at FROM "AuditEvent" e
      WHERE e.action <> 'article.exported' AND (e."entityId" = ${scenario.article.id}
        OR e."entityId" IN (SELECT id FROM "Claim" WHERE "articleId" = ${scenario.article.id})
        OR e."entityId" IN (SELECT x.id FROM "Evidence" x JOIN "Claim" c ON c.id = x."claimId" WHERE c."articleId" = ${scenario.article.id})
        OR e."entityId" IN (SELECT x.id FROM "Assignment" x JOIN "Claim" c ON c.id = x."claimId" WHERE c."articleId" = ${scenario.article.id}))`;
    expect(row?.lastActivityAt?.toISOString()).toBe(latest.at.toISOString());
  });

  it("filters the claims table", async () => {
    const filtered = async (input: Record<string, string>) =>
      (await getArticleDashboard(scenario.editor, scenario.article.id, claimTableFiltersSchema.parse(input))).filteredClaims.map((claim) => claim.id);
    expect(await filtered({ status: "DISPUTED" })).toEqual([scenario.claims[1].id]);
    expect(await filtered({ assignee: scenario.bob.id })).toEqual([scenario.claims[3].id]);
    expect(await filtered({ overdue: "1" })).toEqual([scenario.claims[3].id]);
    expect(await filtered({ evidence: "1" })).toEqual([scenario.claims[0].id, scenario.claims[1].id]);
    expect(await filtered({ assignee: "none" })).not.toContain(scenario.claims[2].id);
    expect(await filtered({ status: "bogus" })).toHaveLength(scenario.claims.length);
  });

  it("shows reviewers only the articles they work on, read-only", async () => {
    const outsider = await makeUser("REVIEWER");
    await expect(getArticleDashboard(outsider, scenario.article.id, noFilters)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await listArticleOverviews(outsider, listFilters())).map((row) => row.id)).not.toContain(scenario.article.id);
    const mine = await getArticleDashboard(scenario.bob, scenario.article.id, noFilters);
    expect(mine.permissions).toEqual({ assign: false, finalize: false, export: false });
    expect(mine.finalizePreview).toBeNull();
    expect((await listArticleOverviews(scenario.bob, listFilters())).map((row) => row.id)).toEqual([scenario.article.id]);
  });

  it("recent activity lists the article's and its claims' events", async () => {
    const { activity } = await getArticleDashboard(scenario.editor, scenario.article.id, noFilters);
    const actions = activity.map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(["article.imported", "verdict.set", "evidence.removed", "assignment.created"]));
  });
});

describe("articles list filters and search", () => {
  it("searches titles, claim text and sources with websearch syntax, parameters bound", async () => {
    const ids = async (input: Record<string, string>) => (await listArticleOverviews(scenario.editor, listFilters(input))).map((row) => row.id);
    const marker = `zebrafinch${Date.now().toString(36)}`;
    const version = (await db.claim.findUniqueOrThrow({ where: { id: scenario.claims[2].id }, select: { version: true } })).version;
    await addEvidence(scenario.editor, scenario.claims[2].id, { url: `https://example.org/${marker}`, title: `Report on ${marker} sightings`, stance: "CONTEXT", version });
    expect(await ids({ q: marker })).toEqual([scenario.article.id]);
    expect(await ids({ q: `"${marker} sightings"` })).toEqual([scenario.article.id]);
    expect(await ids({ q: `${marker} -sightings` })).toEqual([]);
    expect(await ids({ q: "evacuated Homs" })).toContain(scenario.article.id);
    expect(await ids({ q: "'; DROP TABLE \"Article\"; --" })).toEqual([]);
    expect(await ids({ q: scenario.article.title.split(" ").pop() ?? "" })).toEqual([scenario.article.id]);
  });

  it("filters by status, reviewer, overdue, state and date range", async () => {
    const ids = async (input: Record<string, string>) => (await listArticleOverviews(scenario.editor, own(input))).map((row) => row.id);
    expect(await ids({ reviewer: scenario.bob.id })).toEqual([scenario.article.id]);
    expect(await ids({ status: "DISPUTED" })).toContain(scenario.article.id);
    expect(await ids({ overdue: "1" })).toContain(scenario.article.id);
    expect(await ids({ state: "finalized" })).not.toContain(scenario.article.id);
    expect(await ids({ from: "2001-01-01", to: "2001-12-31" })).not.toContain(scenario.article.id);
    const today = new Date().toISOString().slice(0, 10);
    expect(await ids({ from: today, to: today })).toContain(scenario.article.id);
    const sorted = await listArticleOverviews(scenario.editor, listFilters({ sort: "overdue" }));
    expect(sorted[0].overdueAssignments).toBeGreaterThanOrEqual(1);
  });
});

describe("values that do not parse", () => {
  it("drop a date filter (year 0000 included) instead of failing the articles list", async () => {
    for (const day of ["0000-01-01", "0999-12-31", "2024-02-30", "10000-01-01", "2024-1-1"]) {
      const filters = own({ from: day, to: day });
      expect(filters, day).toMatchObject({ from: undefined, to: undefined });
      expect((await listArticleOverviews(scenario.editor, filters)).map((row) => row.id)).toContain(scenario.article.id);
    }
    expect(listFilters({ from: "1000-01-01", to: "9999-12-31" })).toMatchObject({ from: "1000-01-01", to: "9999-12-31" });
    // What the schema protects against: PostgreSQL has no year 0, so this filter would be a 500.
    await expect(listArticleOverviews(scenario.editor, { ...listFilters(), from: "0000-01-01" })).rejects.toThrow();
  });

  it("an article id that is not an id is refused before any query", async () => {
    for (const bad of [undefined, 7, ""]) {
      await expect(getArticleDashboard(scenario.editor, bad as string, noFilters)).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    }
  });
});

describe("report loading", () => {
  it("pages through claims in reading order with a cursor, each exactly once", async () => {
    const seen: string[] = [];
    for await (const batch of claimBatches(scenario.article.id, { batchSize: 2 })) {
      expect(batch.length).toBeLessThanOrEqual(2);
      seen.push(...batch.map((claim) => claim.id));
    }
    expect(seen).toEqual(scenario.claims.map((claim) => claim.id));
  });
});
