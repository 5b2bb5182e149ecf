import { apiRoute } from "@/lib/http/api";
import { getClaimForReview } from "@/lib/review/claim-page";

export const GET = apiRoute({}, async ({ user, params }) => {
  const { claim, article, paragraph, assignment, history, permissions } = await getClaimForReview(user, params.id);
  const { evidence, comments, ...rest } = claim;
  return {
    claim: rest,
    version: claim.version,
    article,
    paragraph,
    evidence,
    assignment,
    history,
    comments,
    permissions,
  };
});
