import { apiRoute, withClaimEtag } from "@/lib/http/api";
import { getClaimForReview } from "@/lib/review/claim-page";
import { claimResponse } from "@/lib/review/claim-response";

export const GET = apiRoute({}, async ({ user, params }) =>
  withClaimEtag(claimResponse(await getClaimForReview(user, params.id))),
);
