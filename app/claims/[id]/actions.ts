"use server";
import { revalidatePath } from "next/cache";
import { addComment } from "@/lib/comments/mutations";
import { addEvidence, editEvidence, removeEvidence } from "@/lib/evidence/mutations";
import { runAction, type ActionResult } from "@/lib/http/action";
import { isAppError } from "@/lib/errors";
import { requireUser } from "@/lib/http/session";
import { setVerdict } from "@/lib/verdicts/mutations";
import type { ClaimSnapshot } from "@/lib/verdicts/version";

/** Like ActionResult, but a stale version also carries the claim as it is now (the conflict view). */
export type ReviewActionResult<T = undefined> =
  ActionResult<T> | { ok: false; message: string; conflict: ClaimSnapshot };

async function reviewAction<T>(claimId: string, work: () => Promise<T>): Promise<ReviewActionResult<T>> {
  try {
    const data = await work();
    revalidatePath(`/claims/${claimId}`);
    return { ok: true, data };
  } catch (error) {
    const current =
      isAppError(error) && error.code === "CONFLICT" ? (error.details.current as ClaimSnapshot | undefined) : undefined;
    if (isAppError(error) && current) return { ok: false, message: error.message, conflict: current };
    return runAction<T>(() => Promise.reject(error));
  }
}

export async function addEvidenceAction(claimId: string, input: unknown) {
  const user = await requireUser();
  return reviewAction(claimId, async () => (await addEvidence(user, claimId, input)).claim);
}

export async function editEvidenceAction(claimId: string, evidenceId: string, input: unknown) {
  const user = await requireUser();
  return reviewAction(claimId, async () => (await editEvidence(user, evidenceId, input)).claim);
}

export async function removeEvidenceAction(claimId: string, evidenceId: string, version: number) {
  const user = await requireUser();
  return reviewAction(claimId, async () => (await removeEvidence(user, evidenceId, { version })).claim);
}

export async function setVerdictAction(claimId: string, input: unknown) {
  const user = await requireUser();
  return reviewAction(claimId, async () => (await setVerdict(user, claimId, input)).claim);
}

export async function addCommentAction(claimId: string, input: unknown) {
  const user = await requireUser();
  return reviewAction(claimId, async () => {
    await addComment(user, claimId, input);
  });
}
