import { apiRoute } from "@/lib/http/api";
import { reopenClaim } from "@/lib/verdicts/mutations";

export const POST = apiRoute({ readsBody: true, ifMatch: "body" }, async ({ user, body, params }) =>
  reopenClaim(user, params.id, body),
);
