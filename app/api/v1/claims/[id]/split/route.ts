import { splitClaim } from "@/lib/claims/mutations";
import { apiRoute } from "@/lib/http/api";

export const POST = apiRoute({ readsBody: true, ifMatch: "body" }, async ({ user, params, body }) =>
  splitClaim(user, params.id, body),
);
