const LABELS = { UNVERIFIED: "Unverified", CORROBORATED: "Corroborated", DISPUTED: "Disputed" } as const;

export function StatusBadge({ status }: { status: keyof typeof LABELS }) {
  return <span className={`status status-${status}`}>{LABELS[status]}</span>;
}
