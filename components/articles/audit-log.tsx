// The article's audit events, collapsed by default (editors only): the latest ones, and a link to
// the whole history (?audit=all, opened and scrolled to) when there are more. Each line is
// described in the reader's language (lib/audit/describe.ts).
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { UserText } from "@/components/user-text";
import { describeAuditEvent, type DescribeContext } from "@/lib/audit/describe";
import { readAuditEvent } from "@/lib/audit/events";
import type { AuditLogEntry } from "@/lib/review/article-page";
import { formatDateTime } from "@/lib/time/format";

export function AuditLog({
  articleId,
  entries,
  total,
  showAll,
  context,
  timeZone,
}: {
  articleId: string;
  /** The reader's zone: times are written in it. */
  timeZone: string;
  entries: AuditLogEntry[];
  total: number;
  /** Claim numbers (and names) for events that name a claim by id only. */
  context?: DescribeContext;
  /** The reader asked for the whole history: open the log so the link's target is visible. */
  showAll: boolean;
}) {
  const t = useTranslations("auditLog");
  const locale = useLocale();
  const complete = entries.length >= total;
  return (
    <details className="card audit-log" id="audit-log" open={showAll}>
      <summary>{complete ? t("summary", { total }) : t("summaryRecent", { shown: entries.length, total })}</summary>
      {entries.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <ol>
          {entries.map((entry) => (
            <li key={entry.id} data-action={entry.action}>
              <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt, timeZone, locale)}</time>{" "}
              · {entry.actor ? <UserText text={entry.actor.name} /> : t("system")} ·{" "}
              {describeAuditEvent(readAuditEvent({ ...entry, actorId: null }), {
                ...context,
                timeZone,
                language: locale,
              })}
            </li>
          ))}
        </ol>
      )}
      {complete ? null : (
        <p className="audit-log-more">
          <Link href={`/articles/${articleId}?audit=all#audit-log`}>{t("showAll", { total })}</Link>
        </p>
      )}
    </details>
  );
}
