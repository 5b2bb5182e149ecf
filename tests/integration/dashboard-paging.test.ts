// Paging of the articles list and the article page's audit log, against a real database. The
// articles are inserted directly (no claim extraction) and share one createdAt, so the default
// sort is all ties: only the id tie-break keeps pages from overlapping.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AUDIT_LOG_LIMIT, articleAuditLog, getArticleWorkspace } from "@/lib/review/article-page";
import { countArticleOverviews, listArticleOverviewPage, listArticleOverviews } from "@/lib/dashboard/articles";
import { ARTICLES_PAGE_SIZE, articleListFiltersSchema } from "@/lib/dashboard/schema";
import { makeArticle, makeUser, uniqueSuffix } from "./factories";

const COUNT = 63;
const tag = `pagingzq${uniqueSuffix()}`;
const filters = (input: Record<string, string> = {}) => articleListFiltersSchema.parse({ q: tag, ...input });

let editor: Awaited<ReturnType<typeof makeUser>>;
let ids: string[];
beforeAll(async () => {
  editor = await makeUser("EDITOR");
  // Long ago, so these rows sort after everyone else's under "newest first".
  const createdAt = new Date("1990-06-01T00:00:00.000Z");
  await db.article.createMany({
    data: Array.from({ length: COUNT }, (_, i) => {
      const body = `Paging fixture ${tag} number ${i}.`;
      return {
        title: `Paging ${tag} ${String(i).padStart(2, "0")}`,
        body,
        bodySha256: createHash("sha256").update(body).digest("hex"),
        importedById: editor.id,
        createdAt,
      };
    }),
  });
  ids = (await db.article.findMany({ where: { importedById: editor.id }, select: { id: true } })).map((a) => a.id);
  expect(ids).toHaveLength(COUNT);
});

describe("articles list paging", () => {
  it("returns 50 per page, then the rest, with no overlap and the right total, for every sort", async () => {
    for (const sort of ["imported-desc", "imported-asc", "title", "progress", "activity", "overdue"]) {
      const first = await listArticleOverviewPage(editor, filters({ sort }));
      const second = await listArticleOverviewPage(editor, filters({ sort, page: "2" }));
      expect(first, sort).toMatchObject({ total: COUNT, page: 1, pageSize: ARTICLES_PAGE_SIZE, pageCount: 2 });
      expect(second, sort).toMatchObject({ total: COUNT, page: 2, pageCount: 2 });
      expect(first.articles, sort).toHaveLength(ARTICLES_PAGE_SIZE);
      expect(second.articles, sort).toHaveLength(COUNT - ARTICLES_PAGE_SIZE);
      const seen = [...first.articles, ...second.articles].map((a) => a.id);
      expect(new Set(seen).size, sort).toBe(COUNT);
      expect([...seen].sort(), sort).toEqual([...ids].sort());
    }
  });

  it("orders ties by id, so the pages are stable", async () => {
    const [first, second] = await Promise.all([listArticleOverviews(editor, filters()), listArticleOverviews(editor, filters({ page: "2" }))]);
    const seen = [...first, ...second].map((a) => a.id);
    expect(seen).toEqual([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const byTitle = await listArticleOverviews(editor, filters({ sort: "title" }));
    expect(byTitle[0].title).toBe(`Paging ${tag} 00`);
    expect(byTitle[49].title).toBe(`Paging ${tag} 49`);
  });

  it("gives an empty page past the last one, still with the total", async () => {
    expect(await listArticleOverviewPage(editor, filters({ page: "3" }))).toMatchObject({ articles: [], total: COUNT, page: 3, pageCount: 2 });
  });

  it("reads an invalid page as page 1", async () => {
    for (const page of ["0", "-1", "abc", "2.5", "1e3", "", "9999999"]) {
      expect(filters({ page }).page, page).toBe(1);
    }
    expect(filters({ page: "999999" }).page).toBe(999999);
    const first = await listArticleOverviews(editor, filters());
    expect((await listArticleOverviews(editor, filters({ page: "bogus" }))).map((a) => a.id)).toEqual(first.map((a) => a.id));
  });

  it("counts with the same filters as the list", async () => {
    expect(await countArticleOverviews(editor, filters({ state: "finalized" }))).toBe(0);
    expect(await countArticleOverviews(editor, filters({ overdue: "1" }))).toBe(0);
    expect(await countArticleOverviews(editor, filters({ state: "open", from: "1990-06-01", to: "1990-06-01" }))).toBe(COUNT);
    // A reviewer with no assignments sees none of them.
    expect(await countArticleOverviews(await makeUser("REVIEWER"), filters())).toBe(0);
  });
});

describe("article audit log", () => {
  it("shows the latest 50 with the total, and every event on request", async () => {
    const { article } = await importedWithEvents(AUDIT_LOG_LIMIT + 7);
    const total = await db.auditEvent.count({ where: { entityType: "Article", entityId: article.id } });
    expect(total).toBeGreaterThan(AUDIT_LOG_LIMIT);

    const recent = await getArticleWorkspace(editor, article.id);
    expect(recent.auditTotal).toBeGreaterThanOrEqual(total);
    expect(recent.auditLog).toHaveLength(AUDIT_LOG_LIMIT);

    const all = await getArticleWorkspace(editor, article.id, { auditAll: true });
    expect(all.auditTotal).toBe(recent.auditTotal);
    expect(all.auditLog).toHaveLength(all.auditTotal);
    expect(new Set(all.auditLog.map((e) => e.id)).size).toBe(all.auditTotal);
    // Newest first, and the short log is the head of the full one.
    expect(all.auditLog.slice(0, AUDIT_LOG_LIMIT).map((e) => e.id)).toEqual(recent.auditLog.map((e) => e.id));
    const times = all.auditLog.map((e) => e.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(all.auditLog.at(-1)?.action).toBe("article.imported");
    expect(await articleAuditLog(article.id, "all")).toHaveLength(all.auditTotal);
  });

  it("has nothing more to show for a short history", async () => {
    const { article } = await importedWithEvents(0);
    const view = await getArticleWorkspace(editor, article.id);
    expect(view.auditLog.length).toBe(view.auditTotal);
    expect(view.auditTotal).toBeLessThan(AUDIT_LOG_LIMIT);
  });
});

/** An imported article plus `extra` synthetic events on it, each a second apart after the import. */
async function importedWithEvents(extra: number) {
  const imported = await makeArticle(editor);
  const start = Date.now() + 1000;
  await db.auditEvent.createMany({
    data: Array.from({ length: extra }, (_, i) => ({
      actorId: editor.id,
      action: "claim.extracted",
      entityType: "Article",
      entityId: imported.article.id,
      after: { added: 0, kept: i },
      createdAt: new Date(start + i * 1000),
    })),
  });
  return imported;
}
