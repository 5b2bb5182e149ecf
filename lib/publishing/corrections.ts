// Corrections: approving a new verdict on a claim that is already published changes what the
// public sees, so it is recorded openly. The approval's transaction appends a CORRECTION row to
// the claim's hash chain, keeps a Correction (what changed, why, who approved it, when), updates
// the public copy (PublishedClaim) and the publication's dateModified. An admin renaming or
// re-rating a label that published claims carry changes what the public sees too: the same
// record, approved by that admin (correctPublishedLabel).
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { lockClaims, type ClaimWriteContext } from "@/lib/claims/kernel";
import type { DbTransaction } from "@/lib/db/client";
import { appendStatusChange } from "@/lib/history/append";
import { parseCitedEvidence, type CitedSource } from "@/lib/history/chain";
import type { ClaimStatus } from "@/lib/workflow/states";
import { correctionReason, labelChangeTouchesPublished, labelCorrectionReason, type LabelFace } from "./corrections-rules";
import { publicSources } from "./sources";

export interface ApprovedVerdict {
  status: ClaimStatus;
  rationale: string;
  ratingLabel: string | null;
  citedEvidence: CitedSource[];
  /** The claim's chain before the approval, oldest first. */
  history: { kind: string; toStatus: string; rationale: string }[];
}

export interface PublicRating {
  ratingLabel: string | null;
  /** On the desk's scale (1..5); null: rated on the default scale. */
  ratingValue: number | null;
}

/**
 * What the public copy of a verdict shows of its label: the label the claim carries (its current
 * name and value) when it stands for this verdict, else the name the history recorded, without a
 * value. The label is read FOR SHARE, so a rename or re-rating running at the same time either
 * waits for this write or is seen by it (its correction then finds this copy).
 */
export async function publicRating(tx: DbTransaction, claimId: string, status: ClaimStatus, recordedLabel: string | null): Promise<PublicRating> {
  const [label] = await tx.$queryRaw<{ name: string; verdict: string; ratingValue: number }[]>`
    SELECT l.name, l.verdict::text AS verdict, l."ratingValue"
    FROM "Claim" c JOIN "RatingLabel" l ON l.id = c."ratingLabelId"
    WHERE c.id = ${claimId}
    FOR SHARE OF l`;
  if (label && label.verdict === status) return { ratingLabel: label.name, ratingValue: label.ratingValue };
  return { ratingLabel: recordedLabel, ratingValue: null };
}

/** null when the claim is not published, or the approved verdict says what the public copy says. */
export async function correctPublishedClaim(context: ClaimWriteContext, actor: Actor, verdict: ApprovedVerdict) {
  const { tx, claim } = context;
  const published = await tx.publishedClaim.findUnique({ where: { claimId: claim.id } });
  if (!published) return null;
  const rating = await publicRating(tx, claim.id, verdict.status, verdict.ratingLabel);
  const unchanged =
    published.status === verdict.status &&
    published.rationale === verdict.rationale &&
    (published.ratingLabel ?? null) === rating.ratingLabel &&
    (published.ratingValue ?? null) === rating.ratingValue;
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
    ratingLabel: rating.ratingLabel,
  });
  const at = statusChange.createdAt;
  const correction = await tx.correction.create({
    data: {
      claimId: claim.id,
      articleId: claim.articleId,
      fromStatus: published.status,
      toStatus: verdict.status,
      fromRatingLabel: published.ratingLabel,
      toRatingLabel: rating.ratingLabel,
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
      ratingLabel: rating.ratingLabel,
      ratingValue: rating.ratingValue,
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

/** The label as it was and as it is after an admin's change (lib/rating-scale/mutations.ts). */
export interface LabelChange {
  before: LabelFace & { verdict: string };
  after: LabelFace;
}

// Public copies carry their label by name (names are unique, retired labels included), so the
// copies a label change touches are those showing its former name for its verdict. The claim's
// own current label is not the test: a claim reopened and re-rated under another label still
// shows the old one in public until that verdict is approved.
function copiesShowing(tx: DbTransaction, label: LabelChange["before"]) {
  return tx.publishedClaim.findMany({
    where: { ratingLabel: label.name, status: label.verdict as ClaimStatus },
    orderBy: [{ articleId: "asc" }, { number: "asc" }],
  });
}

/**
 * Locks the claims (and their articles) whose public copies show the label, before the label row
 * itself is updated: the kernel's order is article, claim, then label (a verdict locks its label
 * FOR SHARE after its claim), so taking them in that order here cannot deadlock with a verdict.
 */
export async function lockCopiesShowingLabel(tx: DbTransaction, label: LabelChange["before"]) {
  const copies = await copiesShowing(tx, label);
  if (copies.length) await lockClaims(tx, copies.map((copy) => copy.claimId), { article: "share", claim: "update" });
}

/**
 * Records a correction on every published claim whose public copy shows the label, when its name
 * or value changed: a CORRECTION row in the claim's hash chain, a Correction approved by the admin
 * who made the change, the public copy and the publication's dateModified updated. Retiring or
 * bringing back a label changes nothing published. Runs in the label change's transaction.
 */
export async function correctPublishedLabel(tx: DbTransaction, actor: Actor, change: LabelChange) {
  if (!labelChangeTouchesPublished(change.before, change.after)) return [];
  const copies = await copiesShowing(tx, change.before);
  // Copies published after lockCopiesShowingLabel looked: lock them too (usually none).
  if (copies.length) await lockClaims(tx, copies.map((copy) => copy.claimId), { article: "share", claim: "update" });
  const reason = labelCorrectionReason(change.before, change.after);
  const corrections = [];
  for (const copy of copies) {
    // The verdict and its sources stay what was published: the last PUBLISHED or CORRECTION row's.
    const last = await tx.statusChange.findFirst({
      where: { claimId: copy.claimId, kind: { in: ["PUBLISHED", "CORRECTION"] } },
      orderBy: { seq: "desc" },
      select: { citedEvidence: true },
    });
    const statusChange = await appendStatusChange(tx, {
      claimId: copy.claimId,
      kind: "CORRECTION",
      fromStatus: copy.status,
      toStatus: copy.status,
      actorId: actor.id,
      rationale: reason,
      citedEvidence: parseCitedEvidence(last?.citedEvidence),
      ratingLabel: change.after.name,
    });
    const at = statusChange.createdAt;
    const correction = await tx.correction.create({
      data: {
        claimId: copy.claimId,
        articleId: copy.articleId,
        fromStatus: copy.status,
        toStatus: copy.status,
        fromRatingLabel: copy.ratingLabel,
        toRatingLabel: change.after.name,
        fromRationale: copy.rationale,
        toRationale: copy.rationale,
        reason,
        approvedById: actor.id,
        statusChangeId: statusChange.id,
        createdAt: at,
      },
    });
    await tx.publishedClaim.update({
      where: { claimId: copy.claimId },
      data: { ratingLabel: change.after.name, ratingValue: change.after.ratingValue, modifiedAt: at },
    });
    await tx.articlePublication.update({ where: { articleId: copy.articleId }, data: { modifiedAt: at } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.corrected",
      entityType: "Claim",
      entityId: copy.claimId,
      before: { status: copy.status },
      after: {
        status: copy.status,
        fromStatus: copy.status,
        statusChangeId: statusChange.id,
        seq: statusChange.seq,
        correctionId: correction.id,
      },
    });
    corrections.push(correction);
  }
  return corrections;
}
