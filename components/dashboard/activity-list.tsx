// The dashboard's recent activity: who did what, one line per audit event (lib/audit/describe.ts).
import { useLocale, useTranslations } from "next-intl";
import { describeAuditEvent, type DescribeContext } from "@/lib/audit/describe";
import { readAuditEvent } from "@/lib/audit/events";
import type { ActivityEvent } from "@/lib/dashboard/data";
import { formatDateTime } from "@/lib/time/format";
import { UserText } from "../user-text";

/** An activity row; its payload and actor id, when the read model carries them, make the line specific. */
type ActivityRow = ActivityEvent & { actorId?: string | null; before?: unknown; after?: unknown };

export function ActivityList({
  events,
  context,
  timeZone,
}: {
  events: ActivityRow[];
  context?: DescribeContext;
  timeZone: string;
}) {
  const t = useTranslations("activity");
  const locale = useLocale();
  if (events.length === 0) return <p className="muted">{t("empty")}</p>;
  return (
    <ol className="activity">
      {events.map((event) => (
        <li key={event.id} data-action={event.action}>
          <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt, timeZone, locale)}</time> —{" "}
          {event.actorName === null ? t("system") : <UserText text={event.actorName} />} ·{" "}
          {/* The line quotes claims and names as they were written: its direction follows its text. */}
          <UserText
            text={describeAuditEvent(readAuditEvent({ ...event, actorId: event.actorId ?? null }), { ...context, timeZone, language: locale })}
          />
        </li>
      ))}
    </ol>
  );
}
