// Claim statuses, source stances and assignment states with the words people see, built on the
// Prisma enums so the database, the server and the browser share one list. Browser-safe: it
// imports only the generated enum constants, never the client.
import {
  AssignmentCloseReason as CloseReasonEnum,
  AssignmentState as AssignmentStateEnum,
  ClaimStatus as ClaimStatusEnum,
  Stance as StanceEnum,
} from "@/lib/db/generated/prisma/enums";

export type ClaimStatus = ClaimStatusEnum;
export type Verdict = Exclude<ClaimStatus, "PENDING">;
export type Stance = StanceEnum;
export type AssignmentState = AssignmentStateEnum;
export type AssignmentCloseReason = CloseReasonEnum;

/** Every status, in the order screens and reports list them: not yet reviewed first. */
export const CLAIM_STATUSES = [
  ClaimStatusEnum.PENDING,
  ClaimStatusEnum.CORROBORATED,
  ClaimStatusEnum.DISPUTED,
  ClaimStatusEnum.UNVERIFIED,
] as const satisfies readonly ClaimStatus[];

/** The three decisions a reviewer records with a rationale. Any of them completes the review. */
export const VERDICTS = [
  ClaimStatusEnum.CORROBORATED,
  ClaimStatusEnum.DISPUTED,
  ClaimStatusEnum.UNVERIFIED,
] as const satisfies readonly Verdict[];

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  PENDING: "Not yet reviewed",
  CORROBORATED: "Corroborated",
  DISPUTED: "Disputed",
  UNVERIFIED: "Unverified",
};

export const STATUS_DESCRIPTIONS: Record<ClaimStatus, string> = {
  PENDING: "No reviewer has recorded a verdict yet.",
  CORROBORATED: "Checked: the evidence supports it.",
  DISPUTED: "Checked: the evidence refutes it.",
  UNVERIFIED: "Checked: the available evidence neither confirms nor refutes it.",
};

export function isVerdict(status: ClaimStatus | string): status is Verdict {
  return (VERDICTS as readonly string[]).includes(status);
}

/**
 * How a StatusChange row's starting status reads. Before the upgrade that added PENDING, every
 * claim started as UNVERIFIED, so the first row of an old chain says UNVERIFIED where it meant
 * "not yet reviewed". The first row always starts from the initial state, so seq 1 reads as
 * PENDING whatever it stores (the stored value, which the hash covers, is never changed).
 */
export function fromStatusAsRead(change: { seq: number; fromStatus: ClaimStatus }): ClaimStatus {
  return change.seq === 1 ? "PENDING" : change.fromStatus;
}

export const STANCES = [
  StanceEnum.SUPPORTS,
  StanceEnum.REFUTES,
  StanceEnum.CONTEXT,
] as const satisfies readonly Stance[];
export const STANCE_LABELS: Record<Stance, string> = { SUPPORTS: "Supports", REFUTES: "Refutes", CONTEXT: "Context" };

export const ASSIGNMENT_STATE_LABELS: Record<AssignmentState, string> = {
  OPEN: "Open",
  COMPLETED: "Done",
  CANCELLED: "Cancelled",
};

/** Assignments that give a reviewer the right to work on a claim: open or done, not cancelled. */
export const ACTIVE_ASSIGNMENT_STATES = [
  AssignmentStateEnum.OPEN,
  AssignmentStateEnum.COMPLETED,
] as const satisfies readonly AssignmentState[];

export const CLOSE_REASON_LABELS: Record<AssignmentCloseReason, string> = {
  VERDICT: "verdict recorded",
  UNASSIGNED: "unassigned",
  REASSIGNED: "reassigned",
  CLAIM_DELETED: "claim deleted",
  FINALIZED: "cancelled when the article was finalized",
  REVIEWER_DEACTIVATED: "reviewer deactivated",
};

/** How a claim is named everywhere: "C7". The number is permanent within its article. */
export const claimLabel = (claim: { number: number }) => `C${claim.number}`;
