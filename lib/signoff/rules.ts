// Who may sign off a verdict. Pure: the caller passes the claim's status, its sign-off state and
// who set the verdict in force. The one rule that no role lifts: nobody approves their own verdict.
import { can, type Actor } from "@/lib/auth/permissions";
import { isVerdict, type ClaimStatus } from "@/lib/workflow/states";

export type SignoffState = "NONE" | "AWAITING" | "APPROVED";

export interface SignoffTarget {
  status: ClaimStatus;
  signoff: SignoffState;
  /** Who set the verdict in force (the last VERDICT row); null when there is none. */
  verdictAuthorId: string | null;
}

export interface SignoffProblem {
  /** FORBIDDEN: this person may not; CONFLICT: the claim is not in a state to sign off. */
  code: "FORBIDDEN" | "CONFLICT";
  message: string;
}

export const OWN_VERDICT_MESSAGE =
  "You set this verdict: another editor must approve it. Nobody signs off their own verdict, whatever their role.";
export const NOT_AWAITING_MESSAGE = "This claim has no verdict awaiting sign-off.";
const NOT_AN_EDITOR_MESSAGE = "Only editors and admins sign off verdicts.";

function awaitingProblem(target: SignoffTarget): SignoffProblem | null {
  if (!isVerdict(target.status) || target.signoff !== "AWAITING")
    return { code: "CONFLICT", message: NOT_AWAITING_MESSAGE };
  return null;
}

/** null when actor may approve the verdict in force, else why not. */
export function approvalProblem(actor: Actor, target: SignoffTarget): SignoffProblem | null {
  // First, so that whoever set the verdict (a reviewer included) is told the rule that applies to them.
  if (target.verdictAuthorId === actor.id) return { code: "FORBIDDEN", message: OWN_VERDICT_MESSAGE };
  if (!can(actor, "claim.signoff")) return { code: "FORBIDDEN", message: NOT_AN_EDITOR_MESSAGE };
  return awaitingProblem(target);
}

/**
 * null when actor may send the verdict back to its reviewer. Sending back one's own verdict is
 * allowed: it approves nothing (it is what taking a verdict back does, with a comment).
 */
export function sendBackProblem(actor: Actor, target: SignoffTarget): SignoffProblem | null {
  if (!can(actor, "claim.signoff")) return { code: "FORBIDDEN", message: NOT_AN_EDITOR_MESSAGE };
  return awaitingProblem(target);
}

/** The author of the verdict in force: the last VERDICT row's actor, if it set a verdict. */
export function verdictAuthor(rows: { kind: string; toStatus: string; actorId: string }[]): string | null {
  for (let index = rows.length - 1; index >= 0; index--) {
    const row = rows[index];
    if (row.kind !== "VERDICT") continue;
    return row.toStatus === "PENDING" ? null : row.actorId;
  }
  return null;
}
