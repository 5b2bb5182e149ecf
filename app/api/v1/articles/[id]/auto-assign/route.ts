import { autoAssign } from "@/lib/assignments/mutations";
import { apiRoute } from "@/lib/http/api";
import { assertId } from "@/lib/schemas";

export const POST = apiRoute({ readsBody: true }, async ({ user, params, body }) => {
  const articleId = assertId(params.id, "article");
  const fields = typeof body === "object" && body !== null && !Array.isArray(body) ? body : {};
  const result = await autoAssign(user, { ...fields, articleId });
  return { articleId: result.articleId, count: result.assignments.length };
});
