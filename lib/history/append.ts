// Appends one row to a claim's hash chain, inside the caller's transaction (which holds the
// claim's row lock, so seq and prevHash cannot race). Every writer of history goes through here:
// verdicts and reopen (lib/verdicts), sign-off (lib/signoff), publication and corrections
// (lib/publishing).
import "server-only";
import type { DbTransaction } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/workflow/states";
import { hashStatusChange, type CanonicalChange, type ChangeKind, type CitedSource } from "./chain";

export interface NewStatusChange {
  claimId: string;
  kind: ChangeKind;
  fromStatus: ClaimStatus;
  toStatus: ClaimStatus;
  actorId: string;
  rationale: string;
  citedEvidence: CitedSource[];
  ratingLabel?: string | null;
}

/** The claim's last chain row (seq and hash), or null for a claim without history. */
export type ChainHead = { seq: number; hash: string } | null;

/**
 * `head`, when given, is the claim's last chain row as the caller read it under the same row lock
 * (lib/verdicts reads it with the claim's other rows in one statement); otherwise it is read here.
 */
export async function appendStatusChange(tx: DbTransaction, input: NewStatusChange, head?: ChainHead) {
  const previous =
    head !== undefined
      ? head
      : await tx.statusChange.findFirst({
          where: { claimId: input.claimId },
          orderBy: { seq: "desc" },
          select: { seq: true, hash: true },
        });
  const citedEvidence = input.citedEvidence.map(({ id, url }) => ({ id, url }));
  const change: CanonicalChange = {
    claimId: input.claimId,
    fromStatus: input.fromStatus,
    toStatus: input.toStatus,
    actorId: input.actorId,
    rationale: input.rationale,
    citedEvidence,
    // PostgreSQL keeps milliseconds: hashing the same instant it stores keeps the row verifiable.
    createdAt: new Date(),
    kind: input.kind,
    ratingLabel: input.ratingLabel ?? null,
  };
  const prevHash = previous?.hash ?? null;
  return tx.statusChange.create({
    data: {
      claimId: input.claimId,
      kind: input.kind,
      fromStatus: input.fromStatus,
      toStatus: input.toStatus,
      actorId: input.actorId,
      rationale: input.rationale,
      citedEvidence,
      ratingLabel: input.ratingLabel ?? null,
      createdAt: change.createdAt,
      seq: (previous?.seq ?? 0) + 1,
      prevHash,
      hash: hashStatusChange(prevHash, change),
    },
  });
}
