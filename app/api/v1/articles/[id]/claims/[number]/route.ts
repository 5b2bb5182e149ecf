import { apiRoute, withClaimEtag } from "@/lib/http/api";
import { claimIdByNumber, getClaimForReview } from "@/lib/review/claim-page";
import { claimResponse } from "@/lib/review/claim-response";

/** The claim an article's permanent number names (C7 → 7): the same body as GET /api/v1/claims/{id}. */
export const GET = apiRoute({}, async ({ user, params }) =>
  withClaimEtag(claimResponse(await getClaimForReview(user, await claimIdByNumber(user, params.id, params.number)))),
);
