"use server";
// The claim page's similar-claim buttons: confirm, dismiss, reuse sources (lib/similar checks
// everything; this only finds the caller and refreshes the page).
import { revalidatePath } from "next/cache";
import { guardedAction, runAction } from "@/lib/http/action";
import { requireUser } from "@/lib/http/session";
import { decideMatch, reuseSources } from "@/lib/similar/mutations";

export const decideSimilarAction = guardedAction(async function decideSimilarAction(
  claimId: string,
  matchId: string,
  decision: unknown,
) {
  const user = await requireUser();
  return runAction(async () => {
    const result = await decideMatch(user, claimId, matchId, { decision });
    revalidatePath(`/claims/${result.claimId}`);
    return { state: result.state };
  });
});

export const reuseSourcesAction = guardedAction(async function reuseSourcesAction(
  claimId: string,
  matchId: string,
  version: unknown,
) {
  const user = await requireUser();
  return runAction(async () => {
    const result = await reuseSources(user, claimId, matchId, { version });
    revalidatePath(`/claims/${result.claim.id}`);
    return { copied: result.evidence.length, version: result.claim.version };
  });
});
