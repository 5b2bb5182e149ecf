// Optimistic concurrency on a claim. Every verdict and evidence change names the claim version it
// was made on. Its transaction first locks the claim (claimForWriting in lib/assignments/access.ts),
// then bumps the version with `updateMany where { id, version }`: a second writer on the same
// version waits for the lock and then finds the version moved, so exactly one of them gets count
// 1; the other gets a CONFLICT carrying the claim as it is now.
import type { DbTransaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertId } from "@/lib/schemas";

/** Interactive transactions may queue behind a row lock; the defaults (2 s / 5 s) are too tight. */
export const WRITE_TRANSACTION_OPTIONS = { maxWait: 20_000, timeout: 30_000 } as const;

export const FINALIZED_MESSAGE = "This article is finalized; an editor must reopen it first.";

export interface ClaimSnapshot {
  id: string;
  version: number;
  status: "UNVERIFIED" | "CORROBORATED" | "DISPUTED";
  updatedAt: string;
  evidence: { id: string; url: string; title: string; stance: "SUPPORTS" | "REFUTES" | "CONTEXT" }[];
  lastChange: { seq: number; toStatus: string; rationale: string; actorName: string; createdAt: string } | null;
}

export async function claimSnapshot(tx: DbTransaction, claimId: string): Promise<ClaimSnapshot | null> {
  const claim = await tx.claim.findUnique({
    where: { id: assertId(claimId, "claimId") },
    select: {
      id: true,
      version: true,
      status: true,
      updatedAt: true,
      evidence: {
        where: { removedAt: null },
        select: { id: true, url: true, title: true, stance: true },
        orderBy: { createdAt: "asc" },
      },
      statusChanges: {
        orderBy: { seq: "desc" },
        take: 1,
        select: { seq: true, toStatus: true, rationale: true, createdAt: true, actor: { select: { name: true } } },
      },
    },
  });
  if (!claim) return null;
  const last = claim.statusChanges[0];
  return {
    id: claim.id,
    version: claim.version,
    status: claim.status,
    updatedAt: claim.updatedAt.toISOString(),
    evidence: claim.evidence,
    lastChange: last
      ? {
          seq: last.seq,
          toStatus: last.toStatus,
          rationale: last.rationale,
          actorName: last.actor.name,
          createdAt: last.createdAt.toISOString(),
        }
      : null,
  };
}

export function staleVersion(current: ClaimSnapshot | null): AppError {
  return new AppError(
    "CONFLICT",
    "Someone changed this claim since you loaded it. Review the current state and apply your change again.",
    { current },
  );
}

/**
 * Claims the version or throws CONFLICT with the current claim. Call after claimForWriting (which
 * locks the claim and checks permission), before any other change.
 */
export async function takeClaimVersion(tx: DbTransaction, claimId: string, version: number): Promise<number> {
  const { count } = await tx.claim.updateMany({
    where: { id: assertId(claimId, "claimId"), version, deletedAt: null },
    data: { version: { increment: 1 } },
  });
  if (count !== 1) throw staleVersion(await claimSnapshot(tx, claimId));
  return version + 1;
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
