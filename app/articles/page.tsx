import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { FirstSteps } from "@/components/first-steps";
import { ArticleFilters } from "@/components/dashboard/article-filters";
import { Pager } from "@/components/dashboard/pager";
import { ProgressBar } from "@/components/dashboard/progress-bar";
import { STATUS_SYMBOLS } from "@/components/dashboard/status-cue";
import { formatDate, formatDateTime } from "@/components/format";
import { SimilarSearch } from "@/components/similar/similar-search";
import { UserText } from "@/components/user-text";
import { can } from "@/lib/auth/permissions";
import { listArticleOverviewPage, type ArticleOverview } from "@/lib/dashboard/articles";
import { articleListFiltersSchema, firstValues } from "@/lib/dashboard/schema";
import { requirePermission } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { similarSearchFor } from "@/lib/similar/search";
import { isDemoAccount } from "@/lib/system/demo-accounts";
import { hasRecordedAction, listActiveReviewers } from "@/lib/users/data";
import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/workflow/states";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("articlesPage");
  return { title: t("heading") };
}

const statusCounts = (article: ArticleOverview): Record<ClaimStatus, number> => ({
  PENDING: article.pending,
  CORROBORATED: article.corroborated,
  DISPUTED: article.disputed,
  UNVERIFIED: article.unverified,
});

export default async function ArticlesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("article.list");
  const zone = await viewerTimeZone(user);
  const [t, locale] = await Promise.all([getTranslations("articlesPage"), getLocale()]);
  const params = firstValues(await searchParams);
  const filters = articleListFiltersSchema.parse(params);
  const seesAll = can(user, "article.listAll");
  // The demo's own accounts always see where to start: the seeded work is recorded as theirs.
  const demo = process.env.CLAIMLEDGER_DEMO === "true" && isDemoAccount(user.email);
  const [list, reviewers, acted] = await Promise.all([
    listArticleOverviewPage(user, filters),
    seesAll ? listActiveReviewers() : null,
    demo ? false : hasRecordedAction(user.id),
  ]);
  const { articles } = list;
  const similar = await similarSearchFor(user, params.similar, locale);
  const pager =
    list.total > 0 ? (
      <Pager
        filters={filters}
        page={list.page}
        pageSize={list.pageSize}
        pageCount={list.pageCount}
        total={list.total}
        shown={articles.length}
      />
    ) : null;
  const filtered = Boolean(
    filters.q || filters.status || filters.state || filters.reviewer || filters.overdue || filters.from || filters.to,
  );
  return (
    <>
      <div className="page-head">
        <h1>{t("heading")}</h1>
        {can(user, "article.import") ? (
          <Link className="button" href="/articles/new">
            {t("import")}
          </Link>
        ) : null}
      </div>
      {demo || !acted ? (
        <FirstSteps
          role={can(user, "claim.assign") ? "editor" : "reviewer"}
          firstArticleId={list.articles[0]?.id ?? null}
          canImport={can(user, "article.import")}
          demo={demo}
        />
      ) : null}
      <SimilarSearch {...similar} />
      <ArticleFilters filters={filters} reviewers={reviewers} />
      {pager}
      {list.total === 0 ? (
        <div className="card empty">
          {filtered ? (
            <p>{t("noMatch")}</p>
          ) : can(user, "article.import") ? (
            <p>{t("emptyEditor")}</p>
          ) : (
            <p>{t("emptyReviewer")}</p>
          )}
        </div>
      ) : articles.length === 0 ? null : (
        <div className="table-scroll">
          <table aria-label={t("tableLabel")}>
            <thead>
              <tr>
                <th scope="col">{t("columns.title")}</th>
                <th scope="col">{t("columns.byStatus")}</th>
                <th scope="col">{t("columns.progress")}</th>
                <th scope="col">{t("columns.assignments")}</th>
                <th scope="col">{t("columns.lastActivity")}</th>
                <th scope="col">{t("columns.imported")}</th>
              </tr>
            </thead>
            <tbody>
              {articles.map((article) => (
                <tr key={article.id} data-testid={`article-row-${article.id}`}>
                  <td>
                    <Link href={`/articles/${article.id}/dashboard`}>
                      <UserText text={article.title} />
                    </Link>
                    <div className="muted small">
                      {article.publisher ? <UserText text={article.publisher} /> : t("unknownPublisher")} ·{" "}
                      <Link href={`/articles/${article.id}`}>{t("textAndClaims")}</Link>
                      {article.finalizedAt ? (
                        <>
                          {" "}
                          · <strong>{t("finalized")}</strong>
                        </>
                      ) : null}
                    </div>
                  </td>
                  <td>
                    {CLAIM_STATUSES.map((status, index) => (
                      <Fragment key={status}>
                        {index ? <br /> : null}
                        <span aria-hidden="true">{STATUS_SYMBOLS[status]}</span>{" "}
                        {t(`statusCounts.${status}`, { count: statusCounts(article)[status] })}
                      </Fragment>
                    ))}
                  </td>
                  <td>
                    <ProgressBar
                      done={article.withVerdict}
                      total={article.total}
                      label={t("progressLabel", { title: article.title })}
                    />
                  </td>
                  <td>
                    {t("open", { count: article.openAssignments })}
                    <br />
                    <span className={article.overdueAssignments ? "overdue" : undefined}>
                      {t("overdue", { count: article.overdueAssignments })}
                    </span>
                  </td>
                  <td>{formatDateTime(article.lastActivityAt, zone, locale)}</td>
                  <td>
                    {t.rich("importedBy", {
                      date: formatDate(article.createdAt, zone, locale),
                      who: () => <UserText text={article.importedByName} />,
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
