// The claim's history: status changes (verdicts and an editor taking one back; hash-chained,
// verified) interleaved with source additions and removals and with the article being finalized
// or reopened, oldest first.
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/components/format";
import { StatusBadge } from "@/components/status-badge";
import { UserText } from "@/components/user-text";
import type { ChainBreak } from "@/lib/history/chain";
import type { ReviewStateAction } from "@/lib/history/review-state";
import type { ClaimReview } from "@/lib/review/claim-page";
import { CLAIM_STATUSES, fromStatusAsRead, type ClaimStatus, type Stance } from "@/lib/workflow/states";

type Entry =
  | { kind: "verdict"; at: Date; row: ClaimReview["history"]["entries"][number] }
  | { kind: "added" | "removed"; at: Date; title: string; by: string | null; stance: Stance }
  | { kind: "review-state"; at: Date; id: string; action: ReviewStateAction; by: string | null };

const BREAK_KEYS = { hash: "hash", link: "link", "missing-row": "missingRow", head: "head" } as const satisfies Record<
  ChainBreak["kind"],
  string
>;

const REVIEW_STATE_KEYS = {
  "article.finalized": "finalized",
  "article.reopened": "reopened",
} as const satisfies Record<ReviewStateAction, string>;

const isStatus = (value: string): value is ClaimStatus => (CLAIM_STATUSES as readonly string[]).includes(value);

export function Timeline({ review, timeZone }: { review: ClaimReview; timeZone: string }) {
  const t = useTranslations("timeline");
  const tStatus = useTranslations("statuses");
  const tStance = useTranslations("stances");
  const tKind = useTranslations("signoffHistory.kinds");
  const someone = useTranslations("claimPage")("someone");
  const locale = useLocale();
  const time = (date: Date) => formatDateTime(date, timeZone, locale);
  const statusWord = (value: string) => (isStatus(value) ? tStatus(value) : value);
  /** A person's name in its own direction, or "someone" when the row no longer names them. */
  const name = (value: string | null) => (value === null ? someone : <UserText text={value} />);

  function describeBreak(b: ChainBreak): string {
    const label = t(`breaks.${BREAK_KEYS[b.kind]}`);
    const problem =
      b.kind === "head"
        ? t("breakHead", { label, expected: statusWord(b.expected), found: statusWord(b.found) })
        : b.kind === "missing-row"
          ? b.reason === "audit"
            ? t("breakMissingAudit", { label })
            : label
          : t("breakMismatch", { label, expected: b.expected.slice(0, 16), found: b.found.slice(0, 16) });
    return b.seq === null ? problem : t("breakAt", { seq: b.seq, problem });
  }

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
        by: e.removedBy?.name ?? null,
        stance: e.stance,
      })),
    ...review.reviewState.map((event) => ({
      kind: "review-state" as const,
      at: event.createdAt,
      id: event.id,
      action: event.action,
      by: event.actor?.name ?? null,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  const broken = new Set(verification.breaks.map((b) => b.rowId));

  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">{t("heading")}</h2>
      {verification.ok ? (
        <p className="verify-ok" data-testid="history-verification">
          {t("verifies", { count: entries.length })}
        </p>
      ) : (
        <div className="form-error" data-testid="history-verification" role="alert">
          {t("fails", { count: verification.breaks.length })}
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
        <p className="muted">{t("empty")}</p>
      ) : (
        <ol className="timeline" aria-label={t("label")}>
          {events.map((event) =>
            event.kind === "verdict" ? (
              <li
                key={event.row.id}
                className={broken.has(event.row.id) ? "broken" : undefined}
                data-testid="timeline-verdict"
              >
                <strong>#{event.row.seq}</strong> <StatusBadge status={fromStatusAsRead(event.row)} /> {t("arrow")}{" "}
                <StatusBadge status={event.row.toStatus} />{" "}
                {/* Sign-off, publication and corrections (docs/signoff.md) say what the row records. */}
                {event.row.kind !== "VERDICT" ? (
                  <strong data-testid="timeline-kind">{tKind(event.row.kind)} </strong>
                ) : null}
                {t.rich("by", { name: () => name(event.row.actor.name) })}{" "}
                <span className="muted">{time(event.at)}</span>
                {event.row.toStatus === "PENDING" ? (
                  <p className="rationale">
                    {t.rich("takenBack", { rationale: () => <UserText text={event.row.rationale} /> })}
                  </p>
                ) : (
                  <UserText as="p" className="rationale" text={event.row.rationale} />
                )}
                <p className="muted small">
                  {event.row.toStatus === "PENDING"
                    ? ""
                    : `${t("cited", { count: event.row.citedEvidence.length })} · `}
                  {t("hash")} <code>{event.row.hash.slice(0, 12)}</code>
                </p>
              </li>
            ) : event.kind === "review-state" ? (
              <li key={event.id} className="review-state-event" data-testid="timeline-review-state">
                <strong>{t(`reviewState.${REVIEW_STATE_KEYS[event.action]}`)}</strong>{" "}
                {t.rich("by", { name: () => name(event.by) })} <span className="muted">{time(event.at)}</span>
                <p className="muted small">
                  {event.action === "article.finalized" ? t("finalizedNote") : t("reopenedNote")}
                </p>
              </li>
            ) : (
              <li key={`${event.kind}-${event.title}-${event.at.getTime()}`} className="evidence-event">
                {t.rich(event.kind === "added" ? "sourceAdded" : "sourceRemoved", {
                  title: () => <UserText text={event.title} />,
                  stance: tStance(event.stance).toLocaleLowerCase(locale),
                  name: () => name(event.by),
                })}{" "}
                <span className="muted">{time(event.at)}</span>
              </li>
            ),
          )}
        </ol>
      )}
    </section>
  );
}
