// Status shown with a colour AND a symbol and word, so it never relies on colour alone. Words and
// order come from lib/workflow/states; this file only adds the symbol and the look.
import { CLAIM_STATUSES, STATUS_DESCRIPTIONS, STATUS_LABELS, type ClaimStatus } from "@/lib/workflow/states";
import styles from "./status-cue.module.css";

export const STATUS_SYMBOLS: Record<ClaimStatus, string> = {
  PENDING: "○",
  CORROBORATED: "✓",
  DISPUTED: "✗",
  UNVERIFIED: "?",
};

/** Classes of a highlighted claim span (`mark.dash-claim`) in this status's colour and pattern. */
export const highlightClass = (status: ClaimStatus) =>
  `dash-claim hl-${status}${status === "PENDING" ? ` ${styles.pendingMark}` : ""}`;

/** Classes of a status chart bar in this status's colour. */
export const barClass = (status: ClaimStatus) => `hl-${status}${status === "PENDING" ? ` ${styles.pendingMark}` : ""}`;

export function StatusCue({ status }: { status: ClaimStatus }) {
  return (
    <span
      className={`status-cue cue-${status}${status === "PENDING" ? ` ${styles.pendingCue}` : ""}`}
      title={STATUS_DESCRIPTIONS[status]}
    >
      <span aria-hidden="true">{STATUS_SYMBOLS[status]}</span> {STATUS_LABELS[status]}
    </span>
  );
}

export function StatusLegend() {
  return (
    <ul className="status-legend" aria-label="Legend">
      {CLAIM_STATUSES.map((status) => (
        <li key={status} title={STATUS_DESCRIPTIONS[status]}>
          <mark className={highlightClass(status)}>
            <span aria-hidden="true">{STATUS_SYMBOLS[status]}</span>
          </mark>{" "}
          {STATUS_LABELS[status]}
        </li>
      ))}
    </ul>
  );
}
