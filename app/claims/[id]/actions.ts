"use server";
import { revalidatePath } from "next/cache";
import { reopenArticle } from "@/lib/articles/finalize";
import { setClaimant } from "@/lib/claims/mutations";
import { addComment, endConsultation } from "@/lib/comments/mutations";
import { addEvidence, editEvidence, removeEvidence } from "@/lib/evidence/mutations";
import { type ActionResult, guardedAction, runAction } from "@/lib/http/action";
import { isAppError, type FieldErrors } from "@/lib/errors";
import { requireUser } from "@/lib/http/session";
import { attachSourceFile, pasteSourceText } from "@/lib/sources/provide";
import { reopenClaim, setVerdict } from "@/lib/verdicts/mutations";
import type { ClaimSnapshot } from "@/lib/workflow/conflict";

/** Like ActionResult, but a stale version also carries the claim as it is now (the conflict view). */
export type ReviewActionResult<T = undefined> =
  ActionResult<T> | { ok: false; message: string; conflict: ClaimSnapshot };

/** A comment refused because some @names match nobody carries those names ("Post anyway"). */
export type CommentActionResult =
  | ActionResult<{ consultedUserIds: string[] }>
  | { ok: false; message: string; fields?: FieldErrors; unknownMentions: string[] };

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

export const addEvidenceAction = guardedAction(async function addEvidenceAction(claimId: string, input: unknown) {
  const user = await requireUser();
  return reviewAction(() => claimChange(addEvidence(user, claimId, input)));
});

export const editEvidenceAction = guardedAction(async function editEvidenceAction(evidenceId: string, input: unknown) {
  const user = await requireUser();
  return reviewAction(() => claimChange(editEvidence(user, evidenceId, input)));
});

export const removeEvidenceAction = guardedAction(async function removeEvidenceAction(
  evidenceId: string,
  version: number,
) {
  const user = await requireUser();
  return reviewAction(() => claimChange(removeEvidence(user, evidenceId, { version })));
});

/** The text of a source that cannot be fetched (a paywall), pasted: `{ text }`. */
export const pasteSourceTextAction = guardedAction(async function pasteSourceTextAction(
  evidenceId: string,
  input: unknown,
) {
  const user = await requireUser();
  return reviewAction(async () => {
    const { claim } = await pasteSourceText(user, evidenceId, input);
    return { claimId: claim.id, data: undefined };
  });
});

/** A file attached to a source (FormData with `file`); its type is told by its content in lib/. */
export const attachSourceFileAction = guardedAction(async function attachSourceFileAction(
  evidenceId: string,
  formData: FormData,
) {
  const user = await requireUser();
  return reviewAction(async () => {
    const file = formData instanceof FormData ? formData.get("file") : null;
    const upload = file instanceof File ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
    const { claim } = await attachSourceFile(user, evidenceId, upload);
    return { claimId: claim.id, data: undefined };
  });
});

export const setVerdictAction = guardedAction(async function setVerdictAction(claimId: string, input: unknown) {
  const user = await requireUser();
  return reviewAction(() => claimChange(setVerdict(user, claimId, input)));
});

/** An editor takes the verdict back ({ reason, version }): the claim is not yet reviewed again. */
export const reopenClaimAction = guardedAction(async function reopenClaimAction(claimId: string, input: unknown) {
  const user = await requireUser();
  return reviewAction(() => claimChange(reopenClaim(user, claimId, input)));
});

/** Who made the claim ({ claimant, version }); editors and admins, also on a finalized article. */
export const setClaimantAction = guardedAction(async function setClaimantAction(claimId: string, input: unknown) {
  const user = await requireUser();
  return reviewAction(async () => {
    const claim = await setClaimant(user, claimId, input);
    return { claimId: claim.id, data: claim };
  });
});

export const addCommentAction = guardedAction(async function addCommentAction(
  claimId: string,
  input: unknown,
): Promise<CommentActionResult> {
  const user = await requireUser();
  try {
    const comment = await addComment(user, claimId, input);
    revalidatePath(`/claims/${comment.claimId}`);
    return { ok: true, data: { consultedUserIds: comment.consultedUserIds } };
  } catch (error) {
    const unknownMentions = isAppError(error) ? error.details.unknownMentions : undefined;
    if (isAppError(error) && Array.isArray(unknownMentions)) {
      return {
        ok: false,
        message: error.message,
        fields: error.details.fields,
        unknownMentions: unknownMentions.filter((name): name is string => typeof name === "string"),
      };
    }
    return runAction<{ consultedUserIds: string[] }>(() => Promise.reject(error));
  }
});

/** An editor ends a consultation: the colleague can no longer open the claim or reply. */
export const endConsultationAction = guardedAction(async function endConsultationAction(consultationId: string) {
  const user = await requireUser();
  return reviewAction(async () => {
    const consultation = await endConsultation(user, consultationId);
    return { claimId: consultation.claimId, data: undefined };
  });
});

/** Reopens a finalized article from one of its claims; every claim page of it shows the change. */
export const reopenArticleAction = guardedAction(async function reopenArticleAction(articleId: string) {
  const user = await requireUser();
  return runAction(async () => {
    const article = await reopenArticle(user, articleId);
    revalidatePath("/claims/[id]", "page");
    revalidatePath(`/articles/${article.id}`, "layout");
    return { restoredAssignments: article.restoredAssignments };
  });
});
