import { apiRoute, created } from "@/lib/http/api";
import { listTokensOf } from "@/lib/tokens/data";
import { createApiToken } from "@/lib/tokens/mutations";

export const GET = apiRoute({}, async ({ user }) => ({ tokens: await listTokensOf(user.id) }));

export const POST = apiRoute({ readsBody: true }, async ({ user, body }) => created(await createApiToken(user, body)));
