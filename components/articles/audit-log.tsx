// The article's audit events, collapsed by default (editors only): the latest ones, and a link to
// the whole history (?audit=all, opened and scrolled to) when there are more.
import Link from "next/link";
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
  const complete = entries.length >= total;
  const plural = total === 1 ? "change" : "changes";
  return (
    <details className="card audit-log" id="audit-log" open={showAll}>
      <summary>
        {complete ? `Audit log (${total} ${plural})` : `Audit log (${entries.length} most recent of ${total} ${plural})`}
      </summary>
      {entries.length === 0 ? (
        <p className="muted">No changes recorded yet.</p>
      ) : (
        <ol>
          {entries.map((entry) => (
            <li key={entry.id} data-action={entry.action}>
              <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt, timeZone)}</time> ·{" "}
              {entry.actor?.name ?? "System"} · {describeAuditEvent(readAuditEvent({ ...entry, actorId: null }), { ...context, timeZone })}
            </li>
          ))}
        </ol>
      )}
      {complete ? null : (
        <p className="audit-log-more">
          <Link href={`/articles/${articleId}?audit=all#audit-log`}>Show all {total} events</Link>
        </p>
      )}
    </details>
  );
}
