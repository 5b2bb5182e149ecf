import { apiRoute } from "@/lib/http/api";
import { updateUser } from "@/lib/users/mutations";

export const PATCH = apiRoute({ readsBody: true }, async ({ user, body, params }) => updateUser(user, params.id, body));
