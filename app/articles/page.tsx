import type { Metadata } from "next";
import Link from "next/link";
import { Fragment } from "react";
import { ArticleFilters } from "@/components/dashboard/article-filters";
import { Pager } from "@/components/dashboard/pager";
import { ProgressBar } from "@/components/dashboard/progress-bar";
import { STATUS_SYMBOLS } from "@/components/dashboard/status-cue";
import { formatDate, formatDateTime } from "@/components/format";
import { can } from "@/lib/auth/permissions";
import { listArticleOverviewPage, type ArticleOverview } from "@/lib/dashboard/articles";
import { articleListFiltersSchema, firstValues } from "@/lib/dashboard/schema";
import { requirePermission } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { listActiveReviewers } from "@/lib/users/data";
import { CLAIM_STATUSES, STATUS_LABELS, type ClaimStatus } from "@/lib/workflow/states";

export const metadata: Metadata = { title: "Articles" };

const statusCounts = (article: ArticleOverview): Record<ClaimStatus, number> => ({
  PENDING: article.pending,
  CORROBORATED: article.corroborated,
  DISPUTED: article.disputed,
  UNVERIFIED: article.unverified,
});

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("article.list");
  const zone = await viewerTimeZone(user);
  const filters = articleListFiltersSchema.parse(firstValues(await searchParams));
  const seesAll = can(user, "article.listAll");
  const [list, reviewers] = await Promise.all([listArticleOverviewPage(user, filters), seesAll ? listActiveReviewers() : null]);
  const { articles } = list;
  const pager =
    list.total > 0 ? (
      <Pager filters={filters} page={list.page} pageSize={list.pageSize} pageCount={list.pageCount} total={list.total} shown={articles.length} />
    ) : null;
  const filtered = Boolean(filters.q || filters.status || filters.state || filters.reviewer || filters.overdue || filters.from || filters.to);
  return (
    <>
      <div className="page-head">
        <h1>Articles</h1>
        {can(user, "article.import") ? (
          <Link className="button" href="/articles/new">
            Import article
          </Link>
        ) : null}
      </div>
      <ArticleFilters filters={filters} reviewers={reviewers} />
      {pager}
      {list.total === 0 ? (
        <div className="card empty">
          {filtered ? (
            <p>No articles match these filters.</p>
          ) : can(user, "article.import") ? (
            <p>No articles yet. Import one to start verifying its claims.</p>
          ) : (
            <p>No articles for you yet. An editor will assign you claims to review.</p>
          )}
        </div>
      ) : articles.length === 0 ? null : (
        <table aria-label="Articles">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Claims by status</th>
              <th scope="col">Progress</th>
              <th scope="col">Assignments</th>
              <th scope="col">Last activity</th>
              <th scope="col">Imported</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.id} data-testid={`article-row-${article.id}`}>
                <td>
                  <Link href={`/articles/${article.id}/dashboard`}>{article.title}</Link>
                  <div className="muted small">
                    {article.publisher ?? "Unknown publisher"} · <Link href={`/articles/${article.id}`}>text and claims</Link>
                    {article.finalizedAt ? <> · <strong>Finalized</strong></> : null}
                  </div>
                </td>
                <td>
                  {CLAIM_STATUSES.map((status, index) => (
                    <Fragment key={status}>
                      {index ? <br /> : null}
                      <span aria-hidden="true">{STATUS_SYMBOLS[status]}</span> {statusCounts(article)[status]}{" "}
                      {STATUS_LABELS[status].toLowerCase()}
                    </Fragment>
                  ))}
                </td>
                <td>
                  <ProgressBar done={article.withVerdict} total={article.total} label={`Claims with a verdict in ${article.title}`} />
                </td>
                <td>
                  {article.openAssignments} open
                  <br />
                  <span className={article.overdueAssignments ? "overdue" : undefined}>{article.overdueAssignments} overdue</span>
                </td>
                <td>{formatDateTime(article.lastActivityAt, zone)}</td>
                <td>
                  {formatDate(article.createdAt, zone)} by {article.importedByName}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
