// Status shown with a colour AND a symbol and word, so it never relies on colour alone. Order comes
// from lib/workflow/states, words from the message catalogs; this file adds the symbol and the look.
import { useTranslations } from "next-intl";
import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/workflow/states";
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
  const t = useTranslations();
  return (
    <span
      className={`status-cue cue-${status}${status === "PENDING" ? ` ${styles.pendingCue}` : ""}`}
      title={t(`statusCue.descriptions.${status}`)}
    >
      <span aria-hidden="true">{STATUS_SYMBOLS[status]}</span> {t(`statuses.${status}`)}
    </span>
  );
}

export function StatusLegend() {
  const t = useTranslations();
  return (
    <ul className="status-legend" aria-label={t("statusCue.legend")}>
      {CLAIM_STATUSES.map((status) => (
        <li key={status} title={t(`statusCue.descriptions.${status}`)}>
          <mark className={highlightClass(status)}>
            <span aria-hidden="true">{STATUS_SYMBOLS[status]}</span>
          </mark>{" "}
          {t(`statuses.${status}`)}
        </li>
      ))}
    </ul>
  );
}
