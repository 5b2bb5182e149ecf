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
    // The page flags a deactivated reviewer; the API's ClaimAssignment names the reviewer only.
    assignment: assignment && {
      ...assignment,
      reviewer: { id: assignment.reviewer.id, name: assignment.reviewer.name },
    },
    consultations,
    history,
    comments,
    permissions,
  };
}
