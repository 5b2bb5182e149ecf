import { apiRoute, created } from "@/lib/http/api";
import { listOwnTokens } from "@/lib/tokens/data";
import { createApiToken } from "@/lib/tokens/mutations";
import { callerVia } from "./caller";

export const GET = apiRoute({}, async ({ user }) => ({ tokens: await listOwnTokens(user) }));

// A token may list tokens but not create them: 403 with Bearer (lib/tokens/mutations.ts).
export const POST = apiRoute({ readsBody: true }, async ({ request, user, body }) =>
  created(await createApiToken(user, body, { via: callerVia(request) })),
);
