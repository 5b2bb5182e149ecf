// Status changes of a claim: a reviewer's verdict, and an editor's reopen. Both go through the
// claim-write kernel and the lifecycle rules, append one hash-chained StatusChange row, and
// settle the claim's assignment in the same transaction. A verdict then awaits a second person's
// sign-off (lib/signoff); a reopen clears it.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { assignmentRowSelect, moveAssignment, type AssignmentRow } from "@/lib/assignments/transitions";
import { writeClaim, type ClaimWriteContext } from "@/lib/claims/kernel";
import { Prisma, type DbTransaction } from "@/lib/db/client";
import { AppError, forbidden } from "@/lib/errors";
import { appendStatusChange } from "@/lib/history/append";
import { signoffRequestedChanges, verdictChanges } from "@/lib/notifications/changes";
import { notify } from "@/lib/notifications/create";
import { parseInput } from "@/lib/validation";
import { assignmentEffect, transitionOf, transitionProblem } from "@/lib/workflow/lifecycle";
import type { ClaimStatus, Stance, Verdict } from "@/lib/workflow/states";
import { ratingLabelForVerdict } from "@/lib/rating-scale/data";
import { emitClaimVerdict } from "@/lib/webhooks/emit";
import { verdictProblem } from "./rules";
import { reopenClaimSchema, verdictSchema } from "./schema";

/** Records a verdict (Corroborated, Disputed or Unverified) with its rationale. */
export async function setVerdict(actor: Actor, claimId: unknown, input: unknown) {
  const data = parseInput(verdictSchema, input);
  const done = await writeClaim(actor, claimId, { action: "claim.verdict", version: data.version }, async (context) => {
    const rows = await readClaimRows(context.tx, context.claim.id);
    const problem = verdictProblem(data.status, rows.sources);
    if (problem) throw new AppError("VALIDATION_FAILED", problem, { fields: { status: [problem] } });
    // The desk's rating label, if one was chosen: active and standing for this verdict (lib/rating-scale).
    const label = await ratingLabelForVerdict(context.tx, data.ratingLabelId, data.status);
    const result = await changeStatus(actor, context, data.status, data.rationale, rows, label);
    return { ...result, claim: { ...result.claim, ratingLabel: label ? { id: label.id, name: label.name } : null } };
  });
  await emitClaimVerdict(done.statusChange.id); // webhooks (lib/webhooks), after the commit; never throws
  return done;
}

/** An editor takes a verdict back: the claim is "not yet reviewed" again and its assignment reopens. */
export async function reopenClaim(actor: Actor, claimId: unknown, input: unknown) {
  const data = parseInput(reopenClaimSchema, input);
  return writeClaim(actor, claimId, { action: "claim.reopen", version: data.version }, async (context) => {
    // Not yet reviewed carries no rating label (lib/rating-scale); the history row keeps the old one.
    const result = await changeStatus(actor, context, "PENDING", data.reason, await readClaimRows(context.tx, context.claim.id), null);
    return { ...result, claim: { ...result.claim, ratingLabel: null } };
  });
}

/** An assignment of the claim as a status change settles it (see settleAssignment). */
type ClaimAssignment = AssignmentRow & { assignedById: string; createdAt: Date; closedAt: Date | null };

/**
 * What a status change reads of its claim, in one statement under the kernel's row lock: the live
 * sources (by id, as cited), who gave its verdicts (oldest first), its chain head, its assignments.
 */
async function readClaimRows(tx: DbTransaction, claimId: string) {
  type Row = {
    sources: { id: string; url: string; stance: Stance }[];
    verdicts: { toStatus: ClaimStatus; actorId: string }[];
    head: { seq: number; hash: string } | null;
    assignments: (Omit<ClaimAssignment, "dueAt" | "closedAt" | "createdAt"> & { dueAt: string | null; closedAt: string | null; createdAt: string })[];
  };
  // Timestamps leave as ISO text in UTC (the columns hold UTC without a zone) and become Dates here.
  const iso = (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  const [row] = await tx.$queryRaw<Row[]>`
    SELECT
      (SELECT coalesce(json_agg(json_build_object('id', e.id, 'url', e.url, 'stance', e.stance) ORDER BY e.id), '[]')
         FROM "Evidence" e WHERE e."claimId" = ${claimId} AND e."removedAt" IS NULL) AS sources,
      (SELECT coalesce(json_agg(json_build_object('toStatus', h."toStatus", 'actorId', h."actorId") ORDER BY h.seq), '[]')
         FROM "StatusChange" h WHERE h."claimId" = ${claimId} AND h.kind = 'VERDICT') AS verdicts,
      (SELECT json_build_object('seq', h.seq, 'hash', h.hash)
         FROM "StatusChange" h WHERE h."claimId" = ${claimId} ORDER BY h.seq DESC LIMIT 1) AS head,
      (SELECT coalesce(json_agg(json_build_object('id', s.id, 'claimId', s."claimId", 'reviewerId', s."reviewerId",
           'assignedById', s."assignedById", 'dueAt', ${iso(Prisma.sql`s."dueAt"`)}, 'note', s.note, 'state', s.state,
           'closedAt', ${iso(Prisma.sql`s."closedAt"`)}, 'createdAt', ${iso(Prisma.sql`s."createdAt"`)}) ORDER BY s."createdAt", s.id), '[]')
         FROM "Assignment" s WHERE s."claimId" = ${claimId}) AS assignments`;
  const date = (value: string | null) => (value === null ? null : new Date(value));
  return {
    sources: row.sources,
    verdicts: row.verdicts,
    head: row.head,
    assignments: row.assignments.map((a) => ({ ...a, dueAt: date(a.dueAt), closedAt: date(a.closedAt), createdAt: new Date(a.createdAt) })),
  };
}

async function changeStatus(
  actor: Actor,
  { tx, claim, facts, version, audit }: ClaimWriteContext,
  to: ClaimStatus,
  rationale: string,
  rows: Awaited<ReturnType<typeof readClaimRows>>,
  label: { id: string; name: string } | null,
) {
  const problem = transitionProblem(actor, claim.status, to, facts);
  if (problem) {
    if (transitionOf(claim.status, to) === null) throw new AppError("CONFLICT", problem);
    throw forbidden(problem);
  }
  // Whose verdict this replaces or takes back: they hear of it (lib/notifications).
  // Verdict rows only: an approval or a publication is nobody's verdict.
  const history = rows.verdicts;
  const statusChange = await appendStatusChange(
    tx,
    {
      claimId: claim.id,
      kind: "VERDICT",
      fromStatus: claim.status,
      toStatus: to,
      actorId: actor.id,
      rationale,
      citedEvidence: rows.sources,
      ratingLabel: label?.name ?? null,
    },
    rows.head,
  );
  // Every new verdict waits for a second person (lib/signoff); taking it back leaves nothing to sign off.
  // The rating label is the verdict's (none for a reopen).
  await tx.claim.updateMany({
    where: { id: claim.id },
    data: { status: to, signoff: to === "PENDING" ? "NONE" : "AWAITING", ratingLabelId: label?.id ?? null },
  });
  const transition = to === "PENDING" ? "reopen" : "verdict";
  const assignment = await settleAssignment({ tx, actorId: actor.id }, claim.id, assignmentEffect(transition), rows.assignments);
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
    const assignerIds = rows.assignments.map((row) => row.assignedById);
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
  /** The claim's assignments, when the caller already read them under the lock (readClaimRows). */
  assignments?: ClaimAssignment[],
): Promise<"completed" | "reopened" | null> {
  const open = assignments
    ? assignments.filter((row) => row.state === "OPEN")
    : await tx.assignment.findMany({ where: { claimId, state: "OPEN" }, select: assignmentRowSelect });
  if (effect === "reopen" && open.length) return null;
  const targets =
    effect === "complete"
      ? open
      : assignments
        ? lastCompleted(assignments)
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

/** The completed assignment a reopen reopens: latest closed, then latest created (PostgreSQL's DESC: no close time first). */
function lastCompleted(assignments: ClaimAssignment[]): ClaimAssignment[] {
  const time = (date: Date | null) => (date === null ? Infinity : date.getTime());
  const completed = assignments
    .filter((row) => row.state === "COMPLETED")
    .sort((a, b) => time(b.closedAt) - time(a.closedAt) || b.createdAt.getTime() - a.createdAt.getTime());
  return completed.slice(0, 1);
}
