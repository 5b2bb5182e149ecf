// Writes of the desk's rating scale (admins), each with its audit event in the same transaction.
// A label in use (carried by any claim, deleted ones too) can be renamed, re-described, recoloured,
// re-rated and retired, not deleted, and keeps the verdict it stands for: its claims' verdicts
// were given under that mapping. Each event counts the claims carrying the label, so a change
// that touches published claims can be told apart; a rename or re-rating of a label that published
// claims show is a correction of each, in the same transaction (docs/rating-scale.md).
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import type { DbTransaction } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { AppError, notFound } from "@/lib/errors";
import { correctPublishedLabel, lockCopiesShowingLabel } from "@/lib/publishing/corrections";
import { labelChangeTouchesPublished } from "@/lib/publishing/corrections-rules";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { emitClaimCorrected } from "@/lib/webhooks/emit";
import { ratingLabelSelect, requireScaleManager, type RatingLabelView } from "./data";
import { nameKeyOf } from "./scale";
import { createRatingLabelSchema, reorderRatingLabelsSchema, updateRatingLabelSchema } from "./schema";

// One scale: its writes take this transaction-scoped advisory lock, so positions, the active
// count and name checks never race each other.
const SCALE_LOCK = 1_725_170_417;

async function lockScale(tx: DbTransaction) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SCALE_LOCK})`;
}

type Row = Omit<RatingLabelView, "claimsCarrying">;

const auditView = (
  row: {
    name: string;
    description: string;
    color: string;
    verdict: string;
    ratingValue: number;
    position: number;
    retiredAt: Date | null;
  },
  claimsCarrying?: number,
) => ({
  name: row.name,
  description: row.description,
  color: row.color,
  verdict: row.verdict,
  ratingValue: row.ratingValue,
  position: row.position,
  retired: row.retiredAt !== null,
  ...(claimsCarrying === undefined ? {} : { claimsCarrying }),
});

function nameTaken(name: string): AppError {
  const message = `A rating label named "${name}" already exists (retired labels keep their names).`;
  return new AppError("VALIDATION_FAILED", message, { fields: { name: [message] } });
}

async function assertNameFree(tx: DbTransaction, name: string, exceptId?: string) {
  const clash = await tx.ratingLabel.findUnique({ where: { nameKey: nameKeyOf(name) }, select: { id: true } });
  if (clash && clash.id !== exceptId) throw nameTaken(name);
}

/** Adds a label at the end of the scale. */
export async function createRatingLabel(actor: Actor, input: unknown): Promise<RatingLabelView> {
  requireScaleManager(actor);
  const data = parseInput(createRatingLabelSchema, input);
  return writeTransaction(async (tx) => {
    await lockScale(tx);
    await assertNameFree(tx, data.name);
    const last = await tx.ratingLabel.aggregate({ _max: { position: true } });
    const created = await tx.ratingLabel.create({
      data: { ...data, nameKey: nameKeyOf(data.name), position: (last._max.position ?? 0) + 1 },
      select: ratingLabelSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "rating_label.created",
      entityType: "RatingLabel",
      entityId: created.id,
      after: auditView(created),
    });
    return { ...(created as Row), claimsCarrying: 0 };
  });
}

/** Changes a label's fields, or retires it (`retired: true`) or brings it back (`retired: false`). */
export async function updateRatingLabel(actor: Actor, id: unknown, input: unknown): Promise<RatingLabelView> {
  requireScaleManager(actor);
  const labelId = assertId(id);
  const data = parseInput(updateRatingLabelSchema, input);
  const { view, corrections } = await writeTransaction(async (tx) => {
    await lockScale(tx);
    const before = await tx.ratingLabel.findUnique({ where: { id: labelId }, select: ratingLabelSelect });
    if (!before) throw notFound("The rating label");
    const claimsCarrying = await tx.claim.count({ where: { ratingLabelId: labelId } });
    if (data.verdict !== undefined && data.verdict !== before.verdict && claimsCarrying > 0) {
      throw new AppError(
        "CONFLICT",
        `The rating label "${before.name}" is on ${claimsCarrying} claim(s), whose verdicts were given as ${before.verdict}: it keeps that verdict. Retire it and add a new label instead.`,
        { fields: { verdict: ["A label in use keeps the verdict it stands for."] } },
      );
    }
    if (data.name !== undefined) await assertNameFree(tx, data.name, labelId);
    // A rename or re-rating corrects the published claims showing the label: lock them first.
    const face = { name: data.name ?? before.name, ratingValue: data.ratingValue ?? before.ratingValue };
    if (labelChangeTouchesPublished(before, face)) await lockCopiesShowingLabel(tx, before);
    const { retired, ...fields } = data;
    const updated = await tx.ratingLabel.update({
      where: { id: labelId },
      data: {
        ...fields,
        ...(fields.name !== undefined ? { nameKey: nameKeyOf(fields.name) } : {}),
        ...(retired === true && !before.retiredAt ? { retiredAt: new Date() } : {}),
        ...(retired === false ? { retiredAt: null } : {}),
      },
      select: ratingLabelSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "rating_label.updated",
      entityType: "RatingLabel",
      entityId: labelId,
      before: auditView(before, claimsCarrying),
      after: auditView(updated, claimsCarrying),
    });
    const corrections = await correctPublishedLabel(tx, actor, { before, after: updated });
    return { view: { ...(updated as Row), claimsCarrying }, corrections };
  });
  // Webhooks hear of each correction after the commit (never throws).
  for (const correction of corrections) await emitClaimCorrected(correction.id);
  return view;
}

/** Deletes a label no claim has ever kept (else 409: rename or retire it instead). */
export async function deleteRatingLabel(actor: Actor, id: unknown) {
  requireScaleManager(actor);
  const labelId = assertId(id);
  return writeTransaction(async (tx) => {
    await lockScale(tx);
    // FOR UPDATE waits for verdicts being given under the label (they lock it for share).
    const [locked] = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "RatingLabel" WHERE id = ${labelId} FOR UPDATE`;
    if (!locked) throw notFound("The rating label");
    const before = await tx.ratingLabel.findUniqueOrThrow({ where: { id: labelId }, select: ratingLabelSelect });
    const claimsCarrying = await tx.claim.count({ where: { ratingLabelId: labelId } });
    if (claimsCarrying > 0) {
      throw new AppError(
        "CONFLICT",
        `The rating label "${before.name}" is on ${claimsCarrying} claim(s) and cannot be deleted: rename or retire it instead.`,
      );
    }
    await tx.ratingLabel.delete({ where: { id: labelId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "rating_label.deleted",
      entityType: "RatingLabel",
      entityId: labelId,
      before: auditView(before, 0),
    });
    return { id: labelId, deleted: true as const };
  });
}

/**
 * Reorders the labels named in `ids` among themselves: they take the positions they hold now, in
 * the order given; labels not named keep theirs. Swapping two neighbours sends those two, so a
 * label added meanwhile by someone else never makes the request stale.
 */
export async function reorderRatingLabels(actor: Actor, input: unknown): Promise<{ ids: string[] }> {
  requireScaleManager(actor);
  const { ids } = parseInput(reorderRatingLabelsSchema, input);
  return writeTransaction(async (tx) => {
    await lockScale(tx);
    const rows = await tx.ratingLabel.findMany({
      where: { id: { in: ids } },
      select: { id: true, position: true },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    });
    if (rows.length !== ids.length) {
      const message = "Some of these rating labels do not exist (deleted meanwhile? reload the scale).";
      throw new AppError("VALIDATION_FAILED", message, { fields: { ids: [message] } });
    }
    const slots = rows.map((row) => row.position);
    for (const [index, labelId] of ids.entries()) {
      await tx.ratingLabel.update({ where: { id: labelId }, data: { position: slots[index]! } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "rating_scale.reordered",
      entityType: "RatingScale",
      entityId: "rating-scale",
      before: { ids: rows.map((row) => row.id) },
      after: { ids },
    });
    return { ids };
  });
}
