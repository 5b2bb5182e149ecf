import { can } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/errors";
import { apiRoute } from "@/lib/http/api";
import { parsePageQuery } from "@/lib/pagination";
import { listQueuePage } from "@/lib/review/queue";

export const GET = apiRoute({}, async ({ user, request }) => {
  if (!can(user, "queue.view")) throw forbidden();
  return listQueuePage(user.id, parsePageQuery(request.nextUrl.searchParams));
});
