// The articles list's page links: Previous/Next keep the filters and sort (they live in the URL).
import Link from "next/link";
import { articleListHref, type ArticleListFilters } from "@/lib/dashboard/schema";

export function Pager({
  filters,
  page,
  pageSize,
  pageCount,
  total,
  shown,
}: {
  filters: ArticleListFilters;
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
  shown: number;
}) {
  const first = (page - 1) * pageSize + 1;
  const noun = total === 1 ? "article" : "articles";
  // Past the last page (an old link after deletions or tighter filters): point back to the last one.
  const previous = Math.min(page - 1, pageCount);
  return (
    <nav aria-label="Pages" className="pager">
      <p>
        {shown > 0
          ? `Showing ${first}–${first + shown - 1} of ${total} ${noun}`
          : `No articles on page ${page}: there ${total === 1 ? "is" : "are"} ${total} ${noun} on ${pageCount} ${pageCount === 1 ? "page" : "pages"}`}
      </p>
      {previous >= 1 ? (
        <Link href={articleListHref(filters, previous)} rel="prev">
          Previous
        </Link>
      ) : null}
      {page < pageCount ? (
        <Link href={articleListHref(filters, page + 1)} rel="next">
          Next
        </Link>
      ) : null}
    </nav>
  );
}
