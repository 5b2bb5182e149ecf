"use server";
import { revalidatePath } from "next/cache";
import { guardedAction, runAction } from "@/lib/http/action";
import { requirePermission } from "@/lib/http/session";
import { createApiToken, revokeApiToken } from "@/lib/tokens/mutations";

export const createTokenAction = guardedAction(async function createTokenAction(input: unknown) {
  const user = await requirePermission("token.manage", { owner: true });
  return runAction(async () => {
    const created = await createApiToken(user, input, { via: "session" });
    revalidatePath("/settings/tokens");
    return { name: created.name, token: created.token };
  });
});

export const revokeTokenAction = guardedAction(async function revokeTokenAction(tokenId: string) {
  const user = await requirePermission("token.manage", { owner: true });
  return runAction(async () => {
    await revokeApiToken(user, tokenId, { via: "session" });
    revalidatePath("/settings/tokens");
  });
});
