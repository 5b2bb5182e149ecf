// The articles list's search, filters and sort as a GET form: the URL holds them.
import Link from "next/link";
import { ARTICLE_SORTS, type ArticleListFilters, type ArticleSort } from "@/lib/dashboard/schema";
import { CLAIM_STATUSES, STATUS_LABELS } from "@/lib/workflow/states";

const SORT_LABELS: Record<ArticleSort, string> = {
  "imported-desc": "Newest first",
  "imported-asc": "Oldest first",
  title: "Title",
  progress: "Most progress",
  activity: "Latest activity",
  overdue: "Most overdue",
};

export function ArticleFilters({
  filters,
  reviewers,
}: {
  filters: ArticleListFilters;
  reviewers: { id: string; name: string }[] | null;
}) {
  return (
    <form method="get" action="/articles" className="filter-bar" role="search" aria-label="Search and filter articles">
      <div className="field grow">
        <label htmlFor="a-q">Search titles, claims and sources</label>
        <input
          id="a-q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          placeholder='e.g. Homs evacuated -rumour or "army checkpoints"'
        />
      </div>
      <div className="field">
        <label htmlFor="a-status">Has claims that are</label>
        <select id="a-status" name="status" defaultValue={filters.status ?? ""}>
          <option value="">Any status</option>
          {CLAIM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="a-state">Review</label>
        <select id="a-state" name="state" defaultValue={filters.state ?? ""}>
          <option value="">Open or finalized</option>
          <option value="open">Open</option>
          <option value="finalized">Finalized</option>
        </select>
      </div>
      {reviewers ? (
        <div className="field">
          <label htmlFor="a-reviewer">Reviewer</label>
          <select id="a-reviewer" name="reviewer" defaultValue={filters.reviewer ?? ""}>
            <option value="">Anyone</option>
            {reviewers.map((reviewer) => (
              <option key={reviewer.id} value={reviewer.id}>
                {reviewer.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="a-from">Imported from</label>
        <input id="a-from" name="from" type="date" defaultValue={filters.from ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="a-to">to</label>
        <input id="a-to" name="to" type="date" defaultValue={filters.to ?? ""} />
      </div>
      <div className="field checkbox">
        <label htmlFor="a-overdue">
          <input id="a-overdue" name="overdue" type="checkbox" value="1" defaultChecked={filters.overdue === true} />{" "}
          Overdue only
        </label>
      </div>
      <div className="field">
        <label htmlFor="a-sort">Sort</label>
        <select id="a-sort" name="sort" defaultValue={filters.sort}>
          {ARTICLE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">Apply</button>
      <Link href="/articles">Clear</Link>
    </form>
  );
}
