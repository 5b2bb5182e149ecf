"use server";
// Curation actions of the article page. Each asks for "claim.curate" here and again in lib/.
import { revalidatePath } from "next/cache";
import { setArticleLanguage } from "@/lib/articles/set-language";
import { addClaim, rerunExtraction } from "@/lib/claims/additions";
import { listCandidates, promoteCandidate } from "@/lib/claims/candidates";
import { deleteClaim, editClaimWording, mergeClaims, splitClaim } from "@/lib/claims/mutations";
import { guardedAction, runAction } from "@/lib/http/action";
import { getCurationPreview } from "@/lib/review/curation-preview";
import { requirePermission } from "@/lib/http/session";
import type { Actor } from "@/lib/auth/permissions";

async function curate<T>(work: (actor: Actor) => Promise<T>) {
  const actor = await requirePermission("claim.curate");
  return runAction(async () => {
    const result = await work(actor);
    revalidatePath("/articles/[id]", "page");
    return result;
  });
}

export const editClaimAction = guardedAction(async function editClaimAction(claimId: string, input: unknown) {
  return curate((actor) => editClaimWording(actor, claimId, input));
});

export const splitClaimAction = guardedAction(async function splitClaimAction(claimId: string, input: unknown) {
  return curate((actor) => splitClaim(actor, claimId, input));
});

export const mergeClaimsAction = guardedAction(async function mergeClaimsAction(claimId: string, input: unknown) {
  return curate((actor) => mergeClaims(actor, claimId, input));
});

export const deleteClaimAction = guardedAction(async function deleteClaimAction(claimId: string, input: unknown) {
  return curate((actor) => deleteClaim(actor, claimId, input));
});

export const addClaimAction = guardedAction(async function addClaimAction(articleId: string, input: unknown) {
  return curate((actor) => addClaim(actor, articleId, input));
});

/** The language (and so the direction) of the article's text: curation, allowed on a finalized article too. */
export const setArticleLanguageAction = guardedAction(async function setArticleLanguageAction(
  articleId: string,
  input: unknown,
) {
  return curate((actor) => setArticleLanguage(actor, articleId, input));
});

export const rerunExtractionAction = guardedAction(async function rerunExtractionAction(articleId: string) {
  return curate((actor) => rerunExtraction(actor, articleId));
});

/** Read-only, but an action: the list is worked out when the editor opens it, not on every page view. */
export const listCandidatesAction = guardedAction(async function listCandidatesAction(articleId: string) {
  const actor = await requirePermission("claim.curate");
  return runAction(() => listCandidates(actor, articleId));
});

export const promoteCandidateAction = guardedAction(async function promoteCandidateAction(
  articleId: string,
  input: unknown,
) {
  return curate((actor) => promoteCandidate(actor, articleId, input));
});

/**
 * Read-only, but an action: the wording, quotes and gap behind a claim card's edit, split or merge
 * form, asked for when the editor opens it (the page sends the cards only ids and versions).
 */
export const curationPreviewAction = guardedAction(async function curationPreviewAction(
  claimId: string,
  input: unknown,
) {
  const actor = await requirePermission("claim.curate");
  return runAction(() => getCurationPreview(actor, claimId, input));
});
