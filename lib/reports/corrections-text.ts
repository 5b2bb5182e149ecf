// What a correction changed, in words, for the reports that print corrections (the PDF).
// Pure and browser-safe: plain report data in, text out.
import type { ReportPublication } from "./model";
import { STATUS_LABELS } from "./model";

type Correction = ReportPublication["corrections"][number];

/** "Disputed → Unverified; label “Misleading” → “Missing context”; rationale rewritten", or what stayed. */
export function correctionChange(correction: Correction): string {
  const parts: string[] = [];
  if (correction.fromStatus !== correction.toStatus) {
    parts.push(`${STATUS_LABELS[correction.fromStatus]} → ${STATUS_LABELS[correction.toStatus]}`);
  }
  if ((correction.fromRatingLabel ?? null) !== (correction.toRatingLabel ?? null)) {
    const label = (name: string | null) => (name ? `“${name}”` : "none");
    parts.push(`label ${label(correction.fromRatingLabel)} → ${label(correction.toRatingLabel)}`);
  }
  if (correction.fromRationale !== correction.toRationale) parts.push("rationale rewritten");
  // A re-rated label keeps its name: the reason says by how much.
  return parts.length ? parts.join("; ") : `${STATUS_LABELS[correction.toStatus]} (rating value changed)`;
}

/** The corrections of one claim, oldest first. */
export function correctionsOf(publication: ReportPublication | null | undefined, claimId: string) {
  return (publication?.corrections ?? []).filter((correction) => correction.claimId === claimId);
}
