// The printable audit report, drawn with pdfkit as a stream: pages leave as soon as they are
// written, and the writer pauses while the reader has more than a few hundred KB unread, so a
// large article never sits in memory whole. Page numbers count up ("Page 3"); a total would need
// every page buffered. Black text on white, A4, 2 cm margins, DejaVu Sans (fonts.ts), Courier for
// hashes. pdfkit lays text out left to right with no bidi reordering: right-to-left runs (Hebrew,
// Arabic) print with their letters in stored order, which reads reversed (docs/reports.md).
import PDFDocument from "pdfkit";
import type { Readable } from "node:stream";
import { reviewStateEvents, REVIEW_STATE_LABELS } from "@/lib/history/review-state";
import { claimLabel, fromStatusAsRead, isVerdict, VERDICTS } from "@/lib/workflow/states";
import { BODY_FONT, BOLD_FONT, registerReportFonts, winAnsiOnly, type GlyphCheck } from "./fonts";
import {
  STANCE_LABELS,
  STATUS_LABELS,
  STATUSES,
  verdictInForce,
  verdictTakenBack,
  type ArticleReportSource,
  type ReportArticle,
  type ReportClaim,
  type ReportContext,
  type ReportStatusChange,
  type Verification,
} from "./model";

const MARGIN = 56;
const MAX_UNREAD_BYTES = 512 * 1024;
const BLACK = "#000000";
const GREY = "#444444";

/**
 * Characters the document's fonts lack would print as empty boxes, so they become "?" (the JSON
 * and CSV exports keep the exact text); a few get a close substitute first.
 */
const SUBSTITUTES: Record<string, string> = { "→": "->", "−": "-", "‐": "-", "‑": "-", "≈": "~", "′": "'", "″": '"' };
export function printable(text: string, hasGlyph: GlyphCheck = winAnsiOnly): string {
  return Array.from(text.normalize("NFC"), (char) => {
    const code = char.codePointAt(0) ?? 0;
    if (char === "\n" || char === "\t") return char;
    // C0/C1 controls: never text, whatever a font's cmap says.
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return "?";
    if (hasGlyph(code)) return char;
    const substitute = SUBSTITUTES[char];
    if (substitute && Array.from(substitute).every((c) => hasGlyph(c.codePointAt(0) ?? 0))) return substitute;
    return "?";
  }).join("");
}

type Doc = PDFKit.PDFDocument;

/** Each document's glyph check, set when its fonts are registered. */
const glyphChecks = new WeakMap<Doc, GlyphCheck>();
const say = (doc: Doc, text: string) => printable(text, glyphChecks.get(doc));

const dateTime = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "—");

function heading(doc: Doc, text: string, size: number) {
  doc.moveDown(0.6).font(BOLD_FONT).fontSize(size).fillColor(BLACK).text(say(doc, text), { lineGap: 2 });
  doc.moveDown(0.2).font(BODY_FONT).fontSize(10.5);
}

function line(doc: Doc, label: string, value: string) {
  doc.font(BOLD_FONT).fontSize(10.5).fillColor(BLACK).text(`${label}: `, { continued: true });
  doc.font(BODY_FONT).text(say(doc, value));
}

function rule(doc: Doc) {
  const y = doc.y + 4;
  doc.moveTo(MARGIN, y).lineTo(doc.page.width - MARGIN, y).lineWidth(0.5).strokeColor(GREY).stroke();
  doc.moveDown(0.6);
}

function verificationText(result: Verification): string {
  if (result.ok) return `Verified: ${result.checked} status change${result.checked === 1 ? "" : "s"}, hash chain intact.`;
  const where = result.breaks.map((entry) => `${entry.seq === null ? "" : `#${entry.seq} `}(${entry.kind})`).join(", ");
  return `FAILED: the history is broken at ${where}. It may have been altered or rows deleted.`;
}

function footer(doc: Doc, context: ReportContext, page: number) {
  const bottom = doc.page.margins.bottom;
  const { x, y } = doc;
  doc.page.margins.bottom = 0;
  doc
    .font(BODY_FONT)
    .fontSize(8)
    .fillColor(GREY)
    .text(
      say(doc, `Generated ${dateTime(context.generatedAt)} by ${context.generatedBy.name} (${context.generatedBy.email})`),
      MARGIN,
      doc.page.height - 36,
      { width: doc.page.width - 2 * MARGIN - 60, lineBreak: false },
    )
    .text(`Page ${page}`, doc.page.width - MARGIN - 60, doc.page.height - 36, { width: 60, align: "right", lineBreak: false });
  doc.page.margins.bottom = bottom;
  doc.x = x;
  doc.y = y;
  doc.font(BODY_FONT).fontSize(10.5).fillColor(BLACK);
}

function cover(doc: Doc, article: ReportArticle, context: ReportContext) {
  doc.font(BODY_FONT).fontSize(10).fillColor(GREY).text("ClaimLedger audit report");
  doc.moveDown(0.3).font(BOLD_FONT).fontSize(20).fillColor(BLACK).text(say(doc, article.title));
  doc.moveDown(0.6).font(BODY_FONT).fontSize(10.5);
  line(doc, "Publisher", article.publisher ?? "unknown");
  line(doc, "Published", day(article.publishedAt));
  line(doc, "Original URL", article.url ?? "none recorded");
  line(doc, "Imported", `${dateTime(article.createdAt)} by ${article.importedBy.name}`);
  line(doc, "Article ID", article.id);
  line(doc, "Body SHA-256", article.bodySha256);
  line(
    doc,
    "Review state",
    article.finalizedAt ? `Finalized ${dateTime(article.finalizedAt)} by ${article.finalizedBy?.name ?? "unknown"}` : "Open (not finalized)",
  );

  reviewStateHistory(doc, article);

  heading(doc, "Summary", 14);
  const { summary } = article;
  const done = VERDICTS.reduce((sum, status) => sum + summary.byStatus[status], 0);
  line(doc, "Claims", String(summary.claims));
  line(doc, "Done (with a verdict)", `${done} of ${summary.claims}`);
  // Not yet reviewed first, then the three verdicts.
  for (const status of STATUSES) line(doc, STATUS_LABELS[status], String(summary.byStatus[status]));
  line(doc, "Sources", `${summary.evidence} current, ${summary.removedEvidence} removed`);
  line(doc, "Status changes", String(summary.statusChanges));
  if (summary.deletedClaims) line(doc, "Deleted claims (not listed)", String(summary.deletedClaims));

  heading(doc, "History verification", 14);
  doc.text(say(doc, verificationText(article.verification)));

  heading(doc, "This report", 14);
  line(doc, "Generated", dateTime(context.generatedAt));
  line(doc, "Generated by", `${context.generatedBy.name} (${context.generatedBy.email})`);
}

/** Every finalize and reopen, oldest first: the review state has a history, not just a current value. */
function reviewStateHistory(doc: Doc, article: ReportArticle) {
  heading(doc, "Review state history", 14);
  const events = reviewStateEvents(article.auditEvents);
  if (events.length === 0) doc.text("Never finalized.");
  for (const event of events) {
    doc.text(say(doc, `• ${dateTime(event.createdAt)}  ${REVIEW_STATE_LABELS[event.action]} by ${event.actor?.name ?? "unknown"}`), { indent: 8 });
  }
}

/** One row of a claim's status history; a reopen reads as the verdict taken back. */
function historyRow(change: ReportStatusChange): string {
  const from = STATUS_LABELS[fromStatusAsRead(change)];
  const what = change.toStatus === "PENDING" ? `Verdict taken back (was ${from})` : `${from} → ${STATUS_LABELS[change.toStatus]}`;
  return `#${change.seq}  ${dateTime(change.createdAt)}  ${change.actor.name}: ${what}`;
}

function claimSection(doc: Doc, claim: ReportClaim) {
  if (doc.y > doc.page.height - 200) doc.addPage();
  heading(doc, `${claimLabel(claim)} — ${STATUS_LABELS[claim.status]}`, 13);
  doc.font(BODY_FONT).fontSize(11).text(say(doc, claim.text), { lineGap: 1.5 });
  doc.moveDown(0.3).fontSize(9).fillColor(GREY).text(`Characters ${claim.start}–${claim.end} of the article body · ID ${claim.id}`);
  doc.fillColor(BLACK).fontSize(10.5).moveDown(0.4);

  line(doc, "Claimant", claim.claimant ?? "not recorded");
  const verdict = verdictInForce(claim);
  const takenBack = verdictTakenBack(claim);
  if (verdict) {
    line(doc, "Verdict", `${STATUS_LABELS[verdict.toStatus]} — ${verdict.actor.name}, ${dateTime(verdict.createdAt)}`);
    line(doc, "Rationale", verdict.rationale || "(none given)");
  } else if (isVerdict(claim.status)) {
    // Only when the history is broken (its verification below says how).
    line(doc, "Verdict", `${STATUS_LABELS[claim.status]} — no status change records it`);
  } else if (takenBack) {
    line(doc, "Verdict", `No verdict: taken back by ${takenBack.actor.name}, ${dateTime(takenBack.createdAt)}`);
    line(doc, "Reason", takenBack.rationale || "(none given)");
  } else {
    line(doc, "Verdict", "No verdict yet");
  }

  doc.moveDown(0.3).font(BOLD_FONT).text("Sources");
  doc.font(BODY_FONT);
  if (claim.evidence.length === 0) doc.text("None.");
  for (const source of claim.evidence) {
    const removed = source.removedAt ? ` [REMOVED ${day(source.removedAt)}${source.removedBy ? ` by ${source.removedBy.name}` : ""}]` : "";
    doc.text(say(doc, `• ${STANCE_LABELS[source.stance]}: ${source.title}${removed}`), { indent: 8 });
    doc.fontSize(9.5).text(say(doc, source.url), { indent: 18 });
    if (source.excerpt) doc.text(say(doc, `“${source.excerpt}”`), { indent: 18 });
    doc.text(`Accessed ${day(source.accessedAt)}${source.publisher ? say(doc, ` · ${source.publisher}`) : ""}`, { indent: 18 });
    doc.fontSize(10.5);
  }

  doc.moveDown(0.3).font(BOLD_FONT).text("Status history");
  doc.font(BODY_FONT);
  if (claim.history.length === 0) doc.text("No status changes.");
  for (const change of claim.history) {
    doc.text(say(doc, historyRow(change)), { indent: 8 });
    if (change.rationale) doc.fontSize(9.5).text(say(doc, change.rationale), { indent: 18 });
    doc.font("Courier").fontSize(8).text(`hash ${change.hash}`, { indent: 18 });
    doc.font(BODY_FONT).fontSize(10.5);
  }
  doc.moveDown(0.3);
  line(doc, "History verification", verificationText(claim.verification));
  rule(doc);
}

async function waitForReader(doc: Doc) {
  while (doc.readableLength > MAX_UNREAD_BYTES && !doc.destroyed) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** The PDF as a Node stream; it ends when every article has been drawn, or errors. */
export function renderPdf(context: ReportContext, sources: AsyncIterable<ArticleReportSource>): Readable {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    autoFirstPage: false,
    info: { Title: "ClaimLedger audit report", Author: context.generatedBy.name, CreationDate: context.generatedAt },
  });
  glyphChecks.set(doc, registerReportFonts(doc));
  let page = 0;
  doc.on("pageAdded", () => footer(doc, context, ++page));

  (async () => {
    let first = true;
    for await (const { article, claimBatches } of sources) {
      doc.addPage();
      if (first && context.scope.type === "range") {
        doc.font(BODY_FONT).fontSize(10).fillColor(GREY).text(`Articles ${context.scope.from} to ${context.scope.to}`);
      }
      first = false;
      cover(doc, article, context);
      doc.addPage();
      doc.font(BOLD_FONT).fontSize(16).fillColor(BLACK).text(say(doc, `Claims of “${article.title}”`));
      let count = 0;
      for await (const batch of claimBatches()) {
        for (const claim of batch) {
          claimSection(doc, claim);
          count++;
        }
        await waitForReader(doc);
      }
      if (count === 0) doc.moveDown().font(BODY_FONT).fontSize(10.5).text("This article has no claims.");
    }
    if (first) {
      doc.addPage();
      doc.font(BOLD_FONT).fontSize(16).fillColor(BLACK).text("ClaimLedger audit report");
      doc.moveDown().font(BODY_FONT).fontSize(10.5).text("No articles match this report.");
    }
    doc.end();
  })().catch((error: unknown) => {
    // Destroying the document errors the stream, which aborts the download (or the CLI's file write).
    console.error("Report export failed while drawing the PDF", error);
    doc.destroy(error instanceof Error ? error : new Error(String(error)));
  });

  return doc;
}
