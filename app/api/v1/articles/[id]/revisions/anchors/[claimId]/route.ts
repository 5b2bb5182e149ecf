import { apiRoute } from "@/lib/http/api";
import { resolveAnchor } from "@/lib/revisions/mutations";

export const POST = apiRoute({ readsBody: true }, async ({ user, params, body }) =>
  resolveAnchor(user, params.claimId, body, { articleId: params.id }),
);
