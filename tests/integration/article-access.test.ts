// A reviewer reads an article only while they work on it: an open or completed assignment on one
// of its current claims. The article page, the dashboard and the articles list agree.
import { describe, expect, it } from "vitest";
import { assertMayReadArticle as assertMayRead } from "@/lib/access";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { listArticleOverviews } from "@/lib/dashboard/articles";
import { articleListFiltersSchema } from "@/lib/dashboard/schema";
import { assignDirectly, makeArticle, makeUser } from "./factories";

const noFilters = articleListFiltersSchema.parse({});
const assertMayReadArticle = (user: Actor, articleId: string) => assertMayRead(db, user, articleId);

async function listedFor(user: Awaited<ReturnType<typeof makeUser>>, articleId: string) {
  return (await listArticleOverviews(user, noFilters)).some((article) => article.id === articleId);
}

describe("a reviewer's access to an article", () => {
  it("follows their open or completed assignments, not cancelled ones or deleted claims", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const { article, claims } = await makeArticle(editor);

    await expect(assertMayReadArticle(reviewer, article.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await listedFor(reviewer, article.id)).toBe(false);

    const assignment = await assignDirectly(claims[0].id, reviewer.id, editor.id);
    await expect(assertMayReadArticle(reviewer, article.id)).resolves.toBeUndefined();
    expect(await listedFor(reviewer, article.id)).toBe(true);

    await db.assignment.update({ where: { id: assignment.id }, data: { state: "COMPLETED" } });
    await expect(assertMayReadArticle(reviewer, article.id)).resolves.toBeUndefined();

    await db.assignment.update({ where: { id: assignment.id }, data: { state: "CANCELLED" } });
    await expect(assertMayReadArticle(reviewer, article.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await listedFor(reviewer, article.id)).toBe(false);

    await db.assignment.update({ where: { id: assignment.id }, data: { state: "OPEN" } });
    await db.claim.update({ where: { id: claims[0].id }, data: { deletedAt: new Date() } });
    await expect(assertMayReadArticle(reviewer, article.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await listedFor(reviewer, article.id)).toBe(false);
  });

  it("is not needed by editors and admins", async () => {
    const editor = await makeUser("EDITOR");
    const admin = await makeUser("ADMIN");
    const { article } = await makeArticle(editor);
    await expect(assertMayReadArticle(admin, article.id)).resolves.toBeUndefined();
    expect(await listedFor(admin, article.id)).toBe(true);
  });
});
