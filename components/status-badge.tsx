import { STATUS_LABELS, type ClaimStatus } from "@/lib/workflow/states";

export function StatusBadge({ status }: { status: ClaimStatus }) {
  return <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>;
}
