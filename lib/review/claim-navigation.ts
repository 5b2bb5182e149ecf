// "Previous claim" / "next claim" on the claim page. A reviewer working a claim from their queue
// moves through the queue in their remembered sort and filters; anyone else (editors and admins,
// a reviewer reading another claim of an article they review) moves through the article's claims
// in reading order, among the claims they may read. Call after the reader's access to the claim
// was checked.
import "server-only";
import { claimsWhere } from "@/lib/access";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { queueNeighbours } from "./queue";
import type { Neighbours } from "./queue-view";

export type ClaimNavigation = Neighbours & { order: "queue" | "article" };

/** A claim's neighbours in the article's reading order (live claims the reader may read). */
async function articleNeighbours(
  actor: Actor,
  claim: { id: string; articleId: string; ordinal: number },
): Promise<Neighbours> {
  const readable = { articleId: claim.articleId, deletedAt: null, AND: [claimsWhere(actor, "claim.read")] };
  const [before, after, position, total] = await Promise.all([
    db.claim.findFirst({
      where: { ...readable, ordinal: { lt: claim.ordinal } },
      orderBy: [{ ordinal: "desc" }],
      select: { id: true },
    }),
    db.claim.findFirst({
      where: { ...readable, ordinal: { gt: claim.ordinal } },
      orderBy: [{ ordinal: "asc" }],
      select: { id: true },
    }),
    db.claim.count({ where: { ...readable, ordinal: { lte: claim.ordinal } } }),
    db.claim.count({ where: readable }),
  ]);
  return { previous: before?.id ?? null, next: after?.id ?? null, position, total };
}

export async function claimNavigation(
  actor: Actor,
  claim: { id: string; articleId: string; ordinal: number },
): Promise<ClaimNavigation> {
  const inQueue = await queueNeighbours(actor, claim.id);
  if (inQueue) return { ...inQueue, order: "queue" };
  return { ...(await articleNeighbours(actor, claim)), order: "article" };
}
