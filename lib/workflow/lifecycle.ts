// The claim lifecycle: which status changes exist and who may make them. Pure.
//
//   PENDING ──verdict──▶ CORROBORATED | DISPUTED | UNVERIFIED   (reviewer on their assignment,
//      ▲                        │  ▲                             editors, admins; with rationale)
//      └─────────reopen─────────┘  └── verdict again (a re-review may confirm or change it)
//                (editors and admins only, with a reason; reopens the assignment)
import { can, type Actor, type Facts } from "@/lib/auth/permissions";
import { isVerdict, STATUS_LABELS, type ClaimStatus } from "./states";

export type Transition = "verdict" | "reopen";

/** The transition a change from → to is, or null when there is none. */
export function transitionOf(from: ClaimStatus, to: ClaimStatus): Transition | null {
  if (isVerdict(to)) return "verdict";
  if (to === "PENDING" && isVerdict(from)) return "reopen";
  return null;
}

/**
 * null when actor may move a claim from → to, else the reason, written for the person. Facts
 * are the actor's relation to the claim (see lib/access).
 */
export function transitionProblem(actor: Actor, from: ClaimStatus, to: ClaimStatus, facts: Facts): string | null {
  const transition = transitionOf(from, to);
  if (transition === null) {
    return from === "PENDING" && to === "PENDING"
      ? "This claim has not been reviewed yet: there is no verdict to take back."
      : `A claim cannot go from ${STATUS_LABELS[from]} to ${STATUS_LABELS[to]}.`;
  }
  if (transition === "reopen") {
    return can(actor, "claim.reopen", facts) ? null : "Only editors and admins can take a verdict back.";
  }
  return can(actor, "claim.verdict", facts)
    ? null
    : "Only the reviewer assigned to this claim, editors and admins can give a verdict.";
}

/** What a change does to the claim's open assignment. */
export function assignmentEffect(transition: Transition): "complete" | "reopen" {
  return transition === "verdict" ? "complete" : "reopen";
}
