import type { Actor } from "@/lib/auth/permissions";
import { claimForWriting } from "@/lib/assignments/access";
import { recordAudit } from "@/lib/audit/record";
import { db, type DbTransaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashStatusChange, type CanonicalChange } from "@/lib/history/chain";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { verdictProblem } from "./rules";
import { verdictSchema, type ClaimStatus } from "./schema";
import { WRITE_TRANSACTION_OPTIONS, isUniqueViolation, staleVersion, takeClaimVersion } from "./version";

/**
 * Sets a claim's verdict. In one transaction: lock the claim and check who may write and that the
 * article is not finalized (claimForWriting), take the claim version, check the sources the
 * verdict needs, append the hash-chained StatusChange, update the status, close (or, back to
 * UNVERIFIED, reopen) the assignment, and record the audit events.
 */
export async function setVerdict(actor: Actor, claimId: unknown, input: unknown) {
  const id = assertId(claimId, "claimId");
  const data = parseInput(verdictSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      // Read under the claim's row lock: this is the status the change starts from.
      const { claim: locked } = await claimForWriting(tx, actor, id, "claim.verdict");
      const version = await takeClaimVersion(tx, id, data.version);
      const sources = await tx.evidence.findMany({
        where: { claimId: id, removedAt: null },
        select: { id: true, url: true, stance: true },
        orderBy: { id: "asc" },
      });
      const problem = verdictProblem(data.status, sources);
      if (problem) throw new AppError("VALIDATION_FAILED", problem, { fields: { status: [problem] } });

      const previous = await tx.statusChange.findFirst({
        where: { claimId: id },
        orderBy: { seq: "desc" },
        select: { seq: true, hash: true },
      });
      const change: CanonicalChange = {
        claimId: id,
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
          claimId: id,
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
      await tx.claim.update({ where: { id }, data: { status: data.status } });
      const assignment = await settleAssignment(tx, actor, id, data.status);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "verdict.set",
        entityType: "Claim",
        entityId: id,
        before: { status: locked.status, version: data.version },
        after: { status: data.status, version, statusChangeId: statusChange.id, seq: statusChange.seq, assignment },
      });
      return { claim: { id, status: data.status as ClaimStatus, version }, statusChange };
    }, WRITE_TRANSACTION_OPTIONS);
  } catch (error) {
    // Only reachable if something appended outside the version protocol: still no lost update.
    if (isUniqueViolation(error)) throw staleVersion(null);
    throw error;
  }
}

const settledSelect = { id: true, claimId: true, reviewerId: true, state: true, closedAt: true } as const;
type Settled = { id: string; claimId: string; reviewerId: string; state: string; closedAt: Date | null };
const settledView = (a: Settled) => ({
  claimId: a.claimId,
  reviewerId: a.reviewerId,
  state: a.state,
  closedAt: a.closedAt?.toISOString() ?? null,
});

/**
 * A verdict completes the open assignment; going back to UNVERIFIED reopens the last completed
 * one. Each changed assignment gets its own "assignment.updated" event (the claim's lock, held by
 * the caller, keeps assign and unassign out meanwhile).
 */
async function settleAssignment(tx: DbTransaction, actor: Actor, claimId: string, status: ClaimStatus) {
  const closing = status !== "UNVERIFIED";
  const open = await tx.assignment.findMany({ where: { claimId, state: "OPEN" }, select: settledSelect });
  if (!closing && open.length) return null;
  const targets = closing
    ? open
    : await tx.assignment.findMany({
        where: { claimId, state: "COMPLETED" },
        orderBy: [{ closedAt: "desc" }, { createdAt: "desc" }],
        take: 1,
        select: settledSelect,
      });
  for (const before of targets) {
    const after = await tx.assignment.update({
      where: { id: before.id },
      data: closing ? { state: "COMPLETED", closedAt: new Date() } : { state: "OPEN", closedAt: null },
      select: settledSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "assignment.updated",
      entityType: "Assignment",
      entityId: before.id,
      before: settledView(before),
      after: { ...settledView(after), reason: closing ? "verdict given" : "verdict set back to UNVERIFIED" },
    });
  }
  if (!targets.length) return null;
  return closing ? "completed" : "reopened";
}
