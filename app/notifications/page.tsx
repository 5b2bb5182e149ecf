import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/components/format";
import { MarkAllReadButton, MarkReadButton, NotificationLink } from "@/components/notifications/notification-controls";
import { UserText } from "@/components/user-text";
import { requireUser } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { notificationPath, webhookUrlOf } from "@/lib/notifications/api-view";
import { listNotificationsPage, mentionCommentsOf, unreadNotificationCount } from "@/lib/notifications/data";
import { isNotificationKind } from "@/lib/notifications/kinds";
import { parsePageQuery } from "@/lib/pagination";
import { claimLabel } from "@/lib/workflow/states";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}
export const dynamic = "force-dynamic";

const PAGE_SIZE = 30;

/** The page's cursor; one this list never gave (edited by hand) starts at the newest. */
function pageQueryOf(cursor: string | undefined) {
  try {
    return parsePageQuery(new URLSearchParams({ limit: String(PAGE_SIZE), ...(cursor ? { cursor } : {}) }));
  } catch {
    return { limit: PAGE_SIZE };
  }
}

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<{ cursor?: string; unread?: string }>;
}) {
  const user = await requireUser();
  const params = await searchParams;
  const unreadOnly = params.unread === "1";
  const query = pageQueryOf(params.cursor);
  const [zone, locale, t, page, unread] = await Promise.all([
    viewerTimeZone(user),
    getLocale(),
    getTranslations("notifications"),
    listNotificationsPage(user, query, { unreadOnly }),
    unreadNotificationCount(user),
  ]);
  const comments = await mentionCommentsOf(page.items);
  const filter = unreadOnly ? "unread=1&" : "";
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">
        {t("intro")} <Link href="/settings/notifications">{t("settingsLink")}</Link> ·{" "}
        <Link href="/mentions">{t("mentionsLink")}</Link>
      </p>
      <div className="notification-toolbar">
        <nav aria-label={t("filterLabel")} className="notification-filter">
          <Link href="/notifications" aria-current={unreadOnly ? undefined : "page"}>
            {t("showAll")}
          </Link>
          <Link href="/notifications?unread=1" aria-current={unreadOnly ? "page" : undefined}>
            {t("showUnread")}
          </Link>
        </nav>
        {unread > 0 ? <MarkAllReadButton /> : null}
      </div>
      {page.items.length === 0 ? (
        <div className="card empty">{unreadOnly ? t("emptyUnread") : t("empty")}</div>
      ) : (
        <ul className="notifications">
          {page.items.map((row) => {
            if (!isNotificationKind(row.kind)) return null;
            const data = (row.data ?? {}) as { state?: unknown; commentId?: unknown };
            const key = row.kind === "SOURCE_CHANGED" && data.state === "GONE" ? "SOURCE_GONE" : row.kind;
            const claim = row.claim ? claimLabel(row.claim) : "";
            // An endpoint URL inside a sentence of either direction: isolated so it reads left to right.
            const url = `\u2068${webhookUrlOf(row.data) ?? "—"}\u2069`;
            const actorName = row.actor?.name ?? t("someone");
            const summary = t.rich(`kinds.${key}`, { claim, url, actor: () => <UserText text={actorName} /> });
            const comment = typeof data.commentId === "string" ? comments.get(data.commentId) : undefined;
            const isUnread = row.readAt === null;
            return (
              <li
                key={row.id}
                className={`card notification${isUnread ? " unread" : ""}`}
                data-testid="notification"
                data-kind={row.kind}
              >
                <p className="notification-summary">
                  {isUnread ? <strong className="unread-mark">{t("unread")} · </strong> : null}
                  <NotificationLink id={row.id} unread={isUnread} href={notificationPath(row)}>
                    {summary}
                  </NotificationLink>
                </p>
                <p className="muted small">
                  {row.article ? (
                    <>
                      {t("inArticle")} <UserText text={row.article.title} lang={row.article.language} />
                    </>
                  ) : (
                    t("serverNotice")
                  )}{" "}
                  · {formatDateTime(row.createdAt, zone, locale)}
                </p>
                {comment ? <UserText as="p" className="comment-body" text={comment} /> : null}
                {isUnread ? (
                  <MarkReadButton id={row.id} label={t("markReadLabel", { what: row.article ? claim : url })} />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <p className="notification-pager">
        {params.cursor ? <Link href={`/notifications${unreadOnly ? "?unread=1" : ""}`}>{t("newest")}</Link> : null}{" "}
        {page.next ? (
          <Link href={`/notifications?${filter}cursor=${encodeURIComponent(page.next)}`}>{t("older")}</Link>
        ) : null}
      </p>
    </>
  );
}
