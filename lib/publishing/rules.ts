// What may be published. Pure: an article is publishable when every live claim is approved or
// explicitly excluded, and at least one approved claim is left to publish.
import type { ClaimStatus } from "@/lib/workflow/states";

export interface PublishCandidate {
  id: string;
  number: number;
  status: ClaimStatus;
  signoff: string;
  excludedFromPublication: boolean;
}

export interface PublishPlan {
  /** Claims that block publication: not approved and not excluded. */
  blocking: PublishCandidate[];
  /** Claims the publication includes. */
  included: PublishCandidate[];
}

export function publishPlan(claims: PublishCandidate[]): PublishPlan {
  const live = claims.filter((claim) => !claim.excludedFromPublication);
  return {
    blocking: live.filter((claim) => claim.signoff !== "APPROVED" || claim.status === "PENDING"),
    included: live.filter((claim) => claim.signoff === "APPROVED" && claim.status !== "PENDING"),
  };
}
