import { apiRoute } from "@/lib/http/api";
import { revokeApiToken } from "@/lib/tokens/mutations";

export const DELETE = apiRoute({}, async ({ user, params }) => revokeApiToken(user, params.id));
