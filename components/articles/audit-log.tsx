// The article's audit events, collapsed by default (editors only): the latest ones, and a link to
// the whole history (?audit=all, opened and scrolled to) when there are more.
import Link from "next/link";
import type { AuditLogEntry } from "@/lib/claims/data";

const LABELS: Record<string, string> = {
  "article.imported": "Imported the article",
  "claim.created": "Added a claim",
  "claim.edited": "Reworded a claim",
  "claim.split": "Split a claim",
  "claim.merged": "Merged two claims",
  "claim.deleted": "Deleted a claim",
  "claim.extracted": "Extraction",
};

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const get = (value: unknown, key: string): unknown =>
  value && typeof value === "object" ? Reflect.get(value, key) : undefined;

function textOf(value: unknown): string | null {
  const text = get(value, "text");
  return typeof text === "string" ? text : null;
}

function summary(entry: AuditLogEntry): string {
  if (entry.action === "claim.extracted" && entry.entityType === "Article") {
    return `re-ran extraction: ${String(get(entry.after, "added"))} added, ${String(get(entry.after, "kept"))} already there`;
  }
  const before = textOf(entry.before);
  const now = textOf(entry.after);
  if (before && now && before !== now) return `“${before}” → “${now}”`;
  const text = now ?? before;
  return text ? `“${text.length > 160 ? `${text.slice(0, 160)}…` : text}”` : "";
}

export function AuditLog({
  articleId,
  entries,
  total,
  showAll,
}: {
  articleId: string;
  entries: AuditLogEntry[];
  total: number;
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
              <time dateTime={entry.createdAt.toISOString()}>{timeFormat.format(entry.createdAt)} UTC</time> ·{" "}
              {entry.actor?.name ?? "System"} · <strong>{LABELS[entry.action] ?? entry.action}</strong> {summary(entry)}
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
