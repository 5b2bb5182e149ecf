import type { ActivityEvent } from "@/lib/dashboard/data";

const dateTime = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

const LABELS: Record<string, string> = {
  "article.imported": "imported the article",
  "article.finalized": "finalized the article",
  "article.reopened": "reopened the article",
  "article.exported": "exported a report",
  "verdict.set": "set a verdict",
  "evidence.added": "added a source",
  "evidence.edited": "edited a source",
  "evidence.removed": "removed a source",
  "assignment.created": "assigned a claim",
  "assignment.updated": "changed an assignment",
  "assignment.removed": "removed an assignment",
  "comment.created": "commented",
};

export function ActivityList({ events }: { events: ActivityEvent[] }) {
  if (events.length === 0) return <p className="muted">No activity yet.</p>;
  return (
    <ol className="activity">
      {events.map((event) => (
        <li key={event.id}>
          <time dateTime={event.createdAt.toISOString()}>{dateTime(event.createdAt)}</time> —{" "}
          {event.actorName ?? "System"} {LABELS[event.action] ?? event.action}
          {event.entityType !== "Article" ? <span className="muted"> ({event.entityType.toLowerCase()})</span> : null}
        </li>
      ))}
    </ol>
  );
}
