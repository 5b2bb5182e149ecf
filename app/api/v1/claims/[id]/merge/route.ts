import { mergeClaims } from "@/lib/claims/mutations";
import { apiRoute } from "@/lib/http/api";

// If-Match names the version of this claim (`version`); the next claim's is `nextVersion`.
export const POST = apiRoute({ readsBody: true, ifMatch: "body" }, async ({ user, params, body }) =>
  mergeClaims(user, params.id, body),
);
