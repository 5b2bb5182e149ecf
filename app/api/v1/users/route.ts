import { can } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/errors";
import { apiRoute, created } from "@/lib/http/api";
import { listUsers } from "@/lib/users/data";
import { createUser } from "@/lib/users/mutations";

export const GET = apiRoute({}, async ({ user }) => {
  if (!can(user, "user.manage")) throw forbidden("Only admins manage users.");
  return { users: await listUsers() };
});

export const POST = apiRoute({ readsBody: true }, async ({ user, body }) => created(await createUser(user, body)));
