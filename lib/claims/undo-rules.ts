// When a split, merge or delete may still be undone: pure rules over the undo ticket and the
// claims as they are now (lib/claims/undo.ts reads both under the article's curation lock). No
// database, no clock: `now` is given. Rules: docs/curation.md ("Undo").

/** How long a split, merge or delete can be undone, in milliseconds (documented: 5 minutes). */
export const UNDO_WINDOW_MS = 5 * 60 * 1000;

export const UNDOABLE_ACTIONS = ["claim.split", "claim.merged", "claim.deleted"] as const;
export type UndoableAction = (typeof UNDOABLE_ACTIONS)[number];

/** A claim as the operation left it: any other version or deleted state means someone acted since. */
export interface ProducedClaim {
  id: string;
  number: number;
  version: number;
  deleted: boolean;
}

/** The same claim as it is now (null: the row is gone). */
export interface CurrentClaim {
  version: number;
  deleted: boolean;
  /** In the review workflow (assignment, source, comment or verdict) since. */
  worked: boolean;
}

export interface UndoTicket {
  actorId: string;
  expiresAt: Date;
  undoneAt: Date | null;
  produced: ProducedClaim[];
}

export interface UndoRefusal {
  code: "FORBIDDEN" | "CONFLICT";
  message: string;
}

const label = (claim: { number: number }) => `C${claim.number}`;

/** Why this ticket cannot be used now by this user, or null when the undo may go ahead. */
export function undoRefusal(
  ticket: UndoTicket,
  actorId: string,
  now: Date,
  current: Map<string, CurrentClaim | null>,
): UndoRefusal | null {
  if (ticket.undoneAt) return { code: "CONFLICT", message: "This change was already undone." };
  if (ticket.actorId !== actorId) {
    return { code: "FORBIDDEN", message: "Only the editor who made this change can undo it." };
  }
  if (now.getTime() > ticket.expiresAt.getTime()) {
    return {
      code: "CONFLICT",
      message: "The time to undo this change (5 minutes) has passed. Make the change by hand instead.",
    };
  }
  for (const claim of ticket.produced) {
    const state = current.get(claim.id);
    if (!state || state.version !== claim.version || state.deleted !== claim.deleted) {
      return {
        code: "CONFLICT",
        message: `${label(claim)} has changed since, so this change can no longer be undone. Reload the page and make the change by hand.`,
      };
    }
    if (state.worked) {
      return {
        code: "CONFLICT",
        message: `${label(claim)} is being reviewed now (assignments, sources or comments), so this change can no longer be undone.`,
      };
    }
  }
  return null;
}

interface NumberedSpan {
  id: string;
  number: number;
  start: number;
  end: number;
}

/**
 * A claim brought back (a deleted or merged-away one) may not overlap a live claim added since:
 * the refusal names the claim in the way, or null.
 */
export function restoreOverlapRefusal(restored: NumberedSpan[], live: NumberedSpan[]): UndoRefusal | null {
  for (const claim of restored) {
    const clash = live.find((other) => other.id !== claim.id && other.start < claim.end && claim.start < other.end);
    if (clash) {
      return {
        code: "CONFLICT",
        message: `The text of ${label(claim)} is now part of ${label(clash)}, so this change can no longer be undone.`,
      };
    }
  }
  return null;
}

export const undoExpiry = (madeAt: Date) => new Date(madeAt.getTime() + UNDO_WINDOW_MS);
