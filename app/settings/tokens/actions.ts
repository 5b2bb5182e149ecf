"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/http/action";
import { requirePermission } from "@/lib/http/session";
import { createApiToken, revokeApiToken } from "@/lib/tokens/mutations";

export async function createTokenAction(input: unknown) {
  const user = await requirePermission("token.manage", { owner: true });
  return runAction(async () => {
    const created = await createApiToken(user, input);
    revalidatePath("/settings/tokens");
    return { name: created.name, token: created.token };
  });
}

export async function revokeTokenAction(tokenId: string) {
  const user = await requirePermission("token.manage", { owner: true });
  return runAction(async () => {
    await revokeApiToken(user, tokenId);
    revalidatePath("/settings/tokens");
  });
}
