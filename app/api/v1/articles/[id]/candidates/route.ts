import { listCandidates, promoteCandidate } from "@/lib/claims/candidates";
import { apiRoute, created } from "@/lib/http/api";

export const GET = apiRoute({}, async ({ user, params }) => ({ candidates: await listCandidates(user, params.id) }));

export const POST = apiRoute({ readsBody: true }, async ({ user, params, body }) =>
  created(await promoteCandidate(user, params.id, body)),
);
