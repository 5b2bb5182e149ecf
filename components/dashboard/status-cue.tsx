// Status shown with a colour AND a symbol and word, so it never relies on colour alone.
export const STATUS_CUES = {
  UNVERIFIED: { symbol: "?", label: "Unverified" },
  CORROBORATED: { symbol: "✓", label: "Corroborated" },
  DISPUTED: { symbol: "✗", label: "Disputed" },
} as const;
export type DashboardStatus = keyof typeof STATUS_CUES;
export const DASHBOARD_STATUSES = Object.keys(STATUS_CUES) as DashboardStatus[];

export function StatusCue({ status }: { status: DashboardStatus }) {
  const cue = STATUS_CUES[status];
  return (
    <span className={`status-cue cue-${status}`}>
      <span aria-hidden="true">{cue.symbol}</span> {cue.label}
    </span>
  );
}

export function StatusLegend() {
  return (
    <ul className="status-legend" aria-label="Legend">
      {DASHBOARD_STATUSES.map((status) => (
        <li key={status}>
          <mark className={`dash-claim hl-${status}`}>
            <span aria-hidden="true">{STATUS_CUES[status].symbol}</span>
          </mark>{" "}
          {STATUS_CUES[status].label}
        </li>
      ))}
    </ul>
  );
}
