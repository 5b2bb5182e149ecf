// The articles list's page links: Previous/Next keep the filters and sort (they live in the URL).
// Previous comes first in the reading order, so it sits on the right in a right-to-left page.
import Link from "next/link";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("pager");
  const first = (page - 1) * pageSize + 1;
  // Past the last page (an old link after deletions or tighter filters): point back to the last one.
  const previous = Math.min(page - 1, pageCount);
  return (
    <nav aria-label={t("label")} className="pager">
      <p>
        {shown > 0
          ? t("showing", { first, last: first + shown - 1, total })
          : t("emptyPage", { page, total, pages: pageCount })}
      </p>
      {previous >= 1 ? (
        <Link href={articleListHref(filters, previous)} rel="prev">
          {t("previous")}
        </Link>
      ) : null}
      {page < pageCount ? (
        <Link href={articleListHref(filters, page + 1)} rel="next">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
