import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { generateApiToken } from "@/lib/auth/tokens";
import { recordAudit } from "@/lib/audit/record";
import { writeTransaction } from "@/lib/db/transaction";
import { forbidden, notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { tokenSelect } from "./data";
import { createTokenSchema } from "./schema";

/** Creates a token for the actor. The plain token is returned once and never stored. */
export async function createApiToken(actor: Actor, input: unknown) {
  if (!can(actor, "token.manage", { owner: true })) throw forbidden();
  const { name } = parseInput(createTokenSchema, input);
  const { token, tokenHash, tokenStart } = generateApiToken();
  const record = await writeTransaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId: actor.id, name, tokenHash, tokenStart },
      select: tokenSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "token.created",
      entityType: "ApiToken",
      entityId: created.id,
      after: { name, tokenStart },
    });
    return created;
  });
  return { ...record, token };
}

export async function revokeApiToken(actor: Actor, tokenId: string) {
  if (!can(actor, "token.manage", { owner: true })) throw forbidden();
  tokenId = assertId(tokenId, "token");
  return writeTransaction(async (tx) => {
    // Scoped in the write itself: only the actor's own, still active token.
    const { count } = await tx.apiToken.updateMany({
      where: { id: tokenId, userId: actor.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw notFound("The token");
    await recordAudit(tx, { actorId: actor.id, action: "token.revoked", entityType: "ApiToken", entityId: tokenId });
    return tx.apiToken.findUniqueOrThrow({ where: { id: tokenId }, select: tokenSelect });
  });
}
