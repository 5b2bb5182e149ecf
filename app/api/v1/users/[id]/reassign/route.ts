import { apiRoute } from "@/lib/http/api";
import { reassignOpenWorkOf } from "@/lib/users/deactivation";

export const POST = apiRoute({ readsBody: true }, async ({ user, params, body }) =>
  reassignOpenWorkOf(user, params.id, body),
);
