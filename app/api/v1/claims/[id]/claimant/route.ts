import { setClaimant } from "@/lib/claims/mutations";
import { apiRoute } from "@/lib/http/api";

export const PUT = apiRoute({ readsBody: true, ifMatch: "body" }, async ({ user, body, params }) =>
  setClaimant(user, params.id, body),
);
