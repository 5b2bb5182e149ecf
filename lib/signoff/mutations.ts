// Sign-off writes: an editor or admin approves a verdict someone else set, or sends it back to
// its reviewer with a comment. Both go through the claim-write kernel, append one row of the
// claim's hash chain (APPROVED, SENT_BACK) and record an audit event naming it. Approving a new
// verdict on a claim already published is a correction (lib/publishing/corrections.ts).
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { takeClaimVersion, writeClaim, type ClaimWriteContext } from "@/lib/claims/kernel";
import { AppError } from "@/lib/errors";
import { appendStatusChange } from "@/lib/history/append";
import { parseCitedEvidence } from "@/lib/history/chain";
import { verdictChanges } from "@/lib/notifications/changes";
import { notify } from "@/lib/notifications/create";
import { correctPublishedClaim } from "@/lib/publishing/corrections";
import { parseInput } from "@/lib/validation";
import { emitClaimCorrected, emitClaimSignedOff } from "@/lib/webhooks/emit";
import { settleAssignment } from "@/lib/verdicts/mutations";
import { approvalProblem, sendBackProblem, verdictAuthor, type SignoffProblem } from "./rules";
import { approveClaimSchema, sendBackSchema } from "./schema";

function refuse(problem: SignoffProblem): never {
  throw new AppError(problem.code, problem.message);
}

/** The claim's sign-off state and its chain, oldest first, under the kernel's lock. */
async function signoffState({ tx, claim }: ClaimWriteContext) {
  const [row, rows] = await Promise.all([
    tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { signoff: true } }),
    tx.statusChange.findMany({
      where: { claimId: claim.id },
      orderBy: { seq: "asc" },
      select: { kind: true, toStatus: true, actorId: true, citedEvidence: true, ratingLabel: true, rationale: true },
    }),
  ]);
  return { signoff: row.signoff, rows, verdictAuthorId: verdictAuthor(rows) };
}

/** A version the caller named is checked (409 when stale); none means "the claim as it is now". */
async function nextVersion(context: ClaimWriteContext, named: number | undefined) {
  return named === undefined ? takeClaimVersion(context.tx, context.claim.id, context.claim.version) : context.version;
}

/** Approves the verdict in force: the claim may be published. 403 for the verdict's own author. */
export async function approveClaim(actor: Actor, claimId: unknown, input: unknown) {
  const data = parseInput(approveClaimSchema, input ?? {});
  // Approving does not change the verdict, so it is allowed on a finalized article.
  const spec = { action: "claim.signoff", version: data.version, allowFinalized: true } as const;
  const done = await writeClaim(actor, claimId, spec, async (context) => {
    const { tx, claim } = context;
    const state = await signoffState(context);
    const problem = approvalProblem(actor, {
      status: claim.status,
      signoff: state.signoff,
      verdictAuthorId: state.verdictAuthorId,
    });
    if (problem) refuse(problem);
    const version = await nextVersion(context, data.version);
    const verdictRow = [...state.rows].reverse().find((row) => row.kind === "VERDICT");
    const statusChange = await appendStatusChange(tx, {
      claimId: claim.id,
      kind: "APPROVED",
      fromStatus: claim.status,
      toStatus: claim.status,
      actorId: actor.id,
      rationale: "",
      // The approval vouches for exactly the sources the verdict cited.
      citedEvidence: parseCitedEvidence(verdictRow?.citedEvidence),
      ratingLabel: verdictRow?.ratingLabel ?? null,
    });
    await tx.claim.update({ where: { id: claim.id }, data: { signoff: "APPROVED" } });
    await context.audit({
      action: "claim.approved",
      entityType: "Claim",
      entityId: claim.id,
      before: { status: claim.status, version: claim.version },
      after: { status: claim.status, version, statusChangeId: statusChange.id, seq: statusChange.seq },
    });
    const correction = await correctPublishedClaim(context, actor, {
      status: claim.status,
      rationale: verdictRow?.rationale ?? "",
      ratingLabel: verdictRow?.ratingLabel ?? null,
      citedEvidence: parseCitedEvidence(verdictRow?.citedEvidence),
      history: state.rows,
    });
    return {
      claim: { id: claim.id, number: claim.number, status: claim.status, signoff: "APPROVED" as const, version },
      statusChange,
      correction,
    };
  });
  await emitClaimSignedOff(done.statusChange.id, "approved"); // webhooks, after the commit; never throws
  if (done.correction) await emitClaimCorrected(done.correction.id);
  return done;
}

/** Sends the verdict back to its reviewer with a comment: not yet reviewed again, assignment reopened. */
export async function sendBackClaim(actor: Actor, claimId: unknown, input: unknown) {
  const data = parseInput(sendBackSchema, input);
  const spec = { action: "claim.signoff", version: data.version } as const;
  const done = await writeClaim(actor, claimId, spec, async (context) => {
    const { tx, claim } = context;
    const state = await signoffState(context);
    const problem = sendBackProblem(actor, {
      status: claim.status,
      signoff: state.signoff,
      verdictAuthorId: state.verdictAuthorId,
    });
    if (problem) refuse(problem);
    const version = await nextVersion(context, data.version);
    const sources = await tx.evidence.findMany({
      where: { claimId: claim.id, removedAt: null },
      select: { id: true, url: true },
      orderBy: { id: "asc" },
    });
    const statusChange = await appendStatusChange(tx, {
      claimId: claim.id,
      kind: "SENT_BACK",
      fromStatus: claim.status,
      toStatus: "PENDING",
      actorId: actor.id,
      rationale: data.comment,
      citedEvidence: sources,
    });
    await tx.claim.update({ where: { id: claim.id }, data: { status: "PENDING", signoff: "NONE" } });
    const assignment = await settleAssignment({ tx, actorId: actor.id }, claim.id, "reopen");
    await context.audit({
      action: "claim.sent_back",
      entityType: "Claim",
      entityId: claim.id,
      before: { status: claim.status, version: claim.version },
      after: {
        status: "PENDING",
        version,
        statusChangeId: statusChange.id,
        seq: statusChange.seq,
        assignment,
        comment: data.comment,
      },
    });
    // The reviewer hears of it as of any verdict sent back (VERDICT_REOPENED).
    const verdictRows = state.rows.filter((row) => row.kind === "VERDICT");
    await notify(tx, verdictChanges(actor.id, claim.id, verdictRows, "PENDING"));
    return {
      claim: { id: claim.id, number: claim.number, status: "PENDING" as const, signoff: "NONE" as const, version },
      statusChange,
    };
  });
  await emitClaimSignedOff(done.statusChange.id, "sent_back");
  return done;
}
