// Pure rules of corrections (see corrections.ts for the write).

/**
 * Why the published verdict changed: the comment or reason of the last send-back or reopen since
 * it was published (or last corrected); else the new verdict's own rationale.
 */
export function correctionReason(verdict: {
  history: { kind: string; toStatus: string; rationale: string }[];
  rationale: string;
}): string {
  for (let index = verdict.history.length - 1; index >= 0; index--) {
    const row = verdict.history[index];
    if (row.kind === "PUBLISHED" || row.kind === "CORRECTION") break;
    if (row.toStatus === "PENDING" && row.rationale.trim()) return row.rationale;
  }
  return verdict.rationale;
}

/** A label's published face: its name and its value on the desk's scale. */
export interface LabelFace {
  name: string;
  ratingValue: number;
}

/** Whether a label change alters what its published claims show (retiring one does not). */
export function labelChangeTouchesPublished(before: LabelFace, after: LabelFace): boolean {
  return before.name !== after.name || before.ratingValue !== after.ratingValue;
}

/** The correction's reason when an admin renames or re-rates a label carried by published claims. */
export function labelCorrectionReason(before: LabelFace, after: LabelFace): string {
  const renamed = before.name !== after.name ? `renamed from "${before.name}" to "${after.name}"` : null;
  const rerated =
    before.ratingValue !== after.ratingValue
      ? `re-rated from ${before.ratingValue} to ${after.ratingValue} on the desk's scale (1 worst, 5 best)`
      : null;
  const subject = renamed ? "Rating label" : `Rating label "${after.name}"`;
  return `${subject} ${[renamed, rerated].filter(Boolean).join(" and ")}.`;
}
