import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDue } from "@/components/format";
import { StatusBadge } from "@/components/status-badge";
import { UserText } from "@/components/user-text";
import { getQueueView, listQueueViewPage } from "@/lib/review/queue";
import { isDefaultQueueView, parseQueuePage } from "@/lib/review/queue-view";
import { requirePermission } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { claimLabel } from "@/lib/workflow/states";
import { QueueControls } from "./queue-controls";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("queue"))("title") };
}

/** My queue: the reader's open assignments in their remembered sort and filters, 50 to a page. */
export default async function QueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("queue.view");
  const [zone, locale, t, view, params] = await Promise.all([
    viewerTimeZone(user),
    getLocale(),
    getTranslations("queue"),
    getQueueView(user.id),
    searchParams,
  ]);
  const queue = await listQueueViewPage(user, view, parseQueuePage(params.page));
  const first = (queue.page - 1) * queue.pageSize + 1;
  const last = first + queue.items.length - 1;
  const pageHref = (page: number) => (page === 1 ? "/queue" : `/queue?page=${page}`);
  return (
    <>
      <h1>{t("title")}</h1>
      <p data-testid="queue-counts">
        {t.rich("counts", {
          openCount: queue.openCount,
          overdueCount: queue.overdueCount,
          open: (chunks) => <strong>{chunks}</strong>,
          overdue: (chunks) => <strong className={queue.overdueCount ? "overdue" : undefined}>{chunks}</strong>,
        })}
      </p>
      <p className="muted small">{t("verdictNote")}</p>
      {queue.openCount > 0 || !isDefaultQueueView(view) ? (
        <QueueControls
          view={view}
          articles={
            view.articleId && !queue.articles.some((article) => article.id === view.articleId)
              ? // The article filtered on has no open work left: keep it choosable, so the form shows the view.
                [...queue.articles, { id: view.articleId, title: t("articleDone") }]
              : queue.articles
          }
        />
      ) : null}
      {queue.openCount === 0 ? (
        <div className="card empty">{t("empty")}</div>
      ) : queue.items.length === 0 ? (
        <div className="card empty" data-testid="queue-none-match">
          {t("noneMatch")}
        </div>
      ) : (
        <>
          <p className="muted small" data-testid="queue-showing">
            {t("showing", { first, last, total: queue.matching })}
          </p>
          <div className="table-scroll">
            <table aria-label={t("tableLabel")} className="queue-table">
              <thead>
                <tr>
                  <th scope="col">{t("number")}</th>
                  <th scope="col">{t("claim")}</th>
                  <th scope="col">{t("claimant")}</th>
                  <th scope="col">{t("article")}</th>
                  <th scope="col">{t("due")}</th>
                  <th scope="col">{t("worthiness")}</th>
                  <th scope="col">{t("status")}</th>
                </tr>
              </thead>
              <tbody>
                {queue.items.map((item) => (
                  <tr key={item.id} data-testid="queue-item">
                    <td>{claimLabel(item.claim)}</td>
                    <td>
                      <Link href={`/claims/${item.claim.id}`}>
                        <UserText text={item.claim.statement} lang={item.claim.article.language} />
                      </Link>
                      {item.note ? (
                        <div className="muted small">
                          {t("note")} <UserText text={item.note} />
                        </div>
                      ) : null}
                    </td>
                    <td>
                      {item.claim.claimant !== null ? (
                        <UserText text={item.claim.claimant} />
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                    <td>
                      <Link href={`/articles/${item.claim.article.id}#claim-${item.claim.id}`}>
                        <UserText text={item.claim.article.title} lang={item.claim.article.language} />
                      </Link>
                    </td>
                    <td className={item.overdue ? "overdue" : undefined}>
                      <span data-testid="queue-due">{formatDue(item.dueAt, zone, locale)}</span>
                      {item.overdue ? ` ${t("overdue")}` : ""}
                    </td>
                    <td data-testid="queue-worthiness">
                      {item.claim.score === null ? (
                        <span className="muted">{t("addedByEditor")}</span>
                      ) : (
                        item.claim.score.toFixed(2)
                      )}
                    </td>
                    <td>
                      <StatusBadge status={item.claim.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {queue.pageCount > 1 ? (
            <nav aria-label={t("pagerLabel")} className="pager" data-testid="queue-pager">
              <p>{t("pageOf", { page: queue.page, pages: queue.pageCount })}</p>
              {queue.page > 1 ? (
                <Link href={pageHref(queue.page - 1)} rel="prev">
                  {t("previousPage")}
                </Link>
              ) : null}
              {queue.page < queue.pageCount ? (
                <Link href={pageHref(queue.page + 1)} rel="next">
                  {t("nextPage")}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
