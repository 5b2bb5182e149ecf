// Claims by status as CSS bars; every bar carries its number, and the list reads as text.
import { DASHBOARD_STATUSES, STATUS_CUES, type DashboardStatus } from "./status-cue";

export function StatusChart({ counts }: { counts: Record<DashboardStatus, number> }) {
  const total = DASHBOARD_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  return (
    <figure className="status-chart">
      <figcaption>Claims by status ({total} in all)</figcaption>
      <dl>
        {DASHBOARD_STATUSES.map((status) => {
          const share = total ? Math.round((counts[status] / total) * 100) : 0;
          return (
            <div key={status} className="status-chart-row" data-testid={`chart-${status}`}>
              <dt>
                <span aria-hidden="true">{STATUS_CUES[status].symbol}</span> {STATUS_CUES[status].label}
              </dt>
              <dd>
                <span className={`bar hl-${status}`} style={{ width: `${share}%` }} aria-hidden="true" />
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
