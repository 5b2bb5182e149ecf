import { addClaim } from "@/lib/claims/additions";
import { listArticleClaims } from "@/lib/claims/listing";
import { parseClaimQuery } from "@/lib/dashboard/api-query";
import { apiRoute, created } from "@/lib/http/api";
import { parsePageQuery } from "@/lib/pagination";

export const GET = apiRoute({}, async ({ user, params, request }) => {
  const query = request.nextUrl.searchParams;
  const { items, next } = await listArticleClaims(user, params.id, parseClaimQuery(query), parsePageQuery(query));
  return { claims: items, next };
});

export const POST = apiRoute({ readsBody: true }, async ({ user, params, body }) =>
  created(await addClaim(user, params.id, body)),
);
