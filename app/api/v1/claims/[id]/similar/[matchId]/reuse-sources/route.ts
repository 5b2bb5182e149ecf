import { apiRoute, created } from "@/lib/http/api";
import { reuseSources } from "@/lib/similar/mutations";

export const POST = apiRoute({ readsBody: true, ifMatch: "body" }, async ({ user, body, params }) =>
  created(await reuseSources(user, params.id, params.matchId, body)),
);
