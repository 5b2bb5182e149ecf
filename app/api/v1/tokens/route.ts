import { apiRoute, created } from "@/lib/http/api";
import { parsePageQuery } from "@/lib/pagination";
import { listOwnTokensPage } from "@/lib/tokens/data";
import { createApiToken } from "@/lib/tokens/mutations";

export const GET = apiRoute({}, async ({ user, request }) => {
  const { items, next } = await listOwnTokensPage(user, parsePageQuery(request.nextUrl.searchParams));
  return { tokens: items, next };
});

// A token may list tokens but not create them: 403 with Bearer (lib/tokens/mutations.ts).
export const POST = apiRoute({ readsBody: true }, async ({ user, body, via }) =>
  created(await createApiToken(user, body, { via })),
);
