import { apiRoute } from "@/lib/http/api";
import { decideMatch } from "@/lib/similar/mutations";

export const POST = apiRoute({ readsBody: true }, ({ user, body, params }) =>
  decideMatch(user, params.id, params.matchId, body),
);
