import { listQueue } from "@/lib/review/queue";
import { can } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/errors";
import { apiRoute } from "@/lib/http/api";

export const GET = apiRoute({}, async ({ user }) => {
  if (!can(user, "queue.view")) throw forbidden();
  return listQueue(user.id);
});
