import { apiRoute } from "@/lib/http/api";
import { revokeApiToken } from "@/lib/tokens/mutations";

// Revoking needs a browser session, like creating: 403 with Bearer (lib/tokens/mutations.ts).
export const DELETE = apiRoute({}, async ({ user, params, via }) => revokeApiToken(user, params.id, { via }));
