// CSV per RFC 4180: comma-separated, CRLF between records, a field quoted when it holds a comma,
// a double quote (doubled inside) or a line break. Text a spreadsheet would run as a formula
// (starting with = + - @, a tab or a carriage return) is prefixed with a single quote, so
// opening an export never executes what a source's title or a rationale smuggled in. Pure.
import { reviewStateEvents } from "@/lib/history/review-state";
import { fromStatusAsRead } from "@/lib/workflow/states";
import { STATUS_LABELS, verdictInForce, type ArticleReportSource, type ReportArticle, type ReportClaim } from "./model";

export type CsvCell = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function escapeCsvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  // Numbers, booleans and dates are ours, not user text: written as they are.
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: CsvCell[]): string {
  return `${cells.map(escapeCsvCell).join(",")}\r\n`;
}

export const CLAIM_COLUMNS = [
  "article_id",
  "article_title",
  "claim_id",
  "claim_number",
  "claimant",
  "statement",
  "text",
  "start",
  "end",
  "status",
  "status_label",
  "verdict_at",
  "verdict_by",
  "rationale",
  "current_sources",
  "removed_sources",
  "source_urls",
  "history_events",
  "history_verified",
  "open_assignees",
  // Where start/end are (docs/revisions.md): EXACT, NEEDS_RECHECK or ORPHANED, and the revision of
  // the article's text they refer to (an orphan's: the one its quote was last found in).
  "anchor_state",
  "anchor_revision",
  // The desk's rating label of the verdict in force (docs/rating-scale.md); empty on the default
  // scale. Appended last so consumers reading columns by position keep working.
  "rating_label",
  // Publication (docs/signoff.md): the claim's public anchor once published, and its corrections
  // ("day: from → to, approved by …: why", one a line).
  "public_url",
  "corrections",
] as const;

export function claimCsvRow(article: Pick<ReportArticle, "id" | "title" | "publication">, claim: ReportClaim): string {
  const published = article.publication?.claims.find((item) => item.claimId === claim.id);
  const corrections = (article.publication?.corrections ?? [])
    .filter((correction) => correction.claimId === claim.id)
    .map(
      (correction) =>
        `${correction.createdAt.toISOString().slice(0, 10)}: ${STATUS_LABELS[correction.fromStatus]} → ${STATUS_LABELS[correction.toStatus]}, approved by ${correction.approvedBy.name}: ${correction.reason}`,
    );
  // Empty while the claim is not yet reviewed, also after an editor took its verdict back.
  const verdict = verdictInForce(claim);
  const current = claim.evidence.filter((source) => !source.removedAt);
  return csvRow([
    article.id,
    article.title,
    claim.id,
    claim.number,
    claim.claimant,
    claim.statement,
    claim.text,
    claim.start,
    claim.end,
    claim.status,
    STATUS_LABELS[claim.status],
    verdict?.createdAt,
    verdict?.actor.name,
    verdict?.rationale,
    current.length,
    claim.evidence.length - current.length,
    current.map((source) => `${source.stance}: ${source.url}`).join("\n"),
    claim.history.length,
    claim.verification.ok,
    claim.assignments
      .filter((assignment) => assignment.state === "OPEN")
      .map((assignment) => assignment.reviewer.name)
      .join("; "),
    claim.anchor.state,
    claim.anchor.revision,
    claim.ratingLabel?.name,
    published ? `${article.publication!.url}#c${published.number}` : null,
    corrections.join("\n"),
  ]);
}

export const HISTORY_COLUMNS = [
  "article_id",
  "claim_id",
  "claim_number",
  "seq",
  "created_at",
  "actor_name",
  "actor_email",
  "from_status",
  "to_status",
  "rationale",
  "cited_source_urls",
  "prev_hash",
  "hash",
  "link_verified",
  "event",
] as const;

/** The history file's event column: a verdict (status change), or the article finalized/reopened. */
export const STATUS_CHANGE_EVENT = "status_change";

export function historyCsvRows(article: Pick<ReportArticle, "id">, claim: ReportClaim): string {
  const broken = new Set(claim.verification.breaks.map((entry) => entry.rowId));
  return claim.history
    .map((change) =>
      csvRow([
        article.id,
        claim.id,
        claim.number,
        change.seq,
        change.createdAt,
        change.actor.name,
        change.actor.email,
        // As read: a chain's first row starts from PENDING even where an old row stores
        // UNVERIFIED. The JSON archive keeps the stored value, which the hash covers.
        fromStatusAsRead(change),
        change.toStatus,
        change.rationale,
        change.citedEvidence.map((source) => source.url).join(" "),
        change.prevHash,
        change.hash,
        !broken.has(change.id),
        STATUS_CHANGE_EVENT,
      ]),
    )
    .join("");
}

/**
 * The article's finalize/reopen events as history rows: who and when, the audit action in the
 * event column, and every claim and status-change column empty (they are not hash-chained).
 */
export function reviewStateCsvRows(article: Pick<ReportArticle, "id" | "auditEvents">): string {
  return reviewStateEvents(article.auditEvents)
    .map((event) =>
      csvRow([
        article.id,
        null,
        null,
        null,
        event.createdAt,
        event.actor?.name,
        event.actor?.email,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        event.action,
      ]),
    )
    .join("");
}

/**
 * One file per kind: "claims" (one row per current claim) or "history" (per article, its
 * finalize/reopen events, then one row per status change of its claims).
 */
export async function* renderCsv(kind: "claims" | "history", sources: AsyncIterable<ArticleReportSource>): AsyncGenerator<string> {
  yield csvRow([...(kind === "claims" ? CLAIM_COLUMNS : HISTORY_COLUMNS)]);
  for await (const { article, claimBatches } of sources) {
    if (kind === "history") {
      const events = reviewStateCsvRows(article);
      if (events) yield events;
    }
    for await (const batch of claimBatches()) {
      const rows = batch.map((claim) => (kind === "claims" ? claimCsvRow(article, claim) : historyCsvRows(article, claim)));
      if (rows.length) yield rows.join("");
    }
  }
}

/** UTF-8's byte-order mark: tells Excel the file is UTF-8 (docs/reports.md, "Byte-order mark"). */
export const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/** The stream with the byte-order mark in front, still pulled one chunk at a time. */
export function withByteOrderMark(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let markSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!markSent) {
        markSent = true;
        controller.enqueue(UTF8_BOM);
        return;
      }
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel(reason) {
      await reader.cancel(reason);
    },
  });
}
