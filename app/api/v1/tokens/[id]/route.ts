import { apiRoute } from "@/lib/http/api";
import { revokeApiToken } from "@/lib/tokens/mutations";
import { callerVia } from "../caller";

// Revoking needs a browser session, like creating: 403 with Bearer (lib/tokens/mutations.ts).
export const DELETE = apiRoute({}, async ({ request, user, params }) =>
  revokeApiToken(user, params.id, { via: callerVia(request) }),
);
