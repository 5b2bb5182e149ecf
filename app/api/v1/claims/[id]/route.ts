import { deleteClaim, editClaimWording } from "@/lib/claims/mutations";
import { apiRoute, withClaimEtag } from "@/lib/http/api";
import { versionFromQuery } from "@/lib/http/etag";
import { getClaimForReview } from "@/lib/review/claim-page";
import { claimResponse } from "@/lib/review/claim-response";

export const GET = apiRoute({}, async ({ user, params }) =>
  withClaimEtag(claimResponse(await getClaimForReview(user, params.id))),
);

export const PATCH = apiRoute({ readsBody: true, ifMatch: "body" }, async ({ user, params, body }) =>
  editClaimWording(user, params.id, body),
);

export const DELETE = apiRoute({ ifMatch: "query" }, async ({ user, params, request, ifMatchVersion }) =>
  deleteClaim(user, params.id, { version: versionFromQuery(request.nextUrl.searchParams, ifMatchVersion) }),
);
