// Deactivating someone who still holds review work, and moving that work later. Two writes in
// sequence, not one transaction: the deactivation (lib/users/mutations.ts) commits first, so the
// moved assignments are closed as "reviewer deactivated", then reassignOpenAssignments
// (lib/assignments/mutations.ts, its own transaction with the claim locks) moves them. The
// target is checked before anything is written; should the move still fail (a target deactivated
// in between, a claim locked by finalizing), the person stays deactivated, the result says what
// failed, and the admin page offers the move again ("N open assignments — reassign").
import "server-only";
import { reassignOpenAssignments } from "@/lib/assignments/mutations";
import { can, type Actor } from "@/lib/auth/permissions";
import { appErrorFromDatabase } from "@/lib/db/errors";
import { AppError, forbidden, isAppError, notFound } from "@/lib/errors";
import { assertId, idSchema } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { countOpenAssignmentsOf, findUserById, listActiveReviewers } from "./data";
import { updateUser } from "./mutations";
import { deactivateUserSchema, reassignOpenWorkSchema, type OpenWorkChoice } from "./schema";

export interface OpenWorkOutcome {
  /** Open assignments moved to other reviewers. */
  moved: number;
  /** Open assignments the person still holds afterwards (the dashboards flag them). */
  stillOpen: number;
  /** Why moving them failed, when it did (the deactivation itself stands). */
  reassignError?: string;
}

function assertMayManage(actor: Actor) {
  if (!can(actor, "user.manage")) throw forbidden("Only admins manage users.");
}

/**
 * Who takes the assignments: the chosen reviewer, or every other active reviewer. Refuses (as a
 * field error, before anything is written) anyone the policy does not let review.
 */
async function targetReviewers(userId: string, choice: OpenWorkChoice, toReviewerId: string | undefined) {
  if (choice === "leave") return [];
  if (choice === "reassign") {
    const message = "Choose an active reviewer other than this person.";
    const id = idSchema.safeParse(toReviewerId);
    const target = id.success && id.data !== userId ? await findUserById(id.data) : null;
    if (!target || !can(target, "claim.beAssigned")) {
      throw new AppError("VALIDATION_FAILED", message, { fields: { toReviewerId: [message] } });
    }
    return [target.id];
  }
  const reviewers = await listActiveReviewers();
  const ids = reviewers
    .filter((reviewer) => reviewer.id !== userId && can(reviewer, "claim.beAssigned"))
    .map((reviewer) => reviewer.id);
  if (!ids.length) {
    const message = "There is no other active reviewer to spread them over.";
    throw new AppError("VALIDATION_FAILED", message, { fields: { openAssignments: [message] } });
  }
  return ids;
}

/** Moves the person's open assignments; a failure becomes part of the outcome, not an exception. */
async function moveOpenWork(actor: Actor, userId: string, toReviewerIds: string[]): Promise<OpenWorkOutcome> {
  let moved = 0;
  let reassignError: string | undefined;
  if (toReviewerIds.length) {
    try {
      moved = (await reassignOpenAssignments(actor, { fromUserId: userId, toReviewerIds })).moved;
    } catch (error) {
      const known = isAppError(error) ? error : appErrorFromDatabase(error);
      if (!known) console.error("Moving open assignments failed", error);
      reassignError = `Their open assignments were not moved: ${
        known?.message ?? "something went wrong on our side."
      } Try "reassign" again from the users page.`;
    }
  }
  return { moved, stillOpen: await countOpenAssignmentsOf(userId), ...(reassignError ? { reassignError } : {}) };
}

/**
 * Deactivates a user (ending their sessions) and, in the same step, moves their open assignments
 * to one reviewer or spreads them over all other active reviewers, or leaves them for the
 * dashboards to flag. Input: { openAssignments: "reassign" | "spread" | "leave", toReviewerId? }.
 */
export async function deactivateUser(
  actor: Actor,
  userId: string,
  input: unknown,
): Promise<{ user: { id: string; name: string; active: boolean } } & OpenWorkOutcome> {
  assertId(userId, "user");
  assertMayManage(actor);
  const data = parseInput(deactivateUserSchema, input);
  const toReviewerIds = await targetReviewers(userId, data.openAssignments, data.toReviewerId);
  const user = await updateUser(actor, userId, { active: false });
  const outcome = await moveOpenWork(actor, userId, toReviewerIds);
  return { user: { id: user.id, name: user.name, active: user.active }, ...outcome };
}

/**
 * Moves the open assignments of a deactivated user (left with them at deactivation) to one
 * reviewer or over all active reviewers. Errors are thrown as usual: nothing else happened.
 */
export async function reassignOpenWorkOf(actor: Actor, userId: string, input: unknown): Promise<OpenWorkOutcome> {
  assertId(userId, "user");
  assertMayManage(actor);
  const data = parseInput(reassignOpenWorkSchema, input);
  if (!(await findUserById(userId))) throw notFound("The user");
  const toReviewerIds = await targetReviewers(userId, data.openAssignments, data.toReviewerId);
  const { moved } = await reassignOpenAssignments(actor, { fromUserId: userId, toReviewerIds });
  return { moved, stillOpen: await countOpenAssignmentsOf(userId) };
}
