// Claims by status as CSS bars; every bar carries its number, and the list reads as text.
import { CLAIM_STATUSES, STATUS_DESCRIPTIONS, STATUS_LABELS, type ClaimStatus } from "@/lib/workflow/states";
import { STATUS_SYMBOLS, barClass } from "./status-cue";

export function StatusChart({ counts }: { counts: Record<ClaimStatus, number> }) {
  const total = CLAIM_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  return (
    <figure className="status-chart">
      <figcaption>Claims by status ({total} in all)</figcaption>
      <dl>
        {CLAIM_STATUSES.map((status) => {
          const share = total ? Math.round((counts[status] / total) * 100) : 0;
          return (
            <div key={status} className="status-chart-row" data-testid={`chart-${status}`}>
              <dt title={STATUS_DESCRIPTIONS[status]}>
                <span aria-hidden="true">{STATUS_SYMBOLS[status]}</span> {STATUS_LABELS[status]}
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
