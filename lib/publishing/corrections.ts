// Corrections: approving a new verdict on a claim that is already published changes what the
// public sees, so it is recorded openly. The approval's transaction appends a CORRECTION row to
// the claim's hash chain, keeps a Correction (what changed, why, who approved it, when), updates
// the public copy (PublishedClaim) and the publication's dateModified.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { ClaimWriteContext } from "@/lib/claims/kernel";
import { appendStatusChange } from "@/lib/history/append";
import type { CitedSource } from "@/lib/history/chain";
import type { ClaimStatus } from "@/lib/workflow/states";
import { correctionReason } from "./corrections-rules";
import { publicSources } from "./sources";

export interface ApprovedVerdict {
  status: ClaimStatus;
  rationale: string;
  ratingLabel: string | null;
  citedEvidence: CitedSource[];
  /** The claim's chain before the approval, oldest first. */
  history: { kind: string; toStatus: string; rationale: string }[];
}

/** null when the claim is not published, or the approved verdict says what the public copy says. */
export async function correctPublishedClaim(context: ClaimWriteContext, actor: Actor, verdict: ApprovedVerdict) {
  const { tx, claim } = context;
  const published = await tx.publishedClaim.findUnique({ where: { claimId: claim.id } });
  if (!published) return null;
  const unchanged =
    published.status === verdict.status &&
    published.rationale === verdict.rationale &&
    (published.ratingLabel ?? null) === verdict.ratingLabel;
  if (unchanged) return null;
  const reason = correctionReason(verdict);
  const statusChange = await appendStatusChange(tx, {
    claimId: claim.id,
    kind: "CORRECTION",
    fromStatus: published.status,
    toStatus: verdict.status,
    actorId: actor.id,
    rationale: reason,
    citedEvidence: verdict.citedEvidence,
    ratingLabel: verdict.ratingLabel,
  });
  const at = statusChange.createdAt;
  const correction = await tx.correction.create({
    data: {
      claimId: claim.id,
      articleId: claim.articleId,
      fromStatus: published.status,
      toStatus: verdict.status,
      fromRatingLabel: published.ratingLabel,
      toRatingLabel: verdict.ratingLabel,
      fromRationale: published.rationale,
      toRationale: verdict.rationale,
      reason,
      approvedById: actor.id,
      statusChangeId: statusChange.id,
      createdAt: at,
    },
  });
  await tx.publishedClaim.update({
    where: { claimId: claim.id },
    data: {
      status: verdict.status,
      rationale: verdict.rationale,
      ratingLabel: verdict.ratingLabel,
      sources: JSON.parse(JSON.stringify(await publicSources(tx, verdict.citedEvidence))),
      modifiedAt: at,
    },
  });
  await tx.articlePublication.update({ where: { articleId: claim.articleId }, data: { modifiedAt: at } });
  await context.audit({
    action: "claim.corrected",
    entityType: "Claim",
    entityId: claim.id,
    before: { status: published.status },
    after: {
      status: verdict.status,
      fromStatus: published.status,
      statusChangeId: statusChange.id,
      seq: statusChange.seq,
      correctionId: correction.id,
    },
  });
  return correction;
}
