// The dashboard's recent activity: who did what, one line per audit event (lib/audit/describe.ts).
import { describeAuditEvent, type DescribeContext } from "@/lib/audit/describe";
import { readAuditEvent } from "@/lib/audit/events";
import type { ActivityEvent } from "@/lib/dashboard/data";

const dateTime = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** An activity row; its payload and actor id, when the read model carries them, make the line specific. */
type ActivityRow = ActivityEvent & { actorId?: string | null; before?: unknown; after?: unknown };

export function ActivityList({ events, context }: { events: ActivityRow[]; context?: DescribeContext }) {
  if (events.length === 0) return <p className="muted">No activity yet.</p>;
  return (
    <ol className="activity">
      {events.map((event) => (
        <li key={event.id} data-action={event.action}>
          <time dateTime={event.createdAt.toISOString()}>{dateTime(event.createdAt)}</time> —{" "}
          {event.actorName ?? "System"} ·{" "}
          {describeAuditEvent(readAuditEvent({ ...event, actorId: event.actorId ?? null }), context)}
        </li>
      ))}
    </ol>
  );
}
