import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDue } from "@/components/format";
import { StatusBadge } from "@/components/status-badge";
import { UserText } from "@/components/user-text";
import { listQueue } from "@/lib/review/queue";
import { requirePermission } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { claimLabel } from "@/lib/workflow/states";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("queue"))("title") };
}

export default async function QueuePage() {
  const user = await requirePermission("queue.view");
  const [zone, locale, t] = await Promise.all([viewerTimeZone(user), getLocale(), getTranslations("queue")]);
  const queue = await listQueue(user.id);
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
      {queue.items.length === 0 ? (
        <div className="card empty">{t("empty")}</div>
      ) : (
        <div className="table-scroll">
          <table aria-label={t("tableLabel")}>
            <thead>
              <tr>
                <th scope="col">{t("number")}</th>
                <th scope="col">{t("claim")}</th>
                <th scope="col">{t("claimant")}</th>
                <th scope="col">{t("article")}</th>
                <th scope="col">{t("due")}</th>
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
                  <td>
                    <StatusBadge status={item.claim.status} />
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
