// The printable audit report: per article a cover (metadata, summary counts, a one-line-per-claim
// table), then each claim with verdict, rationale, claimant, sources, history and chain check.
// Pure: plain report data in, PDF bytes out; it runs on a worker thread (lib/compute) so that a
// long report never holds the server's event loop. Layout in writer.ts and text.ts; the choice of
// approach (pdfkit + bidi-js + fontkit shaping + per-character font fallback) in docs/reports.md.
import PDFDocument from "pdfkit";
import { reviewStateEvents, REVIEW_STATE_LABELS } from "@/lib/history/review-state";
import { claimLabel, fromStatusAsRead, isVerdict, VERDICTS } from "@/lib/workflow/states";
import {
  STANCE_LABELS,
  STATUS_LABELS,
  STATUSES,
  verdictInForce,
  verdictTakenBack,
  type ReportArticle,
  type ReportClaim,
  type ReportContext,
  type ReportPublication,
  type ReportStatusChange,
  type Verification,
} from "../model";
import { correctionChange, correctionsOf } from "../corrections-text";
import { formatDateTime, formatDay, validTimeZone } from "./dates";
import { collectOutput } from "./pdfkit-internals";
import { isRtl } from "./text";
import { warmUpReport } from "./warm-up";
import { BLACK, GREY, MARGIN_X, PAGE, PageWriter, type TextOptions } from "./writer";

/** Everything one PDF shows: plain data (it crosses to a worker thread by structured clone). */
export interface PdfReportInput {
  context: ReportContext;
  articles: { article: ReportArticle; claims: ReportClaim[] }[];
}

const BODY = 10.5;
/** How a source's last check is flagged under it (nothing for a page kept as cited, or not yet fetched). */
const LINK_FLAGS: Partial<Record<ReportClaim["evidence"][number]["linkState"], string>> = {
  CHANGED: "The page changed since it was cited (its first snapshot keeps it as cited).",
  GONE: "The page is gone (HTTP 404 or 410).",
  UNREACHABLE: "The page did not answer at the last check.",
  REFUSED: "The address is not fetched (private or unsupported).",
};
const BODY_WIDTH = PAGE.width - 2 * MARGIN_X;

class ReportDrawing {
  private readonly zone: string;
  constructor(
    private readonly w: PageWriter,
    private readonly context: ReportContext,
  ) {
    this.zone = validTimeZone(context.timeZone);
  }

  dateTime = (date: Date) => formatDateTime(date, this.zone);
  day = (date: Date | null) => (date ? formatDay(date, this.zone) : "—");

  heading(text: string, size: number) {
    // A heading never ends a page: it keeps its first lines of content with it.
    this.w.gap(size * 0.6);
    this.w.keep(size * 1.4 + BODY * 4);
    this.w.text([{ text, style: "bold" }], { size });
    this.w.gap(3);
  }

  /**
   * "Label: value" on one paragraph, wrapped lines indented under the value. A right-to-left
   * value gets the label on its own line and its own right-aligned paragraph, so it reads whole.
   */
  field(label: string, value: string, options: Partial<TextOptions> = {}) {
    const base = { size: BODY, ...options };
    if (isRtl(value)) {
      this.w.text([{ text: `${label}:`, style: "bold" }], { ...base, direction: "ltr" });
      this.w.text([{ text: value }], { ...base, indent: (base.indent ?? 0) + 12 });
      return;
    }
    this.w.text([{ text: `${label}: `, style: "bold" }, { text: value }], { ...base, hang: 12, direction: "ltr" });
  }

  para(text: string, options: Partial<TextOptions> = {}) {
    this.w.text([{ text }], { size: BODY, ...options });
  }

  verificationText(result: Verification): string {
    if (result.ok)
      return `Verified: ${result.checked} status change${result.checked === 1 ? "" : "s"}, hash chain intact.`;
    const where = result.breaks
      .map((entry) => `${entry.seq === null ? "" : `#${entry.seq} `}(${entry.kind})`)
      .join(", ");
    return `FAILED: the history is broken at ${where}. It may have been altered or rows deleted.`;
  }

  cover(article: ReportArticle, claims: ReportClaim[], first: boolean) {
    const { w } = this;
    w.newPage(article.title);
    if (first && this.context.scope.type === "range") {
      this.para(`Articles ${this.context.scope.from} to ${this.context.scope.to}`, { size: 10, color: GREY });
    }
    this.para("ClaimLedger audit report", { size: 10, color: GREY, direction: "ltr" });
    w.gap(4);
    w.text([{ text: article.title, style: "bold" }], { size: 20 });
    w.gap(8);
    this.field("Publisher", article.publisher ?? "unknown");
    this.field("Published", article.publishedAt ? article.publishedAt.toISOString().slice(0, 10) : "—");
    this.field("Original URL", article.url ?? "none recorded");
    this.field("Imported", `${this.dateTime(article.createdAt)} by ${article.importedBy.name}`);
    this.field("Article ID", article.id);
    this.field("Body SHA-256", article.bodySha256);
    // Only once the text has been revised: the claims' offsets then name their revision.
    if (article.revision > 1) this.field("Text revision", String(article.revision));
    this.field(
      "Review state",
      article.finalizedAt
        ? `Finalized ${this.dateTime(article.finalizedAt)} by ${article.finalizedBy?.name ?? "unknown"}`
        : "Open (not finalized)",
    );
    this.reviewStateHistory(article);
    if (article.publication) this.publication(article.publication);

    this.heading("Summary", 14);
    const { summary } = article;
    const done = VERDICTS.reduce((sum, status) => sum + summary.byStatus[status], 0);
    this.field("Claims", String(summary.claims));
    this.field("Done (with a verdict)", `${done} of ${summary.claims}`);
    // Not yet reviewed first, then the three verdicts.
    for (const status of STATUSES) this.field(STATUS_LABELS[status], String(summary.byStatus[status]));
    this.field("Sources", `${summary.evidence} current, ${summary.removedEvidence} removed`);
    this.field("Status changes", String(summary.statusChanges));
    if (summary.deletedClaims) this.field("Deleted claims (not listed)", String(summary.deletedClaims));

    this.heading("History verification", 14);
    this.para(this.verificationText(article.verification));

    this.heading("This report", 14);
    this.field("Generated", this.dateTime(this.context.generatedAt));
    this.field("Generated by", `${this.context.generatedBy.name} (${this.context.generatedBy.email})`);
    this.field("Times shown in", this.zone);

    if (claims.length > 0) this.summaryTable(claims);
  }

  /** Every finalize and reopen, oldest first: the review state has a history, not just a current value. */
  reviewStateHistory(article: ReportArticle) {
    this.heading("Review state history", 14);
    const events = reviewStateEvents(article.auditEvents);
    if (events.length === 0) this.para("Never finalized.");
    for (const event of events) {
      this.para(
        `${this.dateTime(event.createdAt)}  ${REVIEW_STATE_LABELS[event.action]} by ${event.actor?.name ?? "unknown"}`,
        {
          indent: 12,
          marker: "•",
          direction: "ltr",
        },
      );
    }
  }

  /** Where and when the fact-check was published, and every correction since (docs/signoff.md). */
  publication(publication: ReportPublication) {
    this.heading("Publication", 14);
    this.field("Public URL", publication.url, { direction: "ltr" });
    this.field("Published", `${this.dateTime(publication.publishedAt)} by ${publication.publishedBy.name}`);
    if (publication.modifiedAt) this.field("Last corrected", this.dateTime(publication.modifiedAt));
    this.heading(`Corrections (${publication.corrections.length})`, 12);
    if (publication.corrections.length === 0) this.para("None.");
    for (const correction of publication.corrections) this.correction(correction, `C${correction.number ?? "?"}  `);
  }

  /** One correction: when, what changed and who approved it; then why. */
  correction(correction: ReportPublication["corrections"][number], prefix = "") {
    this.w.gap(2);
    this.para(`${prefix}${this.dateTime(correction.createdAt)}  ${correctionChange(correction)}, approved by ${correction.approvedBy.name}`, {
      indent: 12,
      marker: "•",
      direction: "ltr",
    });
    this.field("Why", correction.reason, { size: 9.5, indent: 24 });
  }

  /** One row per claim: number, statement (three lines at most), verdict, reviewer, sources. */
  summaryTable(claims: ReportClaim[]) {
    const { w } = this;
    const columns = [
      { title: "No.", width: 34 },
      { title: "Claim", width: BODY_WIDTH - 34 - 86 - 96 - 44 },
      { title: "Verdict", width: 86 },
      { title: "Reviewer", width: 96 },
      { title: "Sources", width: 44 },
    ];
    const size = 8.5;
    const headerRow = () => {
      let x = MARGIN_X;
      const top = w.y;
      for (const column of columns) {
        const line = w.layout([{ text: column.title, style: "bold" }], { size, width: column.width - 4 })[0]?.lines[0];
        if (line) w.drawLine(line, false, top, { size, x, width: column.width - 4 });
        x += column.width;
      }
      w.y += size * 1.5;
      w.hline(w.y - 2, 0.4);
    };
    this.heading("Claims at a glance", 14);
    headerRow();
    for (const claim of claims) {
      const cells = [
        claimLabel(claim),
        // Three lines at most are shown: laying out the rest would be wasted work.
        claim.statement.slice(0, 240),
        STATUS_LABELS[claim.status],
        reviewerOf(claim),
        String(claim.evidence.filter((source) => !source.removedAt).length),
      ];
      const laidOut = cells.map((text, index) => {
        const paragraph = w.layout([{ text: text.replace(/\s+/g, " ") }], { size, width: columns[index].width - 6 })[0];
        const maxLines = index === 1 ? 3 : 2;
        return {
          paragraph,
          lines: paragraph?.lines.slice(0, maxLines) ?? [],
          cut: (paragraph?.lines.length ?? 0) > maxLines,
        };
      });
      const height = Math.max(...laidOut.map((cell) => cell.lines.reduce((sum, line) => sum + line.height, 0))) + 3;
      if (height > w.room) {
        w.keep(height + size * 1.5);
        headerRow();
      }
      let x = MARGIN_X;
      laidOut.forEach((cell, index) => {
        let top = w.y;
        cell.lines.forEach((line, lineIndex) => {
          const runs =
            cell.cut && lineIndex === cell.lines.length - 1
              ? [...line.runs, { ...line.runs[line.runs.length - 1], text: "…", width: size * 0.8, order: Infinity }]
              : line.runs;
          w.drawLine(
            { ...line, runs, width: line.width + (runs.length > line.runs.length ? size * 0.8 : 0) },
            cell.paragraph?.rtl ?? false,
            top,
            {
              size,
              x,
              width: columns[index].width - 6,
            },
          );
          top += line.height;
        });
        x += columns[index].width;
      });
      w.y += height;
    }
  }

  historyRow(change: ReportStatusChange): string {
    const from = STATUS_LABELS[fromStatusAsRead(change)];
    const what =
      change.toStatus === "PENDING"
        ? `Verdict taken back (was ${from})`
        : `${from} → ${STATUS_LABELS[change.toStatus]}`;
    return `#${change.seq}  ${this.dateTime(change.createdAt)}  ${change.actor.name}: ${what}`;
  }

  claim(claim: ReportClaim, publication?: ReportPublication | null) {
    const { w } = this;
    const label = claimLabel(claim);
    w.gap(6);
    w.keep(13 * 1.4 + BODY * 5);
    w.text([{ text: `${label} — ${STATUS_LABELS[claim.status]}`, style: "bold" }], { size: 13, direction: "ltr" });
    w.gap(2);
    w.block(label, () => {
      this.para(claim.statement, { size: 11 });
      // The quote too when the statement restored a subject or an attribution it lacks.
      if (claim.statement !== claim.text) this.para(`In the article: “${claim.text}”`, { size: 9, color: GREY });
      w.gap(2);
      this.para(`${anchorLine(claim)} · ID ${claim.id}`, {
        size: 8.5,
        color: GREY,
        direction: "ltr",
      });
      w.gap(4);

      this.field("Claimant", claim.claimant ?? "not recorded");
      const verdict = verdictInForce(claim);
      const takenBack = verdictTakenBack(claim);
      if (verdict) {
        this.field(
          "Verdict",
          // The desk's rating label beside the verdict it stands for (docs/rating-scale.md).
          `${STATUS_LABELS[verdict.toStatus]}${claim.ratingLabel ? ` (${claim.ratingLabel.name})` : ""} — ${verdict.actor.name}, ${this.dateTime(verdict.createdAt)}`,
        );
        this.field("Rationale", verdict.rationale || "(none given)");
      } else if (isVerdict(claim.status)) {
        // Only when the history is broken (its verification below says how).
        this.field("Verdict", `${STATUS_LABELS[claim.status]} — no status change records it`);
      } else if (takenBack) {
        this.field(
          "Verdict",
          `No verdict: taken back by ${takenBack.actor.name}, ${this.dateTime(takenBack.createdAt)}`,
        );
        this.field("Reason", takenBack.rationale || "(none given)");
      } else {
        const reviewer = claim.assignments.find((assignment) => assignment.state === "OPEN")?.reviewer.name;
        this.field("Verdict", reviewer ? `No verdict yet (assigned to ${reviewer})` : "No verdict yet");
      }

      const corrections = correctionsOf(publication, claim.id);
      if (corrections.length > 0) {
        w.gap(4);
        w.keep(BODY * 4);
        w.text([{ text: `Corrections (${corrections.length})`, style: "bold" }], { size: BODY, direction: "ltr" });
        for (const correction of corrections) this.correction(correction);
      }
      if (claim.evidence.length > 0) this.sources(claim);
      if (claim.history.length > 0) this.history(claim);
      // An empty, intact history says nothing worth a line; a broken one always shows.
      if (claim.history.length > 0 || !claim.verification.ok) {
        w.gap(3);
        this.field("History verification", this.verificationText(claim.verification));
      }
    });
    w.rule();
  }

  sources(claim: ReportClaim) {
    const { w } = this;
    w.gap(4);
    w.keep(BODY * 4);
    w.text([{ text: `Sources (${claim.evidence.length})`, style: "bold" }], { size: BODY, direction: "ltr" });
    for (const source of claim.evidence) {
      const removed = source.removedAt
        ? ` [REMOVED ${this.day(source.removedAt)}${source.removedBy ? ` by ${source.removedBy.name}` : ""}]`
        : "";
      w.gap(2);
      w.text([{ text: `${STANCE_LABELS[source.stance]}: `, style: "bold" }, { text: `${source.title}${removed}` }], {
        size: BODY,
        indent: 12,
        hang: 0,
        marker: "•",
      });
      this.para(source.url, { size: 9, indent: 24, color: GREY, direction: "ltr" });
      if (source.excerpt) this.para(`“${source.excerpt}”`, { size: 9.5, indent: 24 });
      this.para(`Accessed ${this.day(source.accessedAt)}${source.publisher ? ` · ${source.publisher}` : ""}`, {
        size: 9,
        indent: 24,
        color: GREY,
      });
      this.snapshots(source);
    }
  }

  /** What ClaimLedger kept of the page: the link's state when it is not plain "kept", and each snapshot's hash. */
  snapshots(source: ReportClaim["evidence"][number]) {
    const flagged = LINK_FLAGS[source.linkState];
    if (flagged) this.w.text([{ text: flagged, style: "bold" }], { size: 9, indent: 24, direction: "ltr" });
    for (const snapshot of source.snapshots) {
      const status = snapshot.httpStatus === null ? "no answer" : `HTTP ${snapshot.httpStatus}`;
      const hash = snapshot.sha256 ? ` · sha256 ${snapshot.sha256}` : snapshot.error ? ` · ${snapshot.error}` : "";
      this.para(`Snapshot ${this.dateTime(snapshot.fetchedAt)} · ${status}${hash}`, {
        size: 8,
        indent: 24,
        color: GREY,
        direction: "ltr",
      });
    }
  }

  history(claim: ReportClaim) {
    const { w } = this;
    w.gap(4);
    w.keep(BODY * 4);
    w.text([{ text: "Status history", style: "bold" }], { size: BODY, direction: "ltr" });
    for (const change of claim.history) {
      w.gap(2);
      this.para(this.historyRow(change), { indent: 12, marker: "•", direction: "ltr" });
      if (change.rationale) this.para(change.rationale, { size: 9.5, indent: 24 });
      // Room above the hash, so wrapped text above never crowds it.
      w.gap(2);
      w.mono(`hash ${change.hash}`, { size: 7.5, indent: 24 });
    }
  }
}

/** Where the claim's offsets are; quietly says when the text changed under it (docs/revisions.md). */
function anchorLine(claim: ReportClaim): string {
  const { state, revision, start, end } = claim.anchor;
  if (state === "ORPHANED") {
    return `Orphaned: no longer in the article's text; last found in revision ${revision}, characters ${start}–${end}`;
  }
  const where = `Characters ${start}–${end} of the article body`;
  return state === "NEEDS_RECHECK" ? `${where} · Needs re-check: its quote changed in a new version of the text` : where;
}

function reviewerOf(claim: ReportClaim): string {
  const verdict = verdictInForce(claim);
  if (verdict) return verdict.actor.name;
  const assignment = claim.assignments.findLast((candidate) => candidate.state !== "CANCELLED");
  return assignment?.reviewer.name ?? "—";
}

/** Draws the whole report into `doc` (which the caller ends). */
function drawReport(doc: PDFKit.PDFDocument, { context, articles }: PdfReportInput): void {
  const zone = validTimeZone(context.timeZone);
  const writer = new PageWriter(
    doc,
    `Generated ${formatDateTime(context.generatedAt, zone)} by ${context.generatedBy.name} (${context.generatedBy.email})`,
  );
  const drawing = new ReportDrawing(writer, context);
  articles.forEach(({ article, claims }, index) => {
    drawing.cover(article, claims, index === 0);
    writer.newPage(article.title);
    writer.text([{ text: `Claims of “${article.title}”`, style: "bold" }], { size: 16 });
    writer.gap(4);
    for (const claim of claims) drawing.claim(claim, article.publication);
    if (claims.length === 0) drawing.para("This article has no claims.");
  });
  if (articles.length === 0) {
    writer.newPage("No articles");
    writer.text([{ text: "ClaimLedger audit report", style: "bold" }], { size: 16, color: BLACK });
    writer.gap(8);
    drawing.para("No articles match this report.");
  }
  writer.finish();
}

/** The whole report as PDF bytes. */
export async function renderPdf({ context, articles }: PdfReportInput): Promise<Uint8Array> {
  reportStarted = true;
  const doc = new PDFDocument({
    size: "A4",
    margin: 0,
    autoFirstPage: false,
    // Each page is written out when it is full (writer.ts); only the page count waits for the end.
    bufferPages: false,
    info: { Title: "ClaimLedger audit report", Author: context.generatedBy.name, CreationDate: context.generatedAt },
  });
  const chunks: Buffer[] = [];
  collectOutput(doc, chunks);
  // Flowing, so that the stream ends (with no data through it) once the file is written.
  doc.on("data", () => {});
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });

  drawReport(doc, { context, articles });
  doc.end();
  await ended;
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/**
 * The warm-up's made-up reports (warm-up.ts), drawn one at a time while the thread is idle, so
 * that a report asked for meanwhile waits for one small step at most (and a thread started for a
 * report, as on demand, draws that report first). About 50 claims in all: enough for V8 to
 * optimise the hot layout and drawing code.
 */
const WARM_UP_STEPS = [
  { first: 0, count: 3, timeZone: "UTC" },
  { first: 3, count: 5, timeZone: "Europe/Berlin" },
  { first: 8, count: 8, timeZone: "UTC" },
  { first: 16, count: 16, timeZone: "UTC" },
  { first: 32, count: 16, timeZone: "UTC" },
];

/** Set when a report starts: the thread is then warm, and what is left of the warm-up is dropped. */
let reportStarted = false;

function drawWarmUpStep({ first, count, timeZone }: (typeof WARM_UP_STEPS)[number]) {
  const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, bufferPages: false });
  doc.on("data", () => {});
  const input = warmUpReport(first, count);
  drawReport(doc, { ...input, context: { ...input.context, timeZone } });
  doc.end();
}

/**
 * Readies a fresh thread for its first report (lib/compute/pdf-worker.ts calls it as the thread
 * starts; the work is done in steps while the thread is idle) by drawing made-up reports in every
 * script into documents that are thrown away: fonts read and parsed, the report's own words
 * shaped and the kerning of the Latin characters in them learnt, the time zone data loaded, the
 * hot code compiled and optimised. `whenDone` runs once the whole warm-up is drawn (not when a
 * report cut it short).
 */
export function warmUpPdf(whenDone?: () => void): void {
  let next = 0;
  const step = () => {
    if (reportStarted) return;
    if (next >= WARM_UP_STEPS.length) return whenDone?.();
    drawWarmUpStep(WARM_UP_STEPS[next++]);
    setImmediate(step);
  };
  setImmediate(step);
}
