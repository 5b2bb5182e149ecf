import { assignClaims } from "@/lib/assignments/mutations";
import { assignClaimBodySchema } from "@/lib/assignments/schema";
import { apiRoute, created } from "@/lib/http/api";
import { parseInput } from "@/lib/validation";

export const POST = apiRoute({ readsBody: true }, async ({ user, body, params }) => {
  const { assignments } = await assignClaims(user, {
    ...parseInput(assignClaimBodySchema, body),
    claimIds: [params.id],
  });
  return created(assignments[0]);
});
