import { listCandidatesPage, promoteCandidate } from "@/lib/claims/candidates";
import { apiRoute, created } from "@/lib/http/api";
import { parsePageQuery } from "@/lib/pagination";

export const GET = apiRoute({}, async ({ user, params, request }) => {
  const { items, next } = await listCandidatesPage(user, params.id, parsePageQuery(request.nextUrl.searchParams));
  return { candidates: items, next };
});

export const POST = apiRoute({ readsBody: true }, async ({ user, params, body }) =>
  created(await promoteCandidate(user, params.id, body)),
);
