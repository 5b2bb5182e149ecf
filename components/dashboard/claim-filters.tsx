// A plain GET form: filters live in the URL, so a filtered dashboard can be bookmarked and shared.
import Link from "next/link";
import type { ClaimTableFilters } from "@/lib/dashboard/schema";
import { CLAIM_STATUSES, STATUS_LABELS } from "@/lib/workflow/states";

const flagValue = (value: boolean | undefined) => (value === undefined ? "" : value ? "1" : "0");

export function ClaimFilters(props: {
  action: string;
  filters: ClaimTableFilters;
  /** Who holds open assignments here; `active` false for a deactivated account. */
  assignees: { id: string; name: string; active: boolean }[];
}) {
  const { action, filters, assignees } = props;
  return (
    <form method="get" action={action} className="filter-bar" aria-label="Filter claims">
      <div className="field">
        <label htmlFor="f-status">Status</label>
        <select id="f-status" name="status" defaultValue={filters.status ?? ""}>
          <option value="">Any</option>
          {CLAIM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-assignee">Assignee</label>
        <select id="f-assignee" name="assignee" defaultValue={filters.assignee ?? ""}>
          <option value="">Anyone</option>
          <option value="none">Unassigned</option>
          {assignees.map((reviewer) => (
            <option key={reviewer.id} value={reviewer.id}>
              {reviewer.active ? reviewer.name : `${reviewer.name} (deactivated)`}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-evidence">Sources</label>
        <select id="f-evidence" name="evidence" defaultValue={flagValue(filters.evidence)}>
          <option value="">Any</option>
          <option value="1">Has sources</option>
          <option value="0">No sources</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-overdue">Due</label>
        <select id="f-overdue" name="overdue" defaultValue={flagValue(filters.overdue)}>
          <option value="">Any</option>
          <option value="1">Overdue</option>
          <option value="0">Not overdue</option>
        </select>
      </div>
      <button type="submit">Apply filters</button>
      <Link href={action}>Clear</Link>
    </form>
  );
}
