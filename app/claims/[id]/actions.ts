"use server";
import { revalidatePath } from "next/cache";
import { addComment } from "@/lib/comments/mutations";
import { addEvidence, editEvidence, removeEvidence } from "@/lib/evidence/mutations";
import { runAction, type ActionResult } from "@/lib/http/action";
import { isAppError } from "@/lib/errors";
import { requireUser } from "@/lib/http/session";
import { setVerdict } from "@/lib/verdicts/mutations";
import type { ClaimSnapshot } from "@/lib/workflow/conflict";

/** Like ActionResult, but a stale version also carries the claim as it is now (the conflict view). */
export type ReviewActionResult<T = undefined> =
  ActionResult<T> | { ok: false; message: string; conflict: ClaimSnapshot };

/** Runs a change and refreshes the page of the claim it changed (as lib/ reports it, not as the caller says). */
async function reviewAction<T>(work: () => Promise<{ claimId: string; data: T }>): Promise<ReviewActionResult<T>> {
  try {
    const { claimId, data } = await work();
    revalidatePath(`/claims/${claimId}`);
    return { ok: true, data };
  } catch (error) {
    const current =
      isAppError(error) && error.code === "CONFLICT" ? (error.details.current as ClaimSnapshot | undefined) : undefined;
    if (isAppError(error) && current) return { ok: false, message: error.message, conflict: current };
    return runAction<T>(() => Promise.reject(error));
  }
}

// Arguments are whatever the client sent: lib/ validates every id and input.
const claimChange = async (change: Promise<{ claim: { id: string; version: number } }>) => {
  const { claim } = await change;
  return { claimId: claim.id, data: claim };
};

export async function addEvidenceAction(claimId: string, input: unknown) {
  const user = await requireUser();
  return reviewAction(() => claimChange(addEvidence(user, claimId, input)));
}

export async function editEvidenceAction(evidenceId: string, input: unknown) {
  const user = await requireUser();
  return reviewAction(() => claimChange(editEvidence(user, evidenceId, input)));
}

export async function removeEvidenceAction(evidenceId: string, version: number) {
  const user = await requireUser();
  return reviewAction(() => claimChange(removeEvidence(user, evidenceId, { version })));
}

export async function setVerdictAction(claimId: string, input: unknown) {
  const user = await requireUser();
  return reviewAction(() => claimChange(setVerdict(user, claimId, input)));
}

export async function addCommentAction(claimId: string, input: unknown) {
  const user = await requireUser();
  return reviewAction(async () => {
    const comment = await addComment(user, claimId, input);
    return { claimId: comment.claimId, data: undefined };
  });
}
