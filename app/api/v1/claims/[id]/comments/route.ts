import { addComment } from "@/lib/comments/mutations";
import { apiRoute, created } from "@/lib/http/api";

export const POST = apiRoute({ readsBody: true }, async ({ user, body, params }) =>
  created(await addComment(user, params.id, body)),
);
