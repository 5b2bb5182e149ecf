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

/**
 * How the caller proved who they are: a browser session, an API token, or the shell (CLI).
 * Tokens are managed from a browser session (or the CLI), never with a token: a leaked token
 * must not be able to mint itself successors that outlive its revocation, nor revoke the
 * owner's other tokens. An API token can still list them (GET /api/v1/tokens).
 */
export type ManagedVia = "session" | "token" | "cli";

function assertMayManageTokens(actor: Actor, via: ManagedVia) {
  if (!can(actor, "token.manage", { owner: true })) throw forbidden();
  if (via === "token") {
    throw forbidden(
      "API tokens are created and revoked from a signed-in browser session (Settings → API tokens), not with an API token.",
    );
  }
}

/** Creates a token for the actor. The plain token is returned once and never stored. */
export async function createApiToken(actor: Actor, input: unknown, options: { via?: ManagedVia } = {}) {
  assertMayManageTokens(actor, options.via ?? "session");
  const { name, expiresInDays, readOnly = false } = parseInput(createTokenSchema, input);
  const { token, tokenHash, tokenStart } = generateApiToken();
  const expiresAt = expiresInDays ? new Date(Date.now() + expiresInDays * 24 * 60 * 60 * 1000) : null;
  const record = await writeTransaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId: actor.id, name, tokenHash, tokenStart, expiresAt, readOnly },
      select: tokenSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "token.created",
      entityType: "ApiToken",
      entityId: created.id,
      after: { name, tokenStart, expiresAt: expiresAt?.toISOString() ?? null, readOnly },
    });
    return created;
  });
  return { ...record, token };
}

export async function revokeApiToken(actor: Actor, tokenId: string, options: { via?: ManagedVia } = {}) {
  assertMayManageTokens(actor, options.via ?? "session");
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
