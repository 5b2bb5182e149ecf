// Status changes of a claim: a reviewer's verdict, and an editor's reopen. Both go through the
// claim-write kernel and the lifecycle rules, append one hash-chained StatusChange row, and
// settle the claim's assignment in the same transaction. A verdict then awaits a second person's
// sign-off (lib/signoff); a reopen clears it.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { assignmentRowSelect, moveAssignment } from "@/lib/assignments/transitions";
import { writeClaim, type ClaimWriteContext } from "@/lib/claims/kernel";
import { AppError, forbidden } from "@/lib/errors";
import { appendStatusChange } from "@/lib/history/append";
import { signoffRequestedChanges, verdictChanges } from "@/lib/notifications/changes";
import { notify } from "@/lib/notifications/create";
import { parseInput } from "@/lib/validation";
import { assignmentEffect, transitionOf, transitionProblem } from "@/lib/workflow/lifecycle";
import type { ClaimStatus, Verdict } from "@/lib/workflow/states";
import { ratingLabelForVerdict } from "@/lib/rating-scale/data";
import { emitClaimVerdict } from "@/lib/webhooks/emit";
import { verdictProblem } from "./rules";
import { reopenClaimSchema, verdictSchema } from "./schema";

/** Records a verdict (Corroborated, Disputed or Unverified) with its rationale. */
export async function setVerdict(actor: Actor, claimId: unknown, input: unknown) {
  const data = parseInput(verdictSchema, input);
  const done = await writeClaim(actor, claimId, { action: "claim.verdict", version: data.version }, async (context) => {
    const sources = await context.tx.evidence.findMany({
      where: { claimId: context.claim.id, removedAt: null },
      select: { id: true, url: true, stance: true },
      orderBy: { id: "asc" },
    });
    const problem = verdictProblem(data.status, sources);
    if (problem) throw new AppError("VALIDATION_FAILED", problem, { fields: { status: [problem] } });
    // The desk's rating label, if one was chosen: active and standing for this verdict (lib/rating-scale).
    const label = await ratingLabelForVerdict(context.tx, data.ratingLabelId, data.status);
    const result = await changeStatus(actor, context, data.status, data.rationale, sources, label?.name ?? null);
    await context.tx.claim.update({ where: { id: context.claim.id }, data: { ratingLabelId: label?.id ?? null } });
    return { ...result, claim: { ...result.claim, ratingLabel: label ? { id: label.id, name: label.name } : null } };
  });
  await emitClaimVerdict(done.statusChange.id); // webhooks (lib/webhooks), after the commit; never throws
  return done;
}

/** An editor takes a verdict back: the claim is "not yet reviewed" again and its assignment reopens. */
export async function reopenClaim(actor: Actor, claimId: unknown, input: unknown) {
  const data = parseInput(reopenClaimSchema, input);
  return writeClaim(actor, claimId, { action: "claim.reopen", version: data.version }, async (context) => {
    const sources = await context.tx.evidence.findMany({
      where: { claimId: context.claim.id, removedAt: null },
      select: { id: true, url: true },
      orderBy: { id: "asc" },
    });
    const result = await changeStatus(actor, context, "PENDING", data.reason, sources);
    // Not yet reviewed carries no rating label (lib/rating-scale); the history row keeps the old one.
    await context.tx.claim.update({ where: { id: context.claim.id }, data: { ratingLabelId: null } });
    return { ...result, claim: { ...result.claim, ratingLabel: null } };
  });
}

async function changeStatus(
  actor: Actor,
  { tx, claim, facts, version, audit }: ClaimWriteContext,
  to: ClaimStatus,
  rationale: string,
  sources: { id: string; url: string }[],
  ratingLabel: string | null = null,
) {
  const problem = transitionProblem(actor, claim.status, to, facts);
  if (problem) {
    if (transitionOf(claim.status, to) === null) throw new AppError("CONFLICT", problem);
    throw forbidden(problem);
  }
  // Whose verdict this replaces or takes back: they hear of it (lib/notifications).
  // Verdict rows only: an approval or a publication is nobody's verdict.
  const history = await tx.statusChange.findMany({
    where: { claimId: claim.id, kind: "VERDICT" },
    orderBy: { seq: "asc" },
    select: { toStatus: true, actorId: true },
  });
  const statusChange = await appendStatusChange(tx, {
    claimId: claim.id,
    kind: "VERDICT",
    fromStatus: claim.status,
    toStatus: to,
    actorId: actor.id,
    rationale,
    citedEvidence: sources,
    ratingLabel,
  });
  // Every new verdict waits for a second person (lib/signoff); taking it back leaves nothing to sign off.
  await tx.claim.update({
    where: { id: claim.id },
    data: { status: to, signoff: to === "PENDING" ? "NONE" : "AWAITING" },
  });
  const transition = to === "PENDING" ? "reopen" : "verdict";
  const assignment = await settleAssignment({ tx, actorId: actor.id }, claim.id, assignmentEffect(transition));
  await audit({
    action: transition === "verdict" ? "verdict.set" : "verdict.reopened",
    entityType: "Claim",
    entityId: claim.id,
    before: { status: claim.status, version: claim.version },
    after: {
      status: to,
      version,
      statusChangeId: statusChange.id,
      seq: statusChange.seq,
      assignment,
      ...(transition === "reopen" ? { reason: rationale } : {}),
    },
  });
  await notify(tx, verdictChanges(actor.id, claim.id, history, to));
  if (to !== "PENDING") {
    const assigners = await tx.assignment.findMany({ where: { claimId: claim.id }, select: { assignedById: true } });
    const assignerIds = assigners.map((row) => row.assignedById);
    await notify(tx, signoffRequestedChanges(actor.id, claim.id, assignerIds, to));
  }
  return {
    claim: { id: claim.id, number: claim.number, claimant: claim.claimant, status: to as Verdict | "PENDING", version },
    statusChange,
  };
}

const VERDICT_GIVEN = { to: "COMPLETED", closeReason: "VERDICT", reason: "verdict given" } as const;
const VERDICT_TAKEN_BACK = { to: "OPEN", closeReason: null, reason: "verdict taken back by an editor" } as const;

/**
 * A verdict completes every open assignment on the claim; a reopen reopens the last completed
 * one (if no assignment is open). Each changed assignment gets its own "assignment.updated"
 * event; the claim's row lock (held by the kernel) keeps assign and unassign out meanwhile.
 */
export async function settleAssignment(
  { tx, actorId }: Pick<ClaimWriteContext, "tx"> & { actorId: string },
  claimId: string,
  effect: "complete" | "reopen",
): Promise<"completed" | "reopened" | null> {
  const open = await tx.assignment.findMany({ where: { claimId, state: "OPEN" }, select: assignmentRowSelect });
  if (effect === "reopen" && open.length) return null;
  const targets =
    effect === "complete"
      ? open
      : await tx.assignment.findMany({
          where: { claimId, state: "COMPLETED" },
          orderBy: [{ closedAt: "desc" }, { createdAt: "desc" }],
          take: 1,
          select: assignmentRowSelect,
        });
  for (const row of targets) {
    await moveAssignment(tx, actorId, row, effect === "complete" ? VERDICT_GIVEN : VERDICT_TAKEN_BACK);
  }
  if (!targets.length) return null;
  return effect === "complete" ? "completed" : "reopened";
}
