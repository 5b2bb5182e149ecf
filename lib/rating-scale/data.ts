// Reads of the desk's rating scale: the labels (everyone signed in reads them: reviewers choose
// one), the label a verdict is given under, and which claims carry a label.
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db, type DbTransaction } from "@/lib/db/client";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";
import type { Verdict } from "@/lib/workflow/states";
import { labelVerdictProblem } from "./scale";

export function requireScaleManager(actor: Actor) {
  if (!can(actor, "ratingScale.manage")) throw forbidden("Only admins manage the rating scale.");
}

export const ratingLabelSelect = {
  id: true,
  name: true,
  description: true,
  color: true,
  position: true,
  verdict: true,
  ratingValue: true,
  retiredAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

type LabelRow = {
  id: string;
  name: string;
  description: string;
  color: string;
  position: number;
  verdict: string;
  ratingValue: number;
  retiredAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export interface RatingLabelView extends Omit<LabelRow, "verdict"> {
  verdict: Verdict;
  /** Claims (deleted ones too) that carry the label: shown to admins only. */
  claimsCarrying?: number;
}

const view = (row: LabelRow): RatingLabelView => ({ ...row, verdict: row.verdict as Verdict });

/**
 * The scale in its order. Everyone signed in reads it; admins also see how many claims carry each
 * label (what decides whether it can still be deleted). `activeOnly` leaves retired labels out.
 */
export async function listRatingLabels(
  actor: Actor,
  { activeOnly = false, withUsage = true } = {},
): Promise<RatingLabelView[]> {
  const rows = await db.ratingLabel.findMany({
    where: activeOnly ? { retiredAt: null } : {},
    select: ratingLabelSelect,
    orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  if (!withUsage || !can(actor, "ratingScale.manage")) return rows.map(view);
  const counts = await db.claim.groupBy({
    by: ["ratingLabelId"],
    where: { ratingLabelId: { in: rows.map((row) => row.id) } },
    _count: { _all: true },
  });
  const countOf = new Map(counts.map((row) => [row.ratingLabelId, row._count._all]));
  return rows.map((row) => ({ ...view(row), claimsCarrying: countOf.get(row.id) ?? 0 }));
}

export async function getRatingLabel(actor: Actor, id: unknown): Promise<RatingLabelView> {
  const labelId = assertId(id);
  const row = await db.ratingLabel.findUnique({ where: { id: labelId }, select: ratingLabelSelect });
  if (!row) throw notFound("The rating label");
  if (!can(actor, "ratingScale.manage")) return view(row);
  return { ...view(row), claimsCarrying: await db.claim.count({ where: { ratingLabelId: labelId } }) };
}

/** Whether the desk has a scale of its own (any active label); without one, verdicts are the scale. */
export async function hasRatingScale(): Promise<boolean> {
  return (await db.ratingLabel.count({ where: { retiredAt: null } })) > 0;
}

/**
 * The label a verdict is given under, checked inside the verdict's transaction: it must exist, be
 * active and stand for the verdict given (else 400 on `ratingLabelId`). The row is locked for
 * share, so a retire or delete waits for the verdict (and then sees it).
 */
export async function ratingLabelForVerdict(tx: DbTransaction, labelId: string | undefined, status: Verdict) {
  if (!labelId) return null;
  const [row] = await tx.$queryRaw<{ id: string; name: string; verdict: Verdict; ratingValue: number; retiredAt: Date | null }[]>`
    SELECT id, name, verdict::text AS verdict, "ratingValue", "retiredAt" FROM "RatingLabel" WHERE id = ${labelId} FOR SHARE`;
  const problem = row ? labelVerdictProblem(row, status) : "That rating label does not exist: choose one of the scale's labels.";
  if (problem) throw new AppError("VALIDATION_FAILED", problem, { fields: { ratingLabelId: [problem] } });
  return row;
}

export interface ClaimCarryingLabel {
  id: string;
  articleId: string;
  number: number;
  status: string;
  deletedAt: Date | null;
}

/**
 * The claims that carry a label as their current rating (deleted ones too), in article and number
 * order. A change to a label (renamed, recoloured, re-rated, retired) changes what these claims
 * show; for those already published it is a correction (docs/rating-scale.md). Pass the
 * transaction of the change to see the claims as that change does.
 */
export async function claimsCarryingLabel(labelId: string, client: DbTransaction | typeof db = db): Promise<ClaimCarryingLabel[]> {
  return client.claim.findMany({
    where: { ratingLabelId: assertId(labelId) },
    select: { id: true, articleId: true, number: true, status: true, deletedAt: true },
    orderBy: [{ articleId: "asc" }, { number: "asc" }],
  });
}

/** The labels the given claims carry, by id: one query for any number of claims (reports). */
export async function ratingLabelsOf(claims: { ratingLabelId: string | null }[]) {
  const ids = [...new Set(claims.flatMap((claim) => (claim.ratingLabelId ? [claim.ratingLabelId] : [])))];
  const rows = ids.length
    ? await db.ratingLabel.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, color: true, verdict: true, ratingValue: true, retiredAt: true },
      })
    : [];
  return new Map(rows.map((row) => [row.id, { ...row, verdict: row.verdict as Verdict }]));
}

/**
 * What the claim page needs of the scale: the active labels a verdict can be given under, and the
 * label the claim carries now. Call it after the page's access check on the claim.
 */
export async function ratingScaleForClaim(actor: Actor, claimId: string) {
  const [labels, claim] = await Promise.all([
    listRatingLabels(actor, { activeOnly: true, withUsage: false }),
    db.claim.findUnique({
      where: { id: assertId(claimId) },
      select: { ratingLabel: { select: { id: true, name: true, color: true } } },
    }),
  ]);
  return {
    labels: labels.map(({ id, name, description, color, verdict }) => ({ id, name, description, color, verdict })),
    current: claim?.ratingLabel ?? null,
  };
}
