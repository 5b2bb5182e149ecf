import { apiRoute, created } from "@/lib/http/api";
import { listOwnTokens } from "@/lib/tokens/data";
import { createApiToken } from "@/lib/tokens/mutations";

export const GET = apiRoute({}, async ({ user }) => ({ tokens: await listOwnTokens(user) }));

export const POST = apiRoute({ readsBody: true }, async ({ user, body }) => created(await createApiToken(user, body)));
