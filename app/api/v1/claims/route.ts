import { listClaims } from "@/lib/claims/listing";
import { parseClaimQuery } from "@/lib/dashboard/api-query";
import { apiRoute } from "@/lib/http/api";
import { parsePageQuery } from "@/lib/pagination";

export const GET = apiRoute({}, async ({ user, request }) => {
  const query = request.nextUrl.searchParams;
  const { items, next } = await listClaims(user, parseClaimQuery(query), parsePageQuery(query));
  return { claims: items, next };
});
