// The articles list's search, filters and sort as a GET form: the URL holds them.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { revealBidiControls } from "@/lib/i18n/bidi-controls";
import { ARTICLE_SORTS, type ArticleListFilters } from "@/lib/dashboard/schema";
import { CLAIM_STATUSES } from "@/lib/workflow/states";

export function ArticleFilters({
  filters,
  reviewers,
}: {
  filters: ArticleListFilters;
  reviewers: { id: string; name: string }[] | null;
}) {
  const t = useTranslations("articlesList");
  const statuses = useTranslations("statuses");
  return (
    <form method="get" action="/articles" className="filter-bar" role="search" aria-label={t("formLabel")}>
      <div className="field grow">
        <label htmlFor="a-q">{t("searchLabel")}</label>
        <input
          id="a-q"
          name="q"
          type="search"
          dir="auto"
          defaultValue={filters.q ?? ""}
          placeholder={t("searchPlaceholder")}
        />
      </div>
      <div className="field">
        <label htmlFor="a-status">{t("statusLabel")}</label>
        <select id="a-status" name="status" defaultValue={filters.status ?? ""}>
          <option value="">{t("anyStatus")}</option>
          {CLAIM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {statuses(status)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="a-state">{t("reviewLabel")}</label>
        <select id="a-state" name="state" defaultValue={filters.state ?? ""}>
          <option value="">{t("openOrFinalized")}</option>
          <option value="open">{t("open")}</option>
          <option value="finalized">{t("finalized")}</option>
        </select>
      </div>
      {reviewers ? (
        <div className="field">
          <label htmlFor="a-reviewer">{t("reviewerLabel")}</label>
          <select id="a-reviewer" name="reviewer" defaultValue={filters.reviewer ?? ""}>
            <option value="">{t("anyone")}</option>
            {reviewers.map((reviewer) => (
              // An option holds plain text only: its own direction, controls shown as markers.
              <option key={reviewer.id} value={reviewer.id} dir="auto">
                {revealBidiControls(reviewer.name)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="a-from">{t("importedFrom")}</label>
        <input id="a-from" name="from" type="date" defaultValue={filters.from ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="a-to">{t("importedTo")}</label>
        <input id="a-to" name="to" type="date" defaultValue={filters.to ?? ""} />
      </div>
      <div className="field checkbox">
        <label htmlFor="a-overdue">
          <input id="a-overdue" name="overdue" type="checkbox" value="1" defaultChecked={filters.overdue === true} />{" "}
          {t("overdueOnly")}
        </label>
      </div>
      <div className="field">
        <label htmlFor="a-sort">{t("sortLabel")}</label>
        <select id="a-sort" name="sort" defaultValue={filters.sort}>
          {ARTICLE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sorts.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t("apply")}</button>
      <Link href="/articles">{t("clear")}</Link>
    </form>
  );
}
