import { apiRoute, created } from "@/lib/http/api";
import { listOwnTokens } from "@/lib/tokens/data";
import { createApiToken } from "@/lib/tokens/mutations";

export const GET = apiRoute({}, async ({ user }) => ({ tokens: await listOwnTokens(user) }));

// A token may list tokens but not create them: 403 with Bearer (lib/tokens/mutations.ts).
export const POST = apiRoute({ readsBody: true }, async ({ user, body, via }) =>
  created(await createApiToken(user, body, { via })),
);
