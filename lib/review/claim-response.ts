// The claim detail as the API returns it (GET /api/v1/claims/{id} and by number).
import type { ClaimReview } from "./claim-page";

export function claimResponse({
  claim,
  article,
  paragraph,
  assignment,
  consultations,
  history,
  permissions,
}: ClaimReview) {
  const { evidence, comments, ...rest } = claim;
  return {
    claim: rest,
    version: claim.version,
    article,
    paragraph,
    evidence,
    assignment,
    consultations,
    history,
    comments,
    permissions,
  };
}
