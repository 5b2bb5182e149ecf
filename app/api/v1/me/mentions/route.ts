import { can } from "@/lib/auth/permissions";
import { listMentionsPage } from "@/lib/comments/data";
import { forbidden } from "@/lib/errors";
import { apiRoute } from "@/lib/http/api";
import { parsePageQuery } from "@/lib/pagination";

export const GET = apiRoute({}, async ({ user, request }) => {
  if (!can(user, "mention.read")) throw forbidden();
  const { items, next } = await listMentionsPage(user, parsePageQuery(request.nextUrl.searchParams));
  return { mentions: items, next };
});
