// Claims by status as CSS bars; every bar carries its number, and the list reads as text.
import { useTranslations } from "next-intl";
import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/workflow/states";
import { STATUS_SYMBOLS, barClass } from "./status-cue";

export function StatusChart({ counts }: { counts: Record<ClaimStatus, number> }) {
  const t = useTranslations();
  const total = CLAIM_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  return (
    <figure className="status-chart">
      <figcaption>{t("statusChart.caption", { total })}</figcaption>
      <dl>
        {CLAIM_STATUSES.map((status) => {
          const share = total ? Math.round((counts[status] / total) * 100) : 0;
          return (
            <div key={status} className="status-chart-row" data-testid={`chart-${status}`}>
              <dt title={t(`statusCue.descriptions.${status}`)}>
                <span aria-hidden="true">{STATUS_SYMBOLS[status]}</span> {t(`statuses.${status}`)}
              </dt>
              <dd>
                <span className={`bar ${barClass(status)}`} style={{ width: `${share}%` }} aria-hidden="true" />
                <span className="bar-value">
                  {counts[status]} ({share}%)
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
    </figure>
  );
}
