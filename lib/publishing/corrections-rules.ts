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
