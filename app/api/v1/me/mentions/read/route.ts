import { can } from "@/lib/auth/permissions";
import { markMentionsRead } from "@/lib/comments/mutations";
import { markMentionsReadSchema } from "@/lib/comments/schema";
import { forbidden } from "@/lib/errors";
import { apiRoute } from "@/lib/http/api";
import { parseInput } from "@/lib/validation";

export const POST = apiRoute({ readsBody: true }, async ({ user, body }) => {
  if (!can(user, "mention.read")) throw forbidden();
  const { count } = await markMentionsRead(user.id, parseInput(markMentionsReadSchema, body).ids);
  return { count };
});
