import type { Actor } from "@/lib/auth/permissions";
import { claimForWriting } from "@/lib/assignments/access";
import { recordAudit } from "@/lib/audit/record";
import { db, type DbTransaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashStatusChange, type CanonicalChange } from "@/lib/history/chain";
import { parseInput } from "@/lib/validation";
import { verdictProblem } from "./rules";
import { verdictSchema, type ClaimStatus } from "./schema";
import {
  FINALIZED_MESSAGE,
  WRITE_TRANSACTION_OPTIONS,
  isUniqueViolation,
  staleVersion,
  takeClaimVersion,
} from "./version";

/**
 * Sets a claim's verdict. In one transaction: take the claim version, check the sources the
 * verdict needs, append the hash-chained StatusChange, update the status, close (or, back to
 * UNVERIFIED, reopen) the assignment, and record the audit event.
 */
export async function setVerdict(actor: Actor, claimId: string, input: unknown) {
  const data = parseInput(verdictSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const { claim } = await claimForWriting(tx, actor, claimId, "claim.verdict");
      if (claim.article.finalizedAt) throw new AppError("CONFLICT", FINALIZED_MESSAGE);
      const version = await takeClaimVersion(tx, claimId, data.version);
      // Re-read under the row lock the version update holds: this is the status the change starts from.
      const locked = await tx.claim.findUniqueOrThrow({
        where: { id: claimId },
        select: { status: true, article: { select: { finalizedAt: true } } },
      });
      if (locked.article.finalizedAt) throw new AppError("CONFLICT", FINALIZED_MESSAGE);
      const sources = await tx.evidence.findMany({
        where: { claimId, removedAt: null },
        select: { id: true, url: true, stance: true },
        orderBy: { id: "asc" },
      });
      const problem = verdictProblem(data.status, sources);
      if (problem) throw new AppError("VALIDATION_FAILED", problem, { fields: { status: [problem] } });

      const previous = await tx.statusChange.findFirst({
        where: { claimId },
        orderBy: { seq: "desc" },
        select: { seq: true, hash: true },
      });
      const change: CanonicalChange = {
        claimId,
        fromStatus: locked.status,
        toStatus: data.status,
        actorId: actor.id,
        rationale: data.rationale,
        citedEvidence: sources.map(({ id, url }) => ({ id, url })),
        createdAt: new Date(),
      };
      const prevHash = previous?.hash ?? null;
      const statusChange = await tx.statusChange.create({
        data: {
          claimId,
          seq: (previous?.seq ?? 0) + 1,
          fromStatus: locked.status,
          toStatus: data.status,
          actorId: actor.id,
          rationale: data.rationale,
          citedEvidence: change.citedEvidence.map(({ id, url }) => ({ id, url })),
          createdAt: change.createdAt,
          prevHash,
          hash: hashStatusChange(prevHash, change),
        },
      });
      await tx.claim.update({ where: { id: claimId }, data: { status: data.status } });
      const assignment = await settleAssignment(tx, claimId, data.status);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "verdict.set",
        entityType: "Claim",
        entityId: claimId,
        before: { status: locked.status, version: data.version },
        after: { status: data.status, version, statusChangeId: statusChange.id, seq: statusChange.seq, assignment },
      });
      return { claim: { id: claimId, status: data.status as ClaimStatus, version }, statusChange };
    }, WRITE_TRANSACTION_OPTIONS);
  } catch (error) {
    // Only reachable if something appended outside the version protocol: still no lost update.
    if (isUniqueViolation(error)) throw staleVersion(null);
    throw error;
  }
}

/** A verdict completes the open assignment; going back to UNVERIFIED reopens the last completed one. */
async function settleAssignment(tx: DbTransaction, claimId: string, status: ClaimStatus) {
  if (status !== "UNVERIFIED") {
    const { count } = await tx.assignment.updateMany({
      where: { claimId, state: "OPEN" },
      data: { state: "COMPLETED", closedAt: new Date() },
    });
    return count ? "completed" : null;
  }
  const open = await tx.assignment.findFirst({ where: { claimId, state: "OPEN" }, select: { id: true } });
  if (open) return null;
  const last = await tx.assignment.findFirst({
    where: { claimId, state: "COMPLETED" },
    orderBy: [{ closedAt: "desc" }, { createdAt: "desc" }],
    select: { id: true },
  });
  if (!last) return null;
  await tx.assignment.update({ where: { id: last.id }, data: { state: "OPEN", closedAt: null } });
  return "reopened";
}
