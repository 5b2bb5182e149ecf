// The claim's history: status changes (verdicts and an editor taking one back; hash-chained,
// verified) interleaved with source additions and removals and with the article being finalized
// or reopened, oldest first.
import { formatDateTime } from "@/components/format";
import { StatusBadge } from "@/components/status-badge";
import type { ChainBreak } from "@/lib/history/chain";
import { REVIEW_STATE_LABELS, type ReviewStateAction } from "@/lib/history/review-state";
import type { ClaimReview } from "@/lib/review/claim-page";
import {
  CLAIM_STATUSES,
  STANCE_LABELS,
  STATUS_LABELS,
  fromStatusAsRead,
  type ClaimStatus,
  type Stance,
} from "@/lib/workflow/states";

type Entry =
  | { kind: "verdict"; at: Date; row: ClaimReview["history"]["entries"][number] }
  | { kind: "added" | "removed"; at: Date; title: string; by: string; stance: Stance }
  | { kind: "review-state"; at: Date; id: string; action: ReviewStateAction; by: string };

const BREAK_LABELS: Record<ChainBreak["kind"], string> = {
  hash: "content altered",
  link: "link broken",
  "missing-row": "row missing",
  head: "history does not end at the current status",
};

const isStatus = (value: string): value is ClaimStatus => (CLAIM_STATUSES as readonly string[]).includes(value);
const statusWord = (value: string) => (isStatus(value) ? STATUS_LABELS[value] : value);

function describeBreak(b: ChainBreak): string {
  const where = b.seq === null ? "" : `Change #${b.seq}: `;
  if (b.kind === "head") return `${where}${BREAK_LABELS.head} (status ${statusWord(b.expected)}, last change to ${statusWord(b.found)})`;
  if (b.kind === "missing-row")
    return `${where}${BREAK_LABELS["missing-row"]}${b.reason === "audit" ? " (named by the audit log)" : ""}`;
  return `${where}${BREAK_LABELS[b.kind]}: expected ${b.expected.slice(0, 16)}…, found ${b.found.slice(0, 16)}…`;
}

export function Timeline({ review, timeZone }: { review: ClaimReview; timeZone: string }) {
  const time = (date: Date) => formatDateTime(date, timeZone);
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
    ...review.reviewState.map((event) => ({
      kind: "review-state" as const,
      at: event.createdAt,
      id: event.id,
      action: event.action,
      by: event.actor?.name ?? "someone",
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  const broken = new Set(verification.breaks.map((b) => b.rowId));

  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {verification.ok ? (
        <p className="verify-ok" data-testid="history-verification">
          ✓ History verifies ({entries.length} status {entries.length === 1 ? "change" : "changes"}, hash chain intact,
          nothing missing)
        </p>
      ) : (
        <div className="form-error" data-testid="history-verification" role="alert">
          ✗ History does not verify: {verification.breaks.length} break(s).
          <ul>
            {verification.breaks.map((b, index) => (
              <li key={`${b.rowId ?? "none"}-${b.reason}-${index}`} data-kind={b.kind}>
                {describeBreak(b)}
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
                <strong>#{event.row.seq}</strong> <StatusBadge status={fromStatusAsRead(event.row)} /> →{" "}
                <StatusBadge status={event.row.toStatus} /> by {event.row.actor.name}{" "}
                <span className="muted">{time(event.at)}</span>
                {event.row.toStatus === "PENDING" ? (
                  <p className="rationale">Verdict taken back: {event.row.rationale}</p>
                ) : (
                  <p className="rationale">{event.row.rationale}</p>
                )}
                <p className="muted small">
                  {event.row.toStatus === "PENDING" ? "" : `Cited ${event.row.citedEvidence.length} source(s) · `}hash{" "}
                  <code>{event.row.hash.slice(0, 12)}</code>
                </p>
              </li>
            ) : event.kind === "review-state" ? (
              <li key={event.id} className="review-state-event" data-testid="timeline-review-state">
                <strong>{REVIEW_STATE_LABELS[event.action]}</strong> by {event.by}{" "}
                <span className="muted">{time(event.at)}</span>
                <p className="muted small">
                  {event.action === "article.finalized"
                    ? "Verdicts and sources locked until an editor reopens the article."
                    : "Verdicts and sources may change again."}
                </p>
              </li>
            ) : (
              <li key={`${event.kind}-${event.title}-${event.at.getTime()}`} className="evidence-event">
                Source {event.kind}: {event.title} ({STANCE_LABELS[event.stance].toLowerCase()}) by {event.by}{" "}
                <span className="muted">{time(event.at)}</span>
              </li>
            ),
          )}
        </ol>
      )}
    </section>
  );
}
