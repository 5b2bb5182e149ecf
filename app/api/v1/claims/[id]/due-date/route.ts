import { setDueDate } from "@/lib/assignments/mutations";
import { claimDueDateSchema } from "@/lib/assignments/schema";
import { apiRoute } from "@/lib/http/api";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";

export const PUT = apiRoute({ readsBody: true }, async ({ user, params, body }) => {
  const claimId = assertId(params.id, "claim");
  const { dueAt } = parseInput(claimDueDateSchema, body);
  const { updated } = await setDueDate(user, { claimIds: [claimId], dueAt });
  return { updated };
});
