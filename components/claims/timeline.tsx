// The claim's history: verdict changes (hash-chained, verified) interleaved with source additions
// and removals, oldest first.
import { formatDate } from "@/components/format";
import { StatusBadge } from "@/components/status-badge";
import type { ClaimReview } from "@/lib/verdicts/data";

type Entry =
  | { kind: "verdict"; at: Date; row: ClaimReview["history"]["entries"][number] }
  | { kind: "added" | "removed"; at: Date; title: string; by: string; stance: string };

const time = (date: Date) => `${formatDate(date)} ${date.toISOString().slice(11, 16)} UTC`;

export function Timeline({ review }: { review: ClaimReview }) {
  const { entries, verification } = review.history;
  const events: Entry[] = [
    ...entries.map((row) => ({ kind: "verdict" as const, at: row.createdAt, row })),
    ...review.claim.evidence.map((e) => ({
      kind: "added" as const,
      at: e.createdAt,
      title: e.title,
      by: e.addedBy.name,
      stance: e.stance,
    })),
    ...review.claim.evidence
      .filter((e) => e.removedAt)
      .map((e) => ({
        kind: "removed" as const,
        at: e.removedAt as Date,
        title: e.title,
        by: e.removedBy?.name ?? "someone",
        stance: e.stance,
      })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  const broken = new Set(verification.breaks.map((b) => b.rowId));

  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {verification.ok ? (
        <p className="verify-ok" data-testid="history-verification">
          ✓ History verifies ({entries.length} verdict {entries.length === 1 ? "change" : "changes"}, hash chain intact)
        </p>
      ) : (
        <div className="form-error" data-testid="history-verification" role="alert">
          ✗ History does not verify: {verification.breaks.length} broken link(s).
          <ul>
            {verification.breaks.map((b) => (
              <li key={`${b.rowId}-${b.reason}`}>
                Change #{b.seq} ({b.reason}): expected <code>{b.expected.slice(0, 16)}…</code>, found{" "}
                <code>{b.found.slice(0, 16)}…</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {events.length === 0 ? (
        <p className="muted">Nothing has happened to this claim yet.</p>
      ) : (
        <ol className="timeline" aria-label="Timeline">
          {events.map((event) =>
            event.kind === "verdict" ? (
              <li
                key={event.row.id}
                className={broken.has(event.row.id) ? "broken" : undefined}
                data-testid="timeline-verdict"
              >
                <strong>#{event.row.seq}</strong> <StatusBadge status={event.row.fromStatus} /> →{" "}
                <StatusBadge status={event.row.toStatus} /> by {event.row.actor.name}{" "}
                <span className="muted">{time(event.at)}</span>
                <p className="rationale">{event.row.rationale}</p>
                <p className="muted small">
                  Cited {event.row.citedEvidence.length} source(s) · hash <code>{event.row.hash.slice(0, 12)}</code>
                </p>
              </li>
            ) : (
              <li key={`${event.kind}-${event.title}-${event.at.getTime()}`} className="evidence-event">
                Source {event.kind}: {event.title} ({event.stance.toLowerCase()}) by {event.by}{" "}
                <span className="muted">{time(event.at)}</span>
              </li>
            ),
          )}
        </ol>
      )}
    </section>
  );
}
