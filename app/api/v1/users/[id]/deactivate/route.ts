import { apiRoute } from "@/lib/http/api";
import { deactivateUser } from "@/lib/users/deactivation";

export const POST = apiRoute({ readsBody: true }, async ({ user, params, body }) =>
  deactivateUser(user, params.id, body),
);
