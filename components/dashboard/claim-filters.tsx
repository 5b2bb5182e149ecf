// A plain GET form: filters live in the URL, so a filtered dashboard can be bookmarked and shared.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ClaimTableFilters } from "@/lib/dashboard/schema";
import { revealBidiControls } from "@/lib/i18n/bidi-controls";
import { CLAIM_STATUSES } from "@/lib/workflow/states";

const flagValue = (value: boolean | undefined) => (value === undefined ? "" : value ? "1" : "0");

export function ClaimFilters(props: {
  action: string;
  filters: ClaimTableFilters;
  /** Who holds open assignments here; `active` false for a deactivated account. */
  assignees: { id: string; name: string; active: boolean }[];
}) {
  const { action, filters, assignees } = props;
  const t = useTranslations("claimFilters");
  const statuses = useTranslations("statuses");
  return (
    <form method="get" action={action} className="filter-bar" aria-label={t("formLabel")}>
      <div className="field">
        <label htmlFor="f-status">{t("status")}</label>
        <select id="f-status" name="status" defaultValue={filters.status ?? ""}>
          <option value="">{t("any")}</option>
          {CLAIM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {statuses(status)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-assignee">{t("assignee")}</label>
        <select id="f-assignee" name="assignee" defaultValue={filters.assignee ?? ""}>
          <option value="">{t("anyone")}</option>
          <option value="none">{t("unassigned")}</option>
          {assignees.map((reviewer) => {
            // An option holds plain text only: its own direction, controls shown as markers.
            const name = revealBidiControls(reviewer.name);
            return (
              <option key={reviewer.id} value={reviewer.id} dir="auto">
                {reviewer.active ? name : t("deactivatedName", { name })}
              </option>
            );
          })}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-evidence">{t("sources")}</label>
        <select id="f-evidence" name="evidence" defaultValue={flagValue(filters.evidence)}>
          <option value="">{t("any")}</option>
          <option value="1">{t("hasSources")}</option>
          <option value="0">{t("noSources")}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-overdue">{t("due")}</label>
        <select id="f-overdue" name="overdue" defaultValue={flagValue(filters.overdue)}>
          <option value="">{t("any")}</option>
          <option value="1">{t("overdue")}</option>
          <option value="0">{t("notOverdue")}</option>
        </select>
      </div>
      <button type="submit">{t("apply")}</button>
      <Link href={action}>{t("clear")}</Link>
    </form>
  );
}
