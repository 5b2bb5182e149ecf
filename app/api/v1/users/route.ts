import { can } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/errors";
import { apiRoute, created } from "@/lib/http/api";
import { parsePageQuery } from "@/lib/pagination";
import { listUsersPage } from "@/lib/users/data";
import { createUser } from "@/lib/users/mutations";

export const GET = apiRoute({}, async ({ user, request }) => {
  if (!can(user, "user.manage")) throw forbidden("Only admins manage users.");
  const { items, next } = await listUsersPage(parsePageQuery(request.nextUrl.searchParams));
  return { users: items, next };
});

export const POST = apiRoute({ readsBody: true }, async ({ user, body }) => created(await createUser(user, body)));
