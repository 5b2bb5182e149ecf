import { apiRoute } from "@/lib/http/api";
import { parsePageQuery } from "@/lib/pagination";
import { listArticleAuditPage } from "@/lib/review/audit-log";

export const GET = apiRoute({}, async ({ user, params, request }) => {
  const { items, next } = await listArticleAuditPage(user, params.id, parsePageQuery(request.nextUrl.searchParams));
  return { events: items, next };
});
